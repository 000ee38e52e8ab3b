// Template resolution: a server.json + the user's `with:` inputs + overrides → an mcp.yaml server, which then
// goes through validate, lint and compile like a hand-written one. npm → npx -y id@version, pypi → uvx
// id==version, oci → docker run -i --rm -e NAME… image, remotes → url + headers. Inputs are checked
// (required, choices, format); a secret input given as a literal is an error (references only). No shell
// string is ever built from inputs: every argument stays one argv item.
import type { Server } from '../generated/mcp-types.js';
import { parseValue, wholeRef } from '../refs.js';
import type { Input, NamedInput, Argument, ServerJson } from './server-json.js';

export type WithValue = string | number | boolean;
/** What `with:` gives an input: one value, or a list for a repeatable (isRepeated) argument. */
export type WithInput = WithValue | WithValue[];

export interface Resolved {
  server: Server;
  /** What is wrong with the inputs; empty when it resolved. */
  problems: Array<{ input: string; message: string; hint: string }>;
  /** Inputs the template knows (for errors about unknown `with:` keys and for `add`). */
  inputs: string[];
}

const OVERRIDABLE = ['env', 'headers', 'cwd', 'enabled', 'enabled_tools', 'disabled_tools', 'startup_timeout_sec', 'tool_timeout_sec', 'codex', 'description'] as const;

