// compile: a validated spec → the Codex server tables mcpctl wants in config.toml.
// Only keys Codex accepts, in Codex's own key order (DESIGN.md §3), so a later `codex mcp add`
// rewrites nothing of ours. References become what Codex can forward by name; anything else is an
// E_REF diagnostic until the launcher can carry it.
import type { Diagnostic } from '../errors.js';
import type { DocPath, SourceDoc } from '../load.js';
import { literalOf, parseValue, wholeRef } from '../refs.js';
import type { ParsedValue } from '../refs.js';
import { envNames, secretNames } from '../resolve.js';
import type { TomlTable, TomlValue } from '../toml/value.js';
import type { McpFile, Server } from '../generated/mcp-types.js';
import { dotted } from '../validate.js';
import { CODEX_DEFAULT_ENV_VARS } from '../codex-facts.js';

/** Codex's key order for a server table (measured with `codex mcp add`, 0.169.0). */
export const CODEX_KEY_ORDER = [
  'command',
  'args',
  'env',
  'env_vars',
  'cwd',
  'url',
  'bearer_token_env_var',
  'http_headers',
  'env_http_headers',
  'http_headers_helper',
  'auth',
  'enabled',
  'environment_id',
  'required',
  'supports_parallel_tool_calls',
  'omit_tools_from',
  'startup_timeout_sec',
  'tool_timeout_sec',
  'default_tools_approval_mode',
  'enabled_tools',
  'disabled_tools',
  'scopes',
  'oauth',
  'oauth_resource',
  'tools',
] as const;

export interface Compiled {
  servers: Map<string, TomlTable>;
  diagnostics: Diagnostic[];
}

/** How config.toml starts mcpctl itself (absolute node + script), for values only mcpctl can resolve. */
export interface Launcher {
  command: string;
  args: string[];
  /**
   * Where the secret store is, as flags of `exec` and `headers` (`--config-dir`, `--secrets-file`, `--bus`, …),
   * for lines whose templates name a secret: Codex gives the headers helper no variable that could say it, and
   * so the launcher and the helper open the same store apply checked, whatever environment Codex has.
   */
  store?: string[];
}

/**
 * Variables the launcher removes before the real server starts (unless the server asked for them itself):
 * older lines forwarded all of them with env_vars to find the store.
 */
export const STORE_ENV = [
  'DBUS_SESSION_BUS_ADDRESS',
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
  'MCPCTL_SECRET_BACKEND',
  'MCPCTL_SECRETS_FILE',
  'MCPCTL_AGE_IDENTITY',
] as const;

/**
 * What the launcher of a line that reads a secret gets forwarded: the session bus of the keychain, which
 * belongs to Codex's current login session (a pinned `--bus` is only the fallback when Codex has none).
 */
export const BUS_ENV = ['DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'] as const;

export function compileCodex(spec: McpFile, doc: SourceDoc, opts: { launcher?: Launcher | undefined } = {}): Compiled {
  const servers = new Map<string, TomlTable>();
  const diagnostics: Diagnostic[] = [];
  for (const [name, server] of Object.entries(spec.servers ?? {})) {
    const unsupported = (path: DocPath, what: string, hint: string) =>
      diagnostics.push({
        code: 'E_REF',
        severity: 'error',
        message: `server "${name}": ${what} cannot be written to Codex's config.toml`,
        file: doc.file,
        ...doc.locate(path),
        path: dotted(path),
        hint,
      });
    servers.set(name, compileServer(name, server, unsupported, opts.launcher));
  }
  return { servers, diagnostics };
}

type Report = (path: DocPath, what: string, hint: string) => void;

