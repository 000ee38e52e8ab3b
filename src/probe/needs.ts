// The environment variables a server needs, checked before anything is started or sent, for every way a
// server table names one: env_vars (forwarded to a stdio server), bearer_token_env_var and env_http_headers
// (HTTP), and ${env:NAME} references that mcpctl's launcher (`mcpctl exec`) or headers helper
// (`mcpctl headers`) resolves at start-up, each in the environment Codex gives it. `codex doctor` flags the
// first three too. Pure: the parent environment is passed in.
import { STORE_ENV } from '../core/compile/codex.js';
import { parseValue } from '../core/refs.js';
import { splitArgs } from '../core/split-args.js';
import { codexHelperEnv, codexStdioEnv } from './codex-env.js';
import type { HttpSpec, ProbeSpec, StdioSpec } from '../core/probe-types.js';

export interface UnsetVariable {
  name: string;
  /** Which key or reference needs it, and what happens without it. */
  neededBy: string;
  /** Set in mcpctl's own environment, yet not where it is read (not forwarded to the launcher or helper). */
  setButNotPassed: boolean;
}

export function unsetVariables(spec: ProbeSpec, parent: NodeJS.ProcessEnv): UnsetVariable[] {
  const out = spec.transport === 'stdio' ? stdioNeeds(spec, parent) : httpNeeds(spec, parent);
  const seen = new Set<string>();
  return out.filter((u) => (seen.has(u.name) ? false : (seen.add(u.name), true)));
}

const blank = (v: string | undefined) => v === undefined || v.trim() === '';

function stdioNeeds(spec: StdioSpec, parent: NodeJS.ProcessEnv): UnsetVariable[] {
  const out: UnsetVariable[] = [];
  const env = codexStdioEnv(spec, parent);
  const launcher = launcherTemplates(spec.args);
  const inTemplates = new Set(launcher?.templates.flatMap(([, t]) => envNames(t)) ?? []);
  for (const name of spec.envVars) {
    // the store's variables are optional for the launcher; a name its references read is judged by them
    if (launcher && ((isStoreVar(name) && !launcher.keep.has(name)) || inTemplates.has(name))) continue;
    if (parent[name] === undefined)
      out.push({
        name,
        neededBy: 'env_vars forwards it to the server: Codex would start the server without it',
        setButNotPassed: false,
      });
  }
  for (const [where, template] of launcher?.templates ?? []) {
    for (const name of unresolved(template, env)) {
      out.push({
        name,
        neededBy: `\${env:${name}} in ${where}, which mcpctl's launcher resolves when Codex starts the server: it would not start`,
        setButNotPassed: parent[name] !== undefined,
      });
    }
  }
  return out;
}

function httpNeeds(spec: HttpSpec, parent: NodeJS.ProcessEnv): UnsetVariable[] {
  const out: UnsetVariable[] = [];
  if (spec.bearerTokenEnvVar !== null && blank(parent[spec.bearerTokenEnvVar])) {
    out.push({
      name: spec.bearerTokenEnvVar,
      neededBy: 'bearer_token_env_var: Codex would send no Authorization header',
      setButNotPassed: false,
    });
  }
  for (const [header, name] of Object.entries(spec.envHttpHeaders)) {
    if (blank(parent[name]))
      out.push({ name, neededBy: `env_http_headers: Codex would send no ${header} header`, setButNotPassed: false });
  }
  const helper = spec.headersHelper === null ? null : helperTemplates(spec.headersHelper);
  if (helper) {
    const env = { ...codexHelperEnv(parent, ''), ...helper.assigned };
    for (const [where, template] of helper.templates) {
      for (const name of unresolved(template, env)) {
        out.push({
          name,
          neededBy: `\${env:${name}} in ${where}, which http_headers_helper resolves; Codex runs the helper with only HOME, PATH and a few more variables`,
          setButNotPassed: parent[name] !== undefined,
        });
      }
    }
  }
  return out;
}

function isStoreVar(name: string): boolean {
  return STORE_ENV.some((v) => v === name);
}

/** `… exec --server NAME [--env K=TEMPLATE]… [--keep VAR]… [--templates] -- COMMAND ARGS…`: the templates it resolves. */
function launcherTemplates(args: string[]): { templates: Array<[string, string]>; keep: Set<string> } | null {
  const at = args.findIndex((a, i) => a === 'exec' && args[i + 1] === '--server');
  if (at === -1) return null;
  const end = args.indexOf('--', at);
  if (end === -1) return null;
  const templates: Array<[string, string]> = [];
  const keep = new Set<string>();
  let all = false;
  for (let i = at + 1; i < end; i++) {
    const a = args[i];
    const v = args[i + 1];
    if (a === '--templates') all = true;
    else if (a === '--keep' && v !== undefined) keep.add(args[++i] ?? '');
    else if (a === '--env' && v !== undefined) {
      i++;
      const eq = v.indexOf('=');
      if (eq > 0) templates.push([`env ${v.slice(0, eq)}`, v.slice(eq + 1)]);
    }
  }
  if (all) args.slice(end + 1).forEach((t, i) => templates.push([i === 0 ? 'the command' : `argument ${i}`, t]));
  return { templates, keep };
}

/** `[VAR=value …] … headers --server NAME [--header K=TEMPLATE]…`, as sh would split it. */
function helperTemplates(
  command: string,
): { templates: Array<[string, string]>; assigned: Record<string, string> } | null {
  let words: string[];
  try {
    words = splitArgs(command);
  } catch {
    return null;
  }
  const at = words.findIndex((w, i) => w === 'headers' && words[i + 1] === '--server');
  if (at === -1) return null;
  const assigned: Record<string, string> = {};
  for (const w of words) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
    if (!m?.[1]) break;
    assigned[m[1]] = m[2] ?? '';
  }
  const templates: Array<[string, string]> = [];
  for (let i = at + 1; i < words.length; i++) {
    const v = words[i + 1];
    if (words[i] === '--header' && v !== undefined) {
      i++;
      const eq = v.indexOf('=');
      if (eq > 0) templates.push([`header ${v.slice(0, eq)}`, v.slice(eq + 1)]);
    }
  }
  return { templates, assigned };
}

/** Every variable named in the template's references. */
function envNames(template: string): string[] {
  return parseValue(template).parts.flatMap((p) =>
    p.type === 'ref' ? p.chain.flatMap((s) => (s.kind === 'env' ? [s.name] : [])) : [],
  );
}

/**
 * The variables of each reference that gets no value in `env`: every alternative is an unset variable.
 * A secret alternative counts as a value here (the launcher reports a missing secret itself).
 */
function unresolved(template: string, env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const part of parseValue(template).parts) {
    if (part.type !== 'ref') continue;
    if (part.chain.some((s) => s.kind !== 'env' || env[s.name] !== undefined)) continue;
    for (const s of part.chain) if (s.kind === 'env') out.push(s.name);
  }
  return out;
}
