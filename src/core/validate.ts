// validate: loaded data → typed spec, or diagnostics naming file:line:col, the path, what was expected and a hint.
// The JSON Schema (schema/mcp.schema.json) is the one source of truth; its validator is compiled ahead of time
// (scripts/gen-validator.mjs) and passed in, so this stage stays pure and start-up never compiles a schema.
// Rules a schema cannot express well (transport exclusivity, key/transport fit, tool list overlap,
// reference syntax) are checked after it.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Diagnostic } from './errors.js';
import type { DocPath, SourceDoc } from './load.js';
import { controlCharacterProblems } from './control-chars.js';
import { parseValue } from './refs.js';
import { dotted, schemaErrorAt } from './schema-error.js';
import { setProblems } from './sets.js';
import { nearest } from './suggest.js';
import type { McpFile, Server, TargetName } from './generated/mcp-types.js';
import { TARGET_NAMES } from './targets/names.js';
import { declaredTargets } from './targets/select.js';
import type { SchemaCheck } from './generated/mcp-validator.js';

export interface Validated {
  spec: McpFile | null;
  diagnostics: Diagnostic[];
}

/** Schema errors of any loaded document, as diagnostics with positions and hints. */
export function checkSchema(doc: SourceDoc, check: SchemaCheck): Diagnostic[] {
  if (check(doc.value)) return [];
  const diagnostics: Diagnostic[] = [];
  for (const e of check.errors ?? []) {
    const d = fromAjv(doc, e);
    if (d) diagnostics.push(d);
  }
  return dedupe(diagnostics);
}

export function validate(doc: SourceDoc, check: SchemaCheck): Validated {
  const schemaErrors = checkSchema(doc, check);
  if (schemaErrors.length) return { spec: null, diagnostics: schemaErrors };
  const diagnostics: Diagnostic[] = [];
  if (!isMcpFile(doc.value)) return { spec: null, diagnostics };
  const spec = doc.value;
  diagnostics.push(...controlCharacterProblems(doc, dotted));
  const declared = declaredTargets(spec);
  for (const [name, server] of Object.entries(spec.servers ?? {})) {
    diagnostics.push(...checkServer(doc, name, server));
    diagnostics.push(...checkServerTargets(doc, name, server, declared));
  }
  diagnostics.push(...setProblems(doc, spec));
  return { spec: diagnostics.some((d) => d.severity === 'error') ? null : spec, diagnostics };
}

// The schema has just accepted the value; this only narrows the type for the compiler.
function isMcpFile(value: unknown): value is McpFile {
  return typeof value === 'object' && value !== null && 'version' in value;
}