function compileServer(name: string, s: Server, unsupported: Report, launcher: Launcher | undefined): TomlTable {
  const base = ['servers', name];
  const t: TomlTable = {};
  const viaLauncher = launcher ? '' : "; secrets and composed values need mcpctl's launcher";
  const literal = (path: DocPath, value: string): string => {
    const parsed = parseValue(value);
    const text = literalOf(parsed);
    if (text !== null) return text;
    unsupported(
      path,
      `the reference in "${value}"`,
      'references are resolved only in command, args, env and headers: use a literal here',
    );
    return value;
  };

  if (s.command !== undefined) {
    const env: TomlTable = {};
    const envVars: string[] = [];
    const resolved: Array<[string, string]> = [];
    for (const [key, value] of Object.entries(s.env ?? {})) {
      const parsed = parseValue(value);
      const text = literalOf(parsed);
      if (text !== null) env[key] = text;
      else if (forwardedEnvName(parsed) === key) envVars.push(key);
      else if (launcher) resolved.push([key, value]);
      else {
        const forwarded = forwardedEnvName(parsed);
        unsupported(
          [...base, 'env', key],
          `env ${key} = "${value}"`,
          forwarded
            ? `Codex forwards variables only under their own name: write ${key}: "\${env:${key}}", or rename the variable${viaLauncher}`
            : `Codex can forward only \${env:${key}} as ${key}${viaLauncher}`,
        );
      }
    }
    const argv = [s.command, ...(s.args ?? [])];
    const templated = argv.some((a) => literalOf(parseValue(a)) === null);
    if (launcher && (resolved.length || templated)) {
      // config.toml starts mcpctl's launcher, which resolves the references at spawn time: no value is written
      const templates = [...resolved.map(([, v]) => v), ...(templated ? argv : [])];
      const readsSecret = templates.some((v) => secretNames(v).length > 0);
      const flags = ['exec', '--server', name];
      if (readsSecret) flags.push(...(launcher.store ?? []));
      for (const [key, value] of resolved) flags.push('--env', `${key}=${value}`);
      // Codex forwards only env_vars: every variable a template reads must be one, or the launcher never sees it.
      // Those the server did not ask for itself are removed again before it starts.
      const asked = new Set(envVars);
      const always = new Set<string>(CODEX_DEFAULT_ENV_VARS);
      const forward = [...new Set([...templates.flatMap(envNames), ...(readsSecret ? BUS_ENV : [])])].filter(
        (k) => !always.has(k),
      );
      for (const k of STORE_ENV) if (asked.has(k)) flags.push('--keep', k);
      for (const k of forward)
        if (!asked.has(k) && !(STORE_ENV as readonly string[]).includes(k)) flags.push('--unset', k);
      if (templated) flags.push('--templates');
      const real = templated
        ? argv
        : argv.map((a, i) => literal(i === 0 ? [...base, 'command'] : [...base, 'args', i - 1], a));
      t['command'] = launcher.command;
      t['args'] = [...launcher.args, ...flags, '--', ...real];
      for (const k of forward) if (!asked.has(k)) envVars.push(k);
    } else {
      t['command'] = literal([...base, 'command'], s.command);
      if (s.args?.length) t['args'] = s.args.map((a, i) => literal([...base, 'args', i], a));
    }
    if (Object.keys(env).length) t['env'] = sorted(env);
    if (envVars.length) t['env_vars'] = withSources(envVars, s.codex?.env_vars_source);
    if (s.cwd !== undefined) t['cwd'] = literal([...base, 'cwd'], s.cwd);
  } else if (s.url !== undefined) {
    t['url'] = literal([...base, 'url'], s.url);
    const headers: TomlTable = {};
    const envHeaders: TomlTable = {};
    const helped: Array<[string, string]> = [];
    for (const [key, value] of Object.entries(s.headers ?? {})) {
      const parsed = parseValue(value);
      const text = literalOf(parsed);
      if (text !== null) {
        headers[key] = text;
        continue;
      }
      const bearer = key.toLowerCase() === 'authorization' ? bearerEnvName(parsed) : null;
      if (bearer && t['bearer_token_env_var'] === undefined) {
        t['bearer_token_env_var'] = bearer;
        continue;
      }
      const forwarded = forwardedEnvName(parsed);
      if (forwarded) {
        envHeaders[key] = forwarded;
        continue;
      }
      const read = envNames(value);
      if (launcher && read.length) {
        // Codex runs the helper with only HOME, PATH and a few more: env_vars do not reach it, nothing else can
        unsupported(
          [...base, 'headers', key],
          `header ${key} = "${value}"`,
          `Codex gives http_headers_helper no environment variables of its own, so the helper cannot read \${env:…}: make the whole value one variable (${key}: "\${env:${read[0] ?? 'NAME'}}", sent with env_http_headers), use "Bearer \${env:NAME}" for Authorization, or keep the value in the secret store: ${key}: "…\${secret:NAME}…" (mcpctl secret set NAME)`,
        );
        continue;
      }
      if (launcher) {
        helped.push([key, value]);
        continue;
      }
      unsupported(
        [...base, 'headers', key],
        `header ${key} = "${value}"`,
        `Codex reads a header from one environment variable (\${env:NAME}) or "Bearer \${env:NAME}" for Authorization${viaLauncher}`,
      );
    }
    if (Object.keys(headers).length) t['http_headers'] = sorted(headers);
    if (Object.keys(envHeaders).length) t['env_http_headers'] = sorted(envHeaders);
    if (launcher && helped.length) {
      // Codex runs this with `sh -c` and reads a JSON object of headers from its stdout (Authorization included:
      // checked with the pinned Codex); the references are resolved then, so no value is written
      const words = [launcher.command, ...launcher.args, 'headers', '--server', name];
      if (helped.some(([, v]) => secretNames(v).length > 0)) words.push(...(launcher.store ?? []));
      for (const [key, value] of helped) words.push('--header', `${key}=${value}`);
      t['http_headers_helper'] = words.map(shellQuote).join(' ');
    }
  }

  const c = s.codex ?? {};
  for (const name of Object.keys(c.env_vars_source ?? {})) {
    const forwarded =
      Array.isArray(t['env_vars']) &&
      t['env_vars'].some((v) => typeof v === 'object' && !Array.isArray(v) && v['name'] === name);
    if (!forwarded)
      unsupported(
        [...base, 'codex', 'env_vars_source', name],
        `the source of ${name}`,
        `Codex takes a source only for a variable the server forwards: add ${name}: "\${env:${name}}" under env, or remove it here`,
      );
  }
  if (c.auth !== undefined) t['auth'] = c.auth;
  if (s.enabled === false) t['enabled'] = false;
  if (c.environment_id !== undefined) t['environment_id'] = c.environment_id;
  if (c.required === true) t['required'] = true;
  if (c.supports_parallel_tool_calls !== undefined) t['supports_parallel_tool_calls'] = c.supports_parallel_tool_calls;
  if (c.omit_tools_from?.length) t['omit_tools_from'] = [...c.omit_tools_from];
  if (s.startup_timeout_sec !== undefined) t['startup_timeout_sec'] = s.startup_timeout_sec;
  if (s.tool_timeout_sec !== undefined) t['tool_timeout_sec'] = s.tool_timeout_sec;
  if (c.default_tools_approval_mode !== undefined) t['default_tools_approval_mode'] = c.default_tools_approval_mode;
  if (s.enabled_tools !== undefined) t['enabled_tools'] = [...s.enabled_tools];
  if (s.disabled_tools !== undefined) t['disabled_tools'] = [...s.disabled_tools];
  if (c.scopes !== undefined) t['scopes'] = [...c.scopes];
  if (c.oauth !== undefined) t['oauth'] = copyTable(c.oauth);
  if (c.oauth_resource !== undefined) t['oauth_resource'] = c.oauth_resource;
  if (c.tools !== undefined && Object.keys(c.tools).length) {
    const tools: TomlTable = {};
    for (const [tool, cfg] of Object.entries(c.tools)) tools[tool] = { approval_mode: cfg.approval_mode };
    t['tools'] = sorted(tools);
  }
  return t;
}

