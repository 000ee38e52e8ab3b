// import: the server entries of a JSON client (Claude Code, Copilot, Cursor, VS Code) → mcp.yaml servers that
// compile back to entries the client reads the same way. The client's own references become ${env:…}
// (import-refs.ts), literals that look like secrets move to the store as ${secret:<server>/<KEY>} (the caller
// stores them), and mcpctl's own launcher and headers-helper lines are read back into the templates they came
// from (import-launcher.ts). What mcp.yaml cannot express is reported by name: a key the client ignores is
// left out with a note; a setting the client does use (an SSE transport, VS Code's ${input:…}, another
// headers helper, …) keeps the whole server out of mcp.yaml, in the client's file as it is, unmanaged. Pure.
import { parse } from 'jsonc-parser';
import type { Server } from './generated/mcp-types.js';
import { readHeadersHelper, readLauncher, readProxy } from './import-launcher.js';
import { readMcpRemote } from './import-mcp-remote.js';
import type { ImportNote, SecretMove } from './import-codex.js';
import { readClientValue } from './import-refs.js';
import { literalOf, parseValue } from './refs.js';
import { findSecrets, looksSecret } from './secrets/detect.js';
import type { TargetName } from './targets/names.js';
import type { Entry, Value } from './value.js';
import { isEntry } from './value.js';

export type JsonClient = Exclude<TargetName, 'codex'>;

export interface ImportedServer {
  server: Server;
  /** The secrets this server's literals held (the caller stores them only if the server is imported). */
  moves: SecretMove[];
}

export interface ClientImport {
  servers: Map<string, ImportedServer>;
  /** Servers left in the client's file as they are, unmanaged: a note says why. */
  skipped: string[];
  notes: ImportNote[];
}

const TITLE: Record<JsonClient, string> = {
  'claude-code': 'Claude Code',
  copilot: 'Copilot',
  cursor: 'Cursor',
  vscode: 'VS Code',
  gemini: 'Gemini CLI',
  opencode: 'OpenCode',
  zed: 'Zed',
  windsurf: 'Windsurf',
  antigravity: 'Antigravity',
  'claude-desktop': 'Claude Desktop',
};

/** Keys each client reads that mcp.yaml has a place for. */
const HANDLED: Record<JsonClient, ReadonlySet<string>> = {
  'claude-code': new Set(['type', 'command', 'args', 'env', 'cwd', 'url', 'headers', 'headersHelper', 'timeout']),
  copilot: new Set(['type', 'command', 'args', 'env', 'cwd', 'url', 'headers', 'tools', 'timeout']),
  cursor: new Set(['type', 'command', 'args', 'env', 'cwd', 'envFile', 'url', 'headers']),
  vscode: new Set(['type', 'command', 'args', 'env', 'cwd', 'envFile', 'url', 'headers']),
  gemini: new Set([
    'type',
    'command',
    'args',
    'env',
    'cwd',
    'url',
    'headers',
    'timeout',
    'trust',
    'includeTools',
    'excludeTools',
  ]),
  // after openCodeEntry: its local and remote entries in the shared shape
  opencode: new Set(['type', 'command', 'args', 'env', 'cwd', 'url', 'headers', 'timeout', 'enabled']),
  zed: new Set(['command', 'args', 'env', 'url', 'headers', 'enabled']),
  // after serverUrlEntry: serverUrl is url, disabled is enabled
  windsurf: new Set(['command', 'args', 'env', 'url', 'headers', 'enabled']),
  antigravity: new Set(['type', 'command', 'args', 'env', 'url', 'headers', 'enabled']),
  'claude-desktop': new Set(['command', 'args', 'env']),
};