export function resolveTemplate(t: ServerJson, given: Record<string, WithInput>, overrides: Server): Resolved {
  const problems: Resolved['problems'] = [];
  const known = new Set<string>();
  const text = (v: WithValue) => String(v);

  /** The value of a named input: from `with:`, else its default; checked against choices, format and secrecy. */
  const take = (name: string, def: Input, fallback?: string, item?: WithValue): string | undefined => {
    known.add(name);
    const given1 = Object.hasOwn(given, name) ? given[name] : undefined;
    if (Array.isArray(given1) && item === undefined) {
      problems.push({ input: name, message: `input "${name}" takes one value, not a list`, hint: `the template does not mark it repeatable: write with: { ${name}: VALUE }` });
      return undefined;
    }
    const raw = item ?? given1;
    const value = raw !== undefined && !Array.isArray(raw) ? text(raw) : (fallback ?? def.default);
    if (value === undefined) {
      if (def.isRequired) problems.push({ input: name, message: `input "${name}" is required${def.description ? ` (${def.description})` : ''}`, hint: def.isSecret ? `give it as a reference: with: { ${name}: "\${secret:NAME}" }` : `add it under with: { ${name}: ... }` });
      return undefined;
    }
    if (def.isSecret && raw !== undefined && !isReference(value)) {
      problems.push({ input: name, message: `input "${name}" is a secret and must not be written as a literal`, hint: `store it ("mcpctl secret set NAME") and write with: { ${name}: "\${secret:NAME}" }` });
    }
    if (def.choices?.length && !isReference(value) && !def.choices.includes(value)) {
      problems.push({ input: name, message: `input "${name}" must be one of ${def.choices.join(', ')}; got "${value}"`, hint: `use one of ${def.choices.join(', ')}` });
    }
    if (def.format === 'number' && !isReference(value) && !/^-?\d+(\.\d+)?$/.test(value)) problems.push({ input: name, message: `input "${name}" must be a number; got "${value}"`, hint: 'write a number' });
    if (def.format === 'boolean' && !isReference(value) && !/^(true|false)$/.test(value)) problems.push({ input: name, message: `input "${name}" must be true or false; got "${value}"`, hint: 'write true or false' });
    return value;
  };

  /** Fills {var} placeholders of a value; undefined when a variable has no value. */
  const fill = (template: string, vars: Record<string, Input> | undefined, repeat?: { name: string; item: WithValue }): string | undefined => {
    let missing = false;
    const out = template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (_, v: string) => {
      const got = take(v, vars?.[v] ?? { isRequired: true }, undefined, repeat?.name === v ? repeat.item : undefined);
      if (got === undefined) missing = true;
      return got ?? '';
    });
    return missing ? undefined : out;
  };

  /** The list a repeatable input was given, or null when it was given one value (or none). */
  const listOf = (name: string): WithValue[] | null => {
    const v = Object.hasOwn(given, name) ? given[name] : undefined;
    return Array.isArray(v) ? v : null;
  };

  /**
   * The values of an argument: one, or (isRepeated) one per item of its input's list, as the server.json
   * semantics say: a repeated positional or named argument appears once per value. With a value template,
   * the one variable given as a list is what repeats.
   */
  const values = (a: Argument): Array<string | undefined> => {
    if (a.value !== undefined) {
      const lists = a.isRepeated ? [...a.value.matchAll(/\{([A-Za-z0-9_.-]+)\}/g)].map((m) => m[1] ?? '').filter((v) => listOf(v) !== null) : [];
      const repeated = lists[0];
      if (repeated === undefined) return [fill(a.value, a.variables)];
      if (new Set(lists).size > 1) problems.push({ input: repeated, message: `inputs ${[...new Set(lists)].join(' and ')} are both lists in one argument`, hint: 'give a list to one of them only' });
      return (listOf(repeated) ?? []).map((item) => fill(a.value ?? '', a.variables, { name: repeated, item }));
    }
    if (!a.valueHint && !a.name) return [];
    const name = a.valueHint ?? (a.name ?? '').replace(/^-+/, '');
    const list = a.isRepeated ? listOf(name) : null;
    return list ? list.map((item) => take(name, a, undefined, item)) : [take(name, a)];
  };

  const argv = (args: Argument[]): string[] => {
    const out: string[] = [];
    for (const a of args) {
      for (const value of values(a)) {
        if (value === undefined) continue;
        if (a.type === 'named' && a.name) out.push(a.name, value);
        else out.push(value);
      }
    }
    return out;
  };

  const envOf = (vars: NamedInput[]): Record<string, string> => {
    const env: Record<string, string> = {};
    for (const e of vars) {
      if (!e.name) continue;
      const fromUser = overrides.env?.[e.name];
      const value = fromUser ?? take(e.name, { ...e, isRequired: e.isRequired && fromUser === undefined }, e.value !== undefined ? fill(e.value, e.variables) : undefined);
      if (fromUser !== undefined) known.add(e.name);
      if (value !== undefined) env[e.name] = value;
    }
    return env;
  };

  const pkg = t.packages[0];
  const remote = t.remotes.find((r) => r.type === 'streamable-http' || r.type === 'sse');
  const server: Server = {};
  if (pkg && (t.meta.prefer !== 'remote' || !remote)) {
    const runtime = argv(pkg.runtimeArguments);
    const args = argv(pkg.packageArguments);
    const env = envOf(pkg.environmentVariables);
    switch (pkg.registryType) {
      case 'npm':
        server.command = 'npx';
        server.args = [...runtime, '-y', `${pkg.identifier}@${pkg.version}`, ...args];
        break;
      case 'pypi':
        server.command = 'uvx';
        server.args = [...runtime, `${pkg.identifier}==${pkg.version}`, ...args];
        break;
      case 'oci': {
        // the 2025-12-11 schema puts the tag (or digest) in the identifier; older documents put it in version
        const pinned = pkg.identifier.includes('@sha256:') || /:[^/]+$/.test(pkg.identifier);
        const image = pinned ? pkg.identifier : pkg.version.startsWith('sha256:') ? `${pkg.identifier}@${pkg.version}` : `${pkg.identifier}:${pkg.version}`;
        server.command = 'docker';
        server.args = ['run', '-i', '--rm', ...Object.keys(env).flatMap((n) => ['-e', n]), ...runtime, image, ...args];
        break;
      }
      default:
        problems.push({ input: 'packages', message: `registry type "${pkg.registryType}" is not supported`, hint: 'use a template with an npm, pypi or oci package, or a remote' });
    }
    if (Object.keys(env).length) server.env = env;
  } else if (remote) {
    const url = fill(remote.url, remote.variables);
    if (url !== undefined) server.url = url;
    const headers: Record<string, string> = {};
    for (const h of remote.headers) {
      if (!h.name) continue;
      const fromUser = overrides.headers?.[h.name];
      const value = fromUser ?? (h.value !== undefined ? fill(h.value, h.variables) : take(h.name, h));
      if (value !== undefined) headers[h.name] = value;
      if (h.isSecret && fromUser === undefined && value !== undefined && !containsReference(value)) {
        problems.push({ input: h.name, message: `header "${h.name}" is a secret and must not be a literal`, hint: `give it as a reference, e.g. with: { token: "\${secret:NAME}" }` });
      }
    }
    if (Object.keys(headers).length) server.headers = headers;
  }
  for (const name of Object.keys(given)) {
    if (!known.has(name)) problems.push({ input: name, message: `the template has no input "${name}"`, hint: known.size ? `its inputs: ${[...known].join(', ')}` : 'it takes no inputs' });
  }
  // user overrides on top, key by key for env and headers
  for (const k of OVERRIDABLE) {
    const v = overrides[k];
    if (v === undefined) continue;
    if (k === 'env') server.env = { ...server.env, ...overrides.env };
    else if (k === 'headers') server.headers = { ...server.headers, ...overrides.headers };
    else Object.assign(server, { [k]: v });
  }
  if (server.enabled_tools === undefined && t.meta.enabled_tools?.length) server.enabled_tools = [...t.meta.enabled_tools];
  return { server, problems, inputs: [...known] };
}

function isReference(value: string): boolean {
  return wholeRef(parseValue(value)) !== null;
}

function containsReference(value: string): boolean {
  return parseValue(value).parts.some((p) => p.type === 'ref');
}

/** `github@1.2.0` → { id: 'github', version: '1.2.0' }; `github` → newest. */
export function parseTemplateRef(ref: string): { id: string; version: string | undefined } {
  const at = ref.indexOf('@', 1);
  return at === -1 ? { id: ref, version: undefined } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}

/** Orders versions like 1.10.0 > 1.9.0 and 2025.4.8 > 2025.1.10; non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}