/** env_vars items: a name, or `{ name, source }` where mcp.yaml says where Codex takes it from (codex.env_vars_source). */
function withSources(names: string[], sources: Record<string, 'local' | 'remote'> | undefined): TomlValue[] {
  return names.map((name) => {
    const source = sources && Object.hasOwn(sources, name) ? sources[name] : undefined;
    return source ? { name, source } : name;
  });
}

/** POSIX single-quote quoting: the word reaches the program exactly, `${...}` and all. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function forwardedEnvName(parsed: ParsedValue): string | null {
  const ref = wholeRef(parsed);
  const [first, ...rest] = ref?.chain ?? [];
  return first?.kind === 'env' && rest.length === 0 ? first.name : null;
}

function bearerEnvName(parsed: ParsedValue): string | null {
  const [prefix, ref, ...rest] = parsed.parts;
  if (rest.length || prefix?.type !== 'text' || ref?.type !== 'ref') return null;
  if (!/^Bearer +$/.test(prefix.text)) return null;
  const [first, ...more] = ref.chain;
  return first?.kind === 'env' && more.length === 0 ? first.name : null;
}

/** Codex writes these tables with sorted keys; so do we, so a later `codex mcp add` rewrites nothing. */
function sorted(t: TomlTable): TomlTable {
  const out: TomlTable = {};
  for (const k of Object.keys(t).sort()) {
    const v = t[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function copyTable(o: Record<string, string | number | undefined>): TomlTable {
  const out: TomlTable = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