/** Keys the client reads that change what it does, but mcp.yaml cannot express: the server is not imported. */
const USED: Record<JsonClient, ReadonlySet<string>> = {
  'claude-code': new Set(['oauth', 'tools']),
  copilot: new Set([]),
  cursor: new Set(['auth']),
  vscode: new Set(['dev', 'sandbox', 'sandboxEnabled', 'oauth', 'transport']),
  gemini: new Set(['oauth', 'authProviderType', 'targetAudience', 'targetServiceAccount', 'tcp', 'extension']),
  opencode: new Set(['oauth']),
  zed: new Set(['oauth', 'remote', 'timeout']),
  windsurf: new Set(['disabledTools', 'oauth']),
  antigravity: new Set(['disabledTools', 'oauth', 'authProviderType', 'clientId', 'clientSecret']),
  'claude-desktop': new Set([]),
};

/** Keys the client does not read at all (left out with a note; they never reached the client). */
const IGNORED_CWD: ReadonlySet<JsonClient> = new Set(['claude-code', 'cursor']);

class NotImported extends Error {}

/**
 * The servers of one client file. `container` is where they sit in that file, for messages
 * (`mcpServers`, `servers`, `projects["/repo"].mcpServers`); `inputs` are VS Code's prompt ids.
 */
export function importJsonClient(
  client: JsonClient,
  entries: ReadonlyMap<string, Value>,
  container: string,
  inputs: readonly string[] = [],
): ClientImport {
  const servers = new Map<string, ImportedServer>();
  const skipped: string[] = [];
  const notes: ImportNote[] = [];
  const title = TITLE[client];
  for (const id of inputs)
    notes.push({
      server: '*',
      key: `inputs.${id}`,
      message: `${title} asks for \${input:${id}} when it starts a server; mcp.yaml cannot express that prompt: it was not imported (servers that use it stay in the file as they are, unmanaged)`,
    });
  for (const [name, value] of entries) {
    const note = (key: string, message: string) => notes.push({ server: name, key, message });
    const problem = nameProblem(name);
    if (problem) {
      note('name', `${problem}: not imported; it stays in the file as it is, unmanaged (rename it there to import it)`);
      skipped.push(name);
      continue;
    }
    if (!isEntry(value)) {
      note('entry', `${title} reads no server from a value that is not an object: not imported`);
      skipped.push(name);
      continue;
    }
    const pending: ImportNote[] = [];
    try {
      const imported = importEntry(client, name, value, `${container}.${name}`, (key, message) =>
        pending.push({ server: name, key, message }),
      );
      servers.set(name, imported);
      notes.push(...pending);
    } catch (e) {
      if (!(e instanceof NotImported)) throw e;
      notes.push(...pending);
      note(
        'entry',
        `${e.message}: not imported; it stays in the file as it is, unmanaged (mcpctl never changes it), and ${title} keeps reading it`,
      );
      skipped.push(name);
    }
  }
  return { servers, skipped, notes };
}