/** A server's targets and exclude_targets name only declared clients, and not both at once. */
function checkServerTargets(doc: SourceDoc, name: string, s: Server, declared: TargetName[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = schemaErrorAt(doc);
  if (s.targets !== undefined && s.exclude_targets !== undefined)
    out.push(
      at(
        ['servers', name, 'exclude_targets'],
        `server "${name}" has both targets and exclude_targets`,
        'keep targets to name the clients that get it, or exclude_targets to name those that do not',
      ),
    );
  const except: readonly TargetName[] = s.exclude_targets ?? [];
  const goes = declared.filter((t) => (s.targets ? s.targets.includes(t) : !except.includes(t)));
  for (const client of TARGET_NAMES)
    if (Object.hasOwn(s, client) && !goes.includes(client))
      out.push(
        at(
          ['servers', name, client],
          `server "${name}" has ${client}: settings but does not go to ${client}`,
          declared.includes(client)
            ? `remove them, or let the server go to ${client} (targets / exclude_targets)`
            : `remove them, or add ${client}: {} under the top-level targets`,
        ),
      );
  const known = declared.join(', ');
  for (const key of ['targets', 'exclude_targets'] as const)
    for (const [i, t] of (s[key] ?? []).entries())
      if (!declared.includes(t))
        out.push(
          at(
            ['servers', name, key, i],
            `server "${name}" names the target "${t}", which this file does not configure (it configures ${known})`,
            `add ${t}: {} under the top-level targets, or remove it here`,
          ),
        );
  return out;
}

const STDIO_ONLY = ['args', 'env', 'cwd'] as const;
const HTTP_ONLY = ['headers'] as const;

function checkServer(doc: SourceDoc, name: string, s: Server): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: DocPath, message: string, hint: string, part: 'key' | 'value' = 'key'): Diagnostic => ({
    code: 'E_SCHEMA',
    severity: 'error',
    message,
    file: doc.file,
    ...doc.locate(path, part),
    path: dotted(path),
    hint,
  });
  const base = ['servers', name];
  if (name === 'codex_apps') {
    out.push(at(base, 'the server name "codex_apps" is reserved by Codex', 'choose another name'));
  }
  const kinds = (['command', 'url', 'template'] as const).filter((k) => s[k] !== undefined);
  if (kinds.length > 1) {
    const first = kinds[0] ?? 'command';
    const second = kinds[1] ?? 'url';
    // name both keys: the user has to choose one of them, wherever each one is
    const lineOf = (k: string) => doc.locate([...base, k], 'key').line;
    out.push(
      at(
        [...base, second],
        `server "${name}" has both ${first} (line ${lineOf(first)}) and ${second} (line ${lineOf(second)})`,
        s.template !== undefined
          ? 'a template server gets command/url from its template: keep template (and override env, headers, tools, timeouts) or write the server by hand'
          : 'keep command for a local (stdio) server or url for a remote (HTTP) one',
      ),
    );
  } else if (kinds.length === 0) {
    out.push(
      at(
        base,
        `server "${name}" has neither command, url nor template`,
        'add command: <program> for a local server, url: https://... for a remote one, or template: <id> from a catalog ("mcpctl catalog list")',
      ),
    );
  }
  if (s.with !== undefined && s.template === undefined)
    out.push(
      at(
        [...base, 'with'],
        `"with" gives template inputs, but server "${name}" has no template`,
        'add template: <id>, or remove with',
      ),
    );
  if (s.template !== undefined && s.args !== undefined)
    out.push(
      at(
        [...base, 'args'],
        `a template server takes its args from the template`,
        'give the template its inputs under with:, or write the server by hand',
      ),
    );
  if (s.url !== undefined) {
    for (const k of STDIO_ONLY) {
      if (s[k] !== undefined)
        out.push(
          at(
            [...base, k],
            `"${k}" applies only to local (command) servers, but "${name}" has a url`,
            `remove "${k}"; a remote server takes headers instead`,
          ),
        );
    }
  }
  if (s.command !== undefined) {
    for (const k of HTTP_ONLY) {
      if (s[k] !== undefined)
        out.push(
          at(
            [...base, k],
            `"${k}" applies only to remote (url) servers, but "${name}" has a command`,
            `remove "${k}"; a local server takes env instead`,
          ),
        );
    }
  }
  const disabled = new Set(s.disabled_tools ?? []);
  for (const [i, tool] of (s.enabled_tools ?? []).entries()) {
    if (disabled.has(tool))
      out.push(
        at(
          [...base, 'enabled_tools', i],
          `tool "${tool}" is both enabled and disabled`,
          'remove it from one of enabled_tools and disabled_tools',
          'value',
        ),
      );
  }
  const refChecked: Array<[DocPath, string]> = [];
  if (s.command !== undefined) refChecked.push([[...base, 'command'], s.command]);
  if (s.cwd !== undefined) refChecked.push([[...base, 'cwd'], s.cwd]);
  if (s.url !== undefined) refChecked.push([[...base, 'url'], s.url]);
  for (const [i, a] of (s.args ?? []).entries()) refChecked.push([[...base, 'args', i], a]);
  for (const [k, v] of Object.entries(s.env ?? {})) refChecked.push([[...base, 'env', k], v]);
  for (const [k, v] of Object.entries(s.headers ?? {})) refChecked.push([[...base, 'headers', k], v]);
  for (const [path, value] of refChecked) {
    for (const p of parseValue(value).problems) {
      out.push({
        code: 'E_REF',
        severity: 'error',
        message: p.message,
        file: doc.file,
        ...doc.locate(path),
        path: dotted(path),
        hint: p.hint,
      });
    }
  }
  return out;
}

