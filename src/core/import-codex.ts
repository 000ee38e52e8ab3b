// import: Codex server tables → mcp.yaml servers that compile back to the same tables, with every literal
// that looks like a secret replaced by a ${secret:<server>/<KEY>} reference (the caller stores the values).
// Pure: no store, no files.
import { findSecrets, looksSecret } from './secrets/detect.js';
import type { McpFile, Server, CodexOptions } from './generated/mcp-types.js';
import { STORE_ENV } from './compile/codex.js';
import { readHeadersHelper, readLauncher } from './import-launcher.js';
import { literalOf, parseValue } from './refs.js';
import type { TomlTable, TomlValue } from './toml/value.js';

export interface SecretMove {
  /** Store name, e.g. github/GITHUB_PERSONAL_ACCESS_TOKEN. */
  name: string;
  server: string;
  /** Where it was in config.toml, e.g. mcp_servers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN. */
  from: string;
  value: string;
}

export interface ImportNote {
  server: string;
  key: string;
  message: string;
}

export interface Imported {
  file: McpFile;
  /** Servers left out of mcp.yaml (their name is not one mcp.yaml can hold): they stay in config.toml, unmanaged. */
  skipped: string[];
  moves: SecretMove[];
  notes: ImportNote[];
}

const APPROVAL = ['auto', 'prompt', 'writes', 'approve'] as const;
const OMIT = ['code_mode', 'deferred', 'direct'] as const;
const AUTH = ['oauth', 'chatgpt', 'ema_auth'] as const;
const HANDLED = new Set([
  'command',
  'args',
  'env',
  'env_vars',
  'cwd',
  'url',
  'bearer_token_env_var',
  'http_headers',
  'env_http_headers',
  'enabled',
  'enabled_tools',
  'disabled_tools',
  'startup_timeout_sec',
  'startup_timeout_ms',
  'tool_timeout_sec',
  'required',
  'supports_parallel_tool_calls',
  'default_tools_approval_mode',
  'tools',
  'scopes',
  'oauth',
  'auth',
  'oauth_resource',
  'environment_id',
  'omit_tools_from',
]);