function importEntry(
  client: JsonClient,
  name: string,
  e: Entry,
  at: string,
  note: (key: string, message: string) => void,
): ImportedServer {
  const title = TITLE[client];
  const moves: SecretMove[] = [];
  const s: Server = {};
  if (client === 'gemini') e = geminiUrl(e);
  if (client === 'opencode') e = openCodeEntry(e);
  if (client === 'windsurf' || client === 'antigravity') e = serverUrlEntry(e);
  if (client === 'claude-desktop' && e['url'] !== undefined && e['command'] === undefined)
    throw new NotImported('Claude Desktop skips an entry with a url (it starts only local servers)');
  const read = (key: string, text: string): string => {
    const r = readClientValue(client, text);
    if (!r.ok)
      throw new NotImported(
        `${key} uses ${r.unsupported.join(', ')}, which ${title} fills in itself and mcp.yaml has no reference for`,
      );
    return r.value;
  };
  /** A literal that looks like a secret moves to the store; references stay. */
  const secretOrValue = (key: string, template: string, where: string): string => {
    const literal = literalOf(parseValue(template));
    if (literal === null || (!looksSecret(key, literal) && findSecrets(literal).length === 0)) return template;
    const storeName = `${name}/${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
    moves.push({ name: storeName, server: name, from: where, value: literal });
    return `\${secret:${storeName}}`;
  };
  const str = (key: string): string | undefined => {
    const v = e[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new NotImported(`${key} is not a string`);
    return v;
  };
  const strings = (key: string): string[] | undefined => {
    const v = e[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string'))
      throw new NotImported(`${key} is not a list of strings`);
    return v;
  };
  const table = (key: string): Array<[string, string]> => {
    const v = e[key];
    if (v === undefined) return [];
    if (!isEntry(v)) throw new NotImported(`${key} is not an object`);
    return Object.entries(v).map(([k, x]) => {
      // VS Code takes a number as an env value; null (unset the variable) has no mcp.yaml form
      if (typeof x === 'number' && client === 'vscode') return [k, String(x)];
      if (typeof x !== 'string') throw new NotImported(`${key}.${k} is not a string`);
      return [k, x];
    });
  };

  const kind = kindOf(client, e, str('type'));
  const argvOf = () => [str('command') ?? '', ...(strings('args') ?? [])];
  const proxied = kind === 'stdio' ? readProxy(argvOf()) : null;
  const remote = kind === 'stdio' && !proxied ? readMcpRemote(argvOf(), Object.fromEntries(table('env'))) : null;
  if (remote && !remote.ok) throw new NotImported(remote.why);
  if (remote?.ok) {
    // the third-party bridge: the remote server it forwards to; its token moves to the store
    s.url = remote.url;
    const headers: Record<string, string> = {};
    for (const [k, v] of remote.headers) headers[k] = secretOrValue(k, v, `${at}.args (mcp-remote --header ${k})`);
    s.headers = headers;
    note(
      'args',
      `was mcp-remote: imported as the remote server it forwards to; from the next apply ${title} reaches it ${client === 'claude-desktop' || client === 'zed' || client === 'antigravity' ? 'through mcpctl proxy' : 'with its own remote entry (or mcpctl proxy for a header it cannot send)'}, and no file holds its token`,
    );
  } else if (proxied) {
    // mcpctl's bridge: the remote server it forwards to, with the headers as the templates they were
    if (proxied.transport === 'sse')
      throw new NotImported("it is mcpctl proxy to an SSE server, and mcp.yaml's url is a streamable HTTP server");
    s.url = proxied.url;
    const headers: Record<string, string> = {};
    for (const [k, v] of proxied.headers) headers[k] = secretOrValue(k, v, `${at}.args (--header ${k})`);
    if (Object.keys(headers).length) s.headers = headers;
  } else if (kind === 'stdio') {
    const command = str('command') ?? '';
    const argv = [command, ...(strings('args') ?? [])];
    const launched = readLauncher(argv);
    const [real, ...realArgs] = launched ? launched.argv : argv;
    if (launched?.templates) {
      // mcpctl's launcher with --templates: the command and its arguments are mcp.yaml templates already
      s.command = real ?? '';
      if (realArgs.length) s.args = realArgs;
    } else {
      s.command = read('command', real ?? '');
      if (realArgs.length)
        s.args = realArgs.map((a, i) => {
          const v = read(`args[${i}]`, a);
          return findSecrets(a).length ? secretOrValue(`ARG${i}`, v, `${at}.args[${i}]`) : v;
        });
    }
    const env: Record<string, string> = {};
    for (const [k, v] of table('env')) env[k] = secretOrValue(k, read(`env.${k}`, v), `${at}.env.${k}`);
    for (const [k, v] of launched?.env ?? []) env[k] = secretOrValue(k, v, `${at}.args (--env ${k})`);
    if (Object.keys(env).length) s.env = env;
    const cwd = str('cwd');
    if (cwd !== undefined) {
      if (IGNORED_CWD.has(client))
        note('cwd', `${title} does not read cwd (it starts a server in its own folder): it was not imported`);
      else s.cwd = read('cwd', cwd);
    }
    const envFile = str('envFile');
    if (envFile !== undefined) {
      if (client === 'cursor') s.cursor = { envFile };
      else if (client === 'vscode') s.vscode = { envFile };
    }
  } else {
    s.url = read('url', str('url') ?? '');
    const headers: Record<string, string> = {};
    for (const [k, v] of table('headers')) headers[k] = secretOrValue(k, read(`headers.${k}`, v), `${at}.headers.${k}`);
    const helper = str('headersHelper');
    if (helper !== undefined) {
      const helped = readHeadersHelper(helper);
      if (!helped)
        throw new NotImported(
          "headersHelper runs a command that is not mcpctl's; mcp.yaml cannot express it (write its headers as headers: with ${secret:…} references, and mcpctl generates the helper)",
        );
      for (const [k, v] of helped.env) headers[k] = secretOrValue(k, v, `${at}.headersHelper (--header ${k})`);
    }
    if (Object.keys(headers).length) s.headers = headers;
    if (client !== 'claude-code') {
      for (const [k, v] of Object.entries(headers))
        if (parseValue(v).parts.some((p) => p.type === 'ref' && p.chain.some((r) => r.kind === 'secret')))
          note(
            `headers.${k}`,
            `header ${k} held a plaintext secret: it moves to the secret store, and from the next apply ${title} reaches this server through mcpctl proxy (${title} cannot take a header from the store itself)`,
          );
    }
    if (e['envFile'] !== undefined)
      note('envFile', `${title} loads an envFile only for a local server: it was not imported`);
  }
  if (client === 'copilot') {
    const tools = strings('tools');
    if (tools && !(tools.length === 1 && tools[0] === '*')) {
      if (tools.includes('*')) throw new NotImported('tools mixes "*" with tool names');
      s.enabled_tools = tools;
    }
  }
  if (client === 'gemini') {
    const include = strings('includeTools');
    if (include) s.enabled_tools = include;
    const exclude = strings('excludeTools');
    if (exclude) s.disabled_tools = exclude;
    const trust = e['trust'];
    if (trust !== undefined && typeof trust !== 'boolean') throw new NotImported('trust is not true or false');
    if (trust === true) s.gemini = { ...s.gemini, trust };
  }
  const switchable: readonly JsonClient[] = ['opencode', 'zed', 'windsurf', 'antigravity'];
  if (switchable.includes(client) && e['enabled'] !== undefined) {
    if (typeof e['enabled'] !== 'boolean') throw new NotImported('enabled is not true or false');
    if (!e['enabled']) s.enabled = false;
  }
  const timeout = e['timeout'];
  const timed: readonly JsonClient[] = ['claude-code', 'copilot', 'gemini', 'opencode'];
  if (timeout !== undefined && timed.includes(client)) {
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1)
      throw new NotImported('timeout is not a whole number of milliseconds');
    if (client === 'claude-code') s['claude-code'] = { timeout };
    else if (client === 'copilot') s.copilot = { timeout };
    else if (client === 'opencode') s.opencode = { timeout };
    else s.gemini = { ...s.gemini, timeout };
  }
  for (const key of Object.keys(e)) {
    if (HANDLED[client].has(key)) continue;
    if (USED[client].has(key))
      throw new NotImported(`"${key}" is a setting ${title} uses that mcp.yaml cannot express`);
    note(key, `"${key}" is not a key ${title} reads for a server (it ignores it): it was not imported`);
  }
  return { server: s, moves };
}

/** Local (stdio) or remote (http): as the client decides it; an SSE server or an unknown type is not imported. */
function kindOf(client: JsonClient, e: Entry, type: string | undefined): 'stdio' | 'http' {
  const title = TITLE[client];
  const hasCommand = typeof e['command'] === 'string';
  const hasUrl = typeof e['url'] === 'string';
  if (type === 'sse')
    throw new NotImported('it is an SSE server, and mcp.yaml writes a url as streamable HTTP (type "http")');
  const stdio = type === 'stdio' || (client === 'copilot' && type === 'local');
  const remote = type === 'http' || type === 'streamable-http';
  if (stdio || (type === undefined && hasCommand)) {
    if (!hasCommand) throw new NotImported(`a ${type ?? 'local'} server without a command`);
    return 'stdio';
  }
  if (remote || (type === undefined && hasUrl)) {
    if (!hasUrl) throw new NotImported(`an ${type ?? 'http'} server without a url`);
    if (type === undefined && client === 'claude-code')
      throw new NotImported(`${title} skips a url without a "type" (it reads no server here)`);
    return 'http';
  }
  throw new NotImported(
    type === undefined ? 'it has neither a command nor a url' : `${title} does not start a server of type "${type}"`,
  );
}

/**
 * A Gemini CLI entry with its remote address as mcp.yaml reads it: httpUrl (which wins over url) is a url of
 * type "http"; a url without a type is streamable HTTP too; a url wins over a command.
 */
function geminiUrl(e: Entry): Entry {
  const out: Entry = { ...e };
  const httpUrl = out['httpUrl'];
  if (httpUrl !== undefined) {
    out['url'] = httpUrl;
    out['type'] = 'http';
    delete out['httpUrl'];
  }
  if (out['url'] !== undefined) {
    if (out['type'] === undefined) out['type'] = 'http';
    for (const k of ['command', 'args', 'env', 'cwd']) delete out[k];
  }
  return out;
}

/** A Windsurf or Antigravity entry with serverUrl (which wins) as url, and disabled as enabled. */
function serverUrlEntry(e: Entry): Entry {
  const { serverUrl, disabled, disabledTools, ...rest } = e;
  const out: Entry = { ...rest };
  if (serverUrl !== undefined) out['url'] = serverUrl;
  if (disabled !== undefined) out['enabled'] = typeof disabled === 'boolean' ? !disabled : disabled;
  // an empty list hides nothing (third-party configs write one)
  if (disabledTools !== undefined && !(Array.isArray(disabledTools) && disabledTools.length === 0))
    out['disabledTools'] = disabledTools;
  return out;
}

/**
 * An OpenCode entry in the shape the other clients share: a local server's argv array is its command and
 * args, its environment is env; a remote one is a url of type "http". An unknown type stays as it is (and
 * is reported by kindOf).
 */
function openCodeEntry(e: Entry): Entry {
  const { type, command, environment, ...rest } = e;
  if (type === 'local') {
    if (!Array.isArray(command) || command.length === 0 || !command.every((x) => typeof x === 'string'))
      throw new NotImported('its command is not a list of strings (program, then arguments)');
    const [program, ...args] = command;
    const out: Entry = { ...rest, type: 'stdio', command: program ?? '', args };
    if (environment !== undefined) out['env'] = environment;
    return out;
  }
  if (type === 'remote') return { ...rest, type: 'http' };
  return e;
}

/** Why mcp.yaml cannot hold a server of this name (the schema's rule), or null. */
function nameProblem(name: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) return 'mcp.yaml takes only letters, digits, "_" and "-" in a server name';
  if (name.length > 64) return 'the name is longer than 64 characters';
  return null;
}

/** The ids of a VS Code mcp.json's `inputs` (prompts it fills ${input:id} from), for import to report by name. */
export function vscodeInputs(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const root: unknown = parse(body, [], { allowTrailingComma: true });
  const inputs: unknown = root && typeof root === 'object' ? Reflect.get(root, 'inputs') : undefined;
  if (!Array.isArray(inputs)) return [];
  return inputs.map((i: unknown, n) => {
    const id: unknown = i && typeof i === 'object' ? Reflect.get(i, 'id') : undefined;
    return typeof id === 'string' ? id : `#${n}`;
  });
}