function fromAjv(doc: SourceDoc, e: ErrorObject): Diagnostic | null {
  const path = pointerToPath(e.instancePath);
  const where = (p: DocPath, part: 'key' | 'value' = 'value') => ({ file: doc.file, ...doc.locate(p, part) });
  const base = { code: 'E_SCHEMA', severity: 'error' as const };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const known = Object.keys(schemaProperties(e.parentSchema));
      const guess = nearest(key, known);
      const special = SPECIAL_KEY_HINTS[key];
      return {
        ...base,
        message: `unknown key "${key}"${path.length ? ` in ${dotted(path)}` : ''}`,
        ...where([...path, key], 'key'),
        path: dotted([...path, key]),
        hint: special ?? (guess ? `did you mean "${guess}"?` : `allowed keys: ${known.join(', ')}`),
      };
    }
    case 'propertyNames':
      return null; // reported by the inner keyword with the offending name
    case 'pattern':
    case 'maxLength':
      if (e.propertyName !== undefined) {
        const keyPath = [...path, e.propertyName];
        const what = path.length === 1 && path[0] === 'servers' ? 'server name' : 'key';
        return {
          ...base,
          message: `${what} "${e.propertyName}" is not allowed here`,
          ...where(keyPath, 'key'),
          path: dotted(keyPath),
          hint:
            what === 'server name'
              ? 'server names use only letters, digits, "_" and "-" (Codex\'s rule), at most 64 characters'
              : `it must match ${String(e.params['pattern'] ?? 'the allowed pattern')}`,
        };
      }
      break;
    case 'required': {
      const missing = String(e.params['missingProperty']);
      return {
        ...base,
        message: `missing required key "${missing}"${path.length ? ` in ${dotted(path)}` : ''}`,
        ...where(path),
        path: dotted(path),
        hint: missing === 'version' ? 'add "version: 1" at the top of the file' : `add "${missing}"`,
      };
    }
    case 'type':
      return {
        ...base,
        message: `${label(path)} must be ${article(typeName(String(e.params['type'])))}, got ${describe(e.data)}`,
        ...where(path),
        path: dotted(path),
        hint: typeHint(typeName(String(e.params['type']))),
      };
    case 'const':
      return {
        ...base,
        message: `${label(path)} must be ${JSON.stringify(e.params['allowedValue'])}`,
        ...where(path),
        path: dotted(path),
        hint: path[0] === 'version' ? 'this mcpctl reads version 1 files; set "version: 1"' : 'use the allowed value',
      };
    case 'enum': {
      const allowed = Array.isArray(e.params['allowedValues']) ? e.params['allowedValues'].map(String) : [];
      const guess = typeof e.data === 'string' ? nearest(e.data, allowed) : undefined;
      return {
        ...base,
        message: `${label(path)} must be one of ${allowed.join(', ')}; got ${describe(e.data)}`,
        ...where(path),
        path: dotted(path),
        hint: guess ? `did you mean "${guess}"?` : `use one of ${allowed.join(', ')}`,
      };
    }
    case 'format':
      return {
        ...base,
        message: `${label(path)} is not a valid ${String(e.params['format'])}`,
        ...where(path),
        path: dotted(path),
        hint: 'write a full address such as https://example.com/mcp',
      };
    case 'exclusiveMinimum':
    case 'minimum':
    case 'maximum':
      return {
        ...base,
        message: `${label(path)} must be ${e.keyword === 'maximum' ? 'at most' : e.keyword === 'minimum' ? 'at least' : 'greater than'} ${String(e.params['limit'])}, got ${describe(e.data)}`,
        ...where(path),
        path: dotted(path),
        hint: 'timeouts are in seconds, e.g. 30',
      };
    case 'minLength':
      return {
        ...base,
        message: `${label(path)} must not be empty`,
        ...where(path),
        path: dotted(path),
        hint: 'give a value or remove the key',
      };
    case 'uniqueItems':
      return {
        ...base,
        message: `${label(path)} lists the same item twice`,
        ...where(path),
        path: dotted(path),
        hint: 'remove the duplicate',
      };
  }
  return {
    ...base,
    message: `${label(path)} ${e.message ?? 'is invalid'}`,
    ...where(path),
    path: dotted(path),
    hint: 'see schema/mcp.schema.json for the allowed shape',
  };
}

const SPECIAL_KEY_HINTS: Record<string, string> = {
  bearer_token: 'a token never goes in the file: use headers: { Authorization: "Bearer ${env:TOKEN}" }',
  bearer_token_env_var:
    'write headers: { Authorization: "Bearer ${env:TOKEN}" }; mcpctl compiles it to bearer_token_env_var',
  env_vars: 'write env: { NAME: "${env:NAME}" }; mcpctl compiles it to env_vars',
  http_headers: 'write headers: { Name: value }',
  type: 'mcpctl infers the transport: command means stdio, url means streamable HTTP',
  transport: 'mcpctl infers the transport: command means stdio, url means streamable HTTP',
  serverUrl: 'write url: https://...',
  httpUrl: 'write url: https://...',
};

function schemaProperties(schema: unknown): Record<string, unknown> {
  if (typeof schema === 'object' && schema !== null && 'properties' in schema) {
    const props = schema.properties;
    if (typeof props === 'object' && props !== null) return { ...props };
  }
  return {};
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

export { dotted };

function label(path: DocPath): string {
  return path.length ? `"${dotted(path)}"` : 'the file';
}

function typeName(jsonType: string): string {
  return jsonType === 'object' ? 'mapping' : jsonType === 'array' ? 'list' : jsonType;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function typeHint(type: string): string {
  switch (type) {
    case 'string':
      return 'quote the value, e.g. "8080"';
    case 'list':
      return 'write a list: [a, b] or one "- item" per line';
    case 'mapping':
      return 'write a mapping: key: value on indented lines';
    case 'boolean':
      return 'use true or false';
    default:
      return `write ${article(type)}`;
  }
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.line}:${d.col}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