/** A literal as an mcp.yaml value: "${" must be escaped, or it would read as a reference. */
function escapeLiteral(value: string): string {
  return value.replace(/\$\{/g, () => '$${');
}

export function importCodex(servers: Map<string, TomlTable>): Imported {
  const file: McpFile = { version: 1, servers: {} };
  const moves: SecretMove[] = [];
  const notes: ImportNote[] = [];
  const skipped: string[] = [];
  const out = file.servers ?? {};
  for (const [name, t] of servers) {
    const note = (key: string, message: string) => notes.push({ server: name, key, message });
    const problem = nameProblem(name);
    if (problem) {
      note(
        'name',
        `${problem}: not imported; it stays in config.toml as it is, unmanaged (rename it there to import it)`,
      );
      skipped.push(name);
      continue;
    }
    const s: Server = {};
    const secretOrLiteral = (key: string, value: string, where: string): string => {
      if (!looksSecret(key, value) && findSecrets(value).length === 0) return escapeLiteral(value);
      const storeName = `${name}/${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
      moves.push({ name: storeName, server: name, from: where, value });
      return `\${secret:${storeName}}`;
    };
    const str = (k: string) => (typeof t[k] === 'string' ? String(t[k]) : undefined);
    const strings = (k: string): string[] | undefined => {
      const v = t[k];
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    };
    const table = (k: string): Record<string, string> => {
      const v = t[k];
      const o: Record<string, string> = {};
      if (v && typeof v === 'object' && !Array.isArray(v))
        for (const [kk, vv] of Object.entries(v)) if (typeof vv === 'string') o[kk] = vv;
      return o;
    };

    const command = str('command');
    const sources: Record<string, 'local' | 'remote'> = {};
    if (command !== undefined) {
      const launched = readLauncher([command, ...(strings('args') ?? [])]);
      const literalArg = (a: string, i: number) =>
        findSecrets(a).length ? secretOrLiteral(`ARG${i}`, a, `mcp_servers.${name}.args[${i}]`) : escapeLiteral(a);
      const [real, ...realArgs] = launched ? launched.argv : [command, ...(strings('args') ?? [])];
      if (launched?.templates) {
        // mcpctl's launcher with --templates: the command and its arguments are mcp.yaml templates already
        s.command = real ?? '';
        if (realArgs.length) s.args = realArgs;
      } else {
        s.command = escapeLiteral(real ?? '');
        if (realArgs.length) s.args = realArgs.map(literalArg);
      }
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(table('env'))) env[k] = secretOrLiteral(k, v, `mcp_servers.${name}.env.${k}`);
      const envVars = Array.isArray(t['env_vars']) ? t['env_vars'] : [];
      for (const item of envVars) {
        const forwarded = forwardedVar(item);
        if (forwarded === null) {
          note('env_vars', 'an item that is neither a name nor { name, source } was not imported');
          continue;
        }
        // the variables the launcher needs to open the store or fill a template are mcpctl's, not the server's (unless it kept them)
        if (
          launched &&
          ((isStoreVar(forwarded.name) && !launched.keep.has(forwarded.name)) || launched.unset.has(forwarded.name))
        )
          continue;
        env[forwarded.name] = `\${env:${forwarded.name}}`;
        if (forwarded.source) sources[forwarded.name] = forwarded.source;
      }
      for (const [k, v] of launched?.env ?? []) {
        // a template without a reference is a literal, which may be a token written by hand: it moves like one
        const text = literalOf(parseValue(v));
        env[k] = text === null ? v : secretOrLiteral(k, text, `mcp_servers.${name}.args (--env ${k})`);
      }
      if (Object.keys(env).length) s.env = env;
      const cwd = str('cwd');
      if (cwd !== undefined) s.cwd = escapeLiteral(cwd);
    }
    const url = str('url');
    if (url !== undefined) {
      s.url = escapeLiteral(url);
      const headers: Record<string, string> = {};
      const bearer = str('bearer_token_env_var');
      if (bearer) headers['Authorization'] = `Bearer \${env:${bearer}}`;
      for (const [k, v] of Object.entries(table('http_headers')))
        headers[k] = secretOrLiteral(k, v, `mcp_servers.${name}.http_headers.${k}`);
      for (const [k, v] of Object.entries(table('env_http_headers'))) headers[k] = `\${env:${v}}`;
      const helper = str('http_headers_helper');
      const helped = helper === undefined ? null : readHeadersHelper(helper);
      // the helper mcpctl wrote for headers with references: its --header templates are those headers
      for (const [k, v] of helped?.env ?? []) {
        const text = literalOf(parseValue(v));
        headers[k] =
          text === null ? v : secretOrLiteral(k, text, `mcp_servers.${name}.http_headers_helper (--header ${k})`);
      }
      if (helper !== undefined && !helped)
        note(
          'http_headers_helper',
          'a headers helper command cannot be expressed in mcp.yaml: write its headers as headers: with ${secret:...} references (mcpctl then generates the helper)',
        );
      if (Object.keys(headers).length) s.headers = headers;
    } else if (t['http_headers_helper'] !== undefined) {
      note('http_headers_helper', 'a headers helper applies only to a server with a url; it was not imported');
    }
    if (t['enabled'] === false) s.enabled = false;
    const enabledTools = strings('enabled_tools');
    if (enabledTools) s.enabled_tools = enabledTools;
    const disabledTools = strings('disabled_tools');
    if (disabledTools) s.disabled_tools = disabledTools;
    const startup =
      typeof t['startup_timeout_sec'] === 'number'
        ? t['startup_timeout_sec']
        : typeof t['startup_timeout_ms'] === 'number'
          ? t['startup_timeout_ms'] / 1000
          : undefined;
    if (startup !== undefined) s.startup_timeout_sec = startup;
    if (typeof t['tool_timeout_sec'] === 'number') s.tool_timeout_sec = t['tool_timeout_sec'];

    const c: CodexOptions = {};
    if (t['required'] === true) c.required = true;
    if (typeof t['supports_parallel_tool_calls'] === 'boolean')
      c.supports_parallel_tool_calls = t['supports_parallel_tool_calls'];
    const mode = APPROVAL.find((m) => m === t['default_tools_approval_mode']);
    if (mode) c.default_tools_approval_mode = mode;
    const tools = t['tools'];
    if (tools && typeof tools === 'object' && !Array.isArray(tools)) {
      const outTools: NonNullable<CodexOptions['tools']> = {};
      for (const [tool, cfg] of Object.entries(tools)) {
        const am =
          cfg && typeof cfg === 'object' && !Array.isArray(cfg)
            ? APPROVAL.find((m) => m === cfg['approval_mode'])
            : undefined;
        if (am) outTools[tool] = { approval_mode: am };
      }
      if (Object.keys(outTools).length) c.tools = outTools;
    }
    const scopes = strings('scopes');
    if (scopes) c.scopes = scopes;
    const oauth = t['oauth'];
    if (oauth && typeof oauth === 'object' && !Array.isArray(oauth)) {
      c.oauth = {};
      if (typeof oauth['client_id'] === 'string') c.oauth.client_id = oauth['client_id'];
      if (typeof oauth['callback_port'] === 'number') c.oauth.callback_port = oauth['callback_port'];
    }
    const auth = AUTH.find((a) => a === t['auth']);
    if (auth) c.auth = auth;
    const oauthResource = str('oauth_resource');
    if (oauthResource) c.oauth_resource = oauthResource;
    const environmentId = str('environment_id');
    if (environmentId) c.environment_id = environmentId;
    const omit = strings('omit_tools_from')
      ?.map((x) => OMIT.find((o) => o === x))
      .filter((x) => x !== undefined);
    if (omit?.length) c.omit_tools_from = omit;
    if (Object.keys(sources).length) c.env_vars_source = sources;
    if (Object.keys(c).length) s.codex = c;

    for (const key of Object.keys(t)) {
      if (!HANDLED.has(key) && key !== 'http_headers_helper')
        note(key, `"${key}" is not a key Codex reads (it ignores it); it was not imported`);
    }
    out[name] = s;
  }
  return { file, skipped, moves, notes };
}

/** An env_vars item: "NAME", or { name = "NAME", source = "local" | "remote" } (a missing source is Codex's default). */
function forwardedVar(item: TomlValue): { name: string; source?: 'local' | 'remote' } | null {
  if (typeof item === 'string') return { name: item };
  if (typeof item !== 'object' || Array.isArray(item) || typeof item['name'] !== 'string') return null;
  const source = item['source'];
  if (source === undefined) return { name: item['name'] };
  return source === 'local' || source === 'remote' ? { name: item['name'], source } : null;
}

/** What the launcher forwards for itself: today's STORE_ENV, what earlier versions forwarded, and any MCPCTL_* variable. */
const LAUNCHER_VARS = new Set<string>([...STORE_ENV, 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME']);

function isStoreVar(name: string): boolean {
  return LAUNCHER_VARS.has(name) || name.startsWith('MCPCTL_');
}

/** Why mcp.yaml cannot hold a server of this name (the schema's rule, and Codex's), or null. */
function nameProblem(name: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(name))
    return 'Codex accepts only letters, digits, "_" and "-" in a server name (it fails to start this one)';
  if (name.length > 64) return 'the name is longer than 64 characters';
  if (name === 'codex_apps') return 'the name "codex_apps" is reserved by Codex';
  return null;
}
