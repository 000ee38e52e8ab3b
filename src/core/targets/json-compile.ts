// The compile every JSON client shares: an mcp.yaml server → the parts of a client entry (command, args, env,
// cwd or url, headers), each value in the client's own reference syntax where it has one, through mcpctl's
// launcher where only mcpctl can resolve it (a secret in a local server), and an E_REF diagnostic naming the
// client, the server and what works instead where neither can. A client's module (its Dialect) says what it
// expands and how its entry is shaped.
import type { Diagnostic } from '../errors.js';
import type { Launcher } from '../compile/codex.js';
import type { DocPath, SourceDoc } from '../load.js';
import { ENCODED_FLAG, encodeTemplate } from '../launcher-encoding.js';
import { parseValue } from '../refs.js';
import type { ParsedValue, Part } from '../refs.js';
import { secretNames } from '../resolve.js';
import type { McpFile, Server } from '../generated/mcp-types.js';
import { shellQuote } from '../compile/codex.js';
import { dotted } from '../validate.js';
import type { Entry } from '../value.js';
import type { Compiled, CompileOptions } from './target.js';

/** The fields of an entry a client may expand references in. */
export type Field = 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers';

/** The parts of one server, ready for the client's shape. */
export type Parts =
  | { kind: 'stdio'; command: string; args: string[]; env: Record<string, string>; cwd?: string }
  | { kind: 'http'; url: string; headers: Record<string, string>; headersHelper?: string };

export interface Dialect {
  /** As people write it: "Claude Code". */
  title: string;
  /** The fields the client expands its own references in. */
  expands: ReadonlySet<Field>;
  /** The client's reference to environment variable NAME (with a fallback when the client has one), or null. */
  envRef(name: string, fallback: string | null): string | null;
  /** Would the client expand something in this literal text? (Then it cannot be written as it is.) */
  wouldExpand(text: string): boolean;
  /**
   * A character every text the client expands something in holds ("$", or OpenCode's "{"): a text without it
   * is written as it is without asking wouldExpand (most values of most servers). Absent: always asked.
   */
  marker?: string;
  /** The key of a command whose output is the headers (Claude Code's headersHelper); null: the client has none. */
  headersHelper: boolean;
  /**
   * Whether the client would expand something in this text of mcp.yaml's own syntax (a value passed to the
   * launcher in args, where the client expands): then it cannot go through the launcher. Absent: never.
   */
  expandsRaw?(text: string): boolean;
  /** Whether the client reads a working directory for a local server. */
  cwd: boolean;
  /**
   * Whether the client may expand a `${…}` of mcpctl's own syntax in the launcher's arguments (VS Code reads
   * `${env:A | value:d}` as the variable "A | value:d"): then the launcher's templates are written with `$` as
   * `%24` (and `%` as `%25`) behind `--encoded`, text no client expands.
   */
  encodeLauncher?: boolean;
  /** OpenCode reads `{env:…}` (no "$") anywhere in its file: "{" is percent-encoded in the launcher's arguments too. */
  encodeBraces?: boolean;
  /**
   * 'bridge': the client starts only local servers (Claude Desktop), so every remote server goes through
   * mcpctl's bridge. Absent: a remote server is the client's own entry, bridged only when the client cannot
   * send its URL or a header by itself (a secret, a reference it does not expand).
   */
  remote?: 'bridge';
  /**
   * The client's own switch that keeps a server in its file but off (OpenCode's and Zed's `enabled: false`).
   * Absent: the client has none (or none that is documented), and a disabled server is left out of its file.
   */
  off?(entry: Entry): Entry;
  /** The client's entry for these parts and the server's other settings; report() what it cannot express. */
  shape(parts: Parts, server: Server, name: string, report: Report): Entry;
}

/**
 * Records what a client cannot express, never a silent drop: an error, or (for what only tunes the client,
 * such as a timeout) a warning that the key is not written.
 */
export type Report = (path: DocPath, what: string, hint: string, severity?: 'error' | 'warn') => void;

export function compileJsonClient(
  dialect: Dialect,
  spec: McpFile,
  doc: SourceDoc,
  names: readonly string[],
  opts: CompileOptions,
): Compiled {
  const servers = new Map<string, Entry>();
  const diagnostics: Diagnostic[] = [];
  // one reporter for every server (the one being compiled), not one made per server
  let name = '';
  const report: Report = (path, what, hint, severity = 'error') =>
    diagnostics.push({
      code: severity === 'error' ? 'E_REF' : 'W_TARGET',
      severity,
      message:
        severity === 'error'
          ? `server "${name}": ${what} cannot be written for ${dialect.title}`
          : `server "${name}": ${what} is not written for ${dialect.title}`,
      file: doc.file,
      ...doc.locate(path),
      path: dotted(path),
      hint,
    });
  for (name of names) {
    const server = spec.servers?.[name];
    // a disabled server is written with the client's own switch, or not at all where the client has none
    if (!server || (server.enabled === false && !dialect.off)) continue;
    const start = diagnostics.length;
    const parts = partsOf(dialect, name, server, report, opts.launcher, opts.bridge?.has(name) === true);
    const shaped = parts ? dialect.shape(parts, server, name, report) : null;
    const entry = shaped && server.enabled === false && dialect.off ? dialect.off(shaped) : shaped;
    // nothing to say about this server (most of them): its entry, if it has one
    if (diagnostics.length === start) {
      if (entry) servers.set(name, entry);
      continue;
    }
    const mine = diagnostics.splice(start);
    const failed = mine.some((d) => d.severity === 'error');
    if (failed && server.enabled === false) {
      // a server that is off and cannot be written with the client's own switch is left out, as where it has none
      diagnostics.push(...mine.filter((d) => d.severity !== 'error'));
      continue;
    }
    diagnostics.push(...mine);
    // a server with an error gets no entry: nothing half-written is planned or compared
    if (entry && !failed) servers.set(name, entry);
  }
  return { servers, diagnostics };
}

function partsOf(
  d: Dialect,
  name: string,
  s: Server,
  report: Report,
  launcher: Launcher | undefined,
  bridge: boolean,
): Parts | null {
  const base = ['servers', name];
  if (s.command !== undefined) {
    // (asked of every server for every client: no copies of its lists on the way to the usual answer)
    const args = s.args ?? [];
    const command = nativeOf(d, 'command', s.command);
    const nativeArgs: Array<string | null> = new Array<string | null>(args.length);
    let templated = command === null;
    for (let i = 0; i < args.length; i++) {
      const v = nativeOf(d, 'args', args[i] ?? '');
      nativeArgs[i] = v;
      templated ||= v === null;
    }
    const env: Record<string, string> = {};
    const viaLauncher: Array<[string, string]> = [];
    for (const key in s.env) {
      if (!Object.hasOwn(s.env, key)) continue;
      const value = s.env[key] as string;
      const text = nativeOf(d, 'env', value);
      if (text !== null) env[key] = text;
      else viaLauncher.push([key, value]);
    }
    const cwd = s.cwd === undefined ? undefined : nativeOf(d, 'cwd', s.cwd);
    if (s.cwd !== undefined && !d.cwd) {
      report(
        [...base, 'cwd'],
        'cwd',
        `${d.title} starts a local server in its own working directory: remove cwd, or leave ${d.title} out of this server's targets`,
      );
    } else if (s.cwd !== undefined && cwd === null) {
      report([...base, 'cwd'], `cwd "${s.cwd}"`, refHint(d, 'cwd', s.cwd));
    }
    if (viaLauncher.length === 0 && !templated) {
      // no reference the client cannot resolve: every value is its own (not null)
      const parts: Parts = { kind: 'stdio', command: command ?? s.command, args: nativeArgs as string[], env };
      if (cwd) parts.cwd = cwd;
      return parts;
    }
    const argv = [s.command, ...args];
    const native = [command, ...nativeArgs];
    if (!launcher) {
      for (const [key, value] of viaLauncher)
        report(
          [...base, 'env', key],
          `env ${key} = "${value}"`,
          `${d.title} cannot resolve it; mcpctl's launcher can, but it is not available here`,
        );
      argv.forEach((v, i) => {
        if (native[i] === null)
          report(
            i === 0 ? [...base, 'command'] : [...base, 'args', i - 1],
            `"${v}"`,
            `${d.title} cannot resolve it; mcpctl's launcher can, but it is not available here`,
          );
      });
      return null;
    }
    // the client starts mcpctl's launcher, which resolves the references at spawn time: no value is written
    const templates = [...viaLauncher.map(([, v]) => v), ...(templated ? argv : [])];
    // but the client expands its own references in the launcher's arguments too: then the templates go
    // percent-encoded, which no client reads as a variable, and `mcpctl exec --encoded` decodes them
    const text = launcherText(d, templates);
    const flags = ['exec', '--server', name];
    if (templates.some((v) => secretNames(v).length > 0)) flags.push(...(launcher.store ?? []));
    if (text.encoded) flags.push(ENCODED_FLAG);
    for (const [key, value] of viaLauncher) flags.push('--env', `${key}=${text(value)}`);
    if (templated) flags.push('--templates');
    const real = templated ? argv.map(text) : native.map((v, i) => v ?? argv[i] ?? '');
    return {
      kind: 'stdio',
      command: launcher.command,
      args: [...launcher.args, ...flags, '--', ...real],
      env,
      ...(cwd ? { cwd } : {}),
    };
  }
  if (s.url !== undefined) {
    const url = d.remote === 'bridge' ? null : nativeOf(d, 'url', s.url);
    const headers: Record<string, string> = {};
    const helped: Array<[string, string]> = [];
    const unresolved: Array<[string, string]> = [];
    for (const [key, value] of Object.entries(s.headers ?? {})) {
      const text = nativeOf(d, 'headers', value);
      if (text !== null) headers[key] = text;
      else if (d.headersHelper && launcher) helped.push([key, value]);
      else unresolved.push([key, value]);
    }
    if (url === null || unresolved.length || (bridge && launcher)) {
      // what the client cannot send itself, mcpctl's bridge can: a local server that forwards to the remote one
      if (launcher) return bridged(d, name, s.url, Object.entries(s.headers ?? {}), launcher);
      if (d.remote === 'bridge')
        report(
          [...base, 'url'],
          'a remote server (url)',
          `${d.title} starts only local servers; mcpctl's bridge (mcpctl proxy) would be one, but mcpctl's launcher is not available here`,
        );
      else if (url === null) report([...base, 'url'], `url "${s.url}"`, refHint(d, 'url', s.url));
      for (const [key, value] of unresolved)
        report([...base, 'headers', key], `header ${key} = "${value}"`, refHint(d, 'headers', value));
      return null;
    }
    if (!helped.length || !launcher) return { kind: 'http', url, headers };
    // the client runs this command and reads a JSON object of headers from its stdout: resolved then, never written
    const words = [launcher.command, ...launcher.args, 'headers', '--server', name];
    if (helped.some(([, v]) => secretNames(v).length > 0)) words.push(...(launcher.store ?? []));
    for (const [key, value] of helped) words.push('--header', `${key}=${value}`);
    return { kind: 'http', url, headers, headersHelper: words.map(shellQuote).join(' ') };
  }
  return null; // a template server is resolved before compile; validate refuses a server with neither
}

/**
 * A remote server as a local one: `mcpctl proxy` with the url and headers as templates, resolved when the
 * client starts it (src/app/proxy.ts), so the client's file holds no secret and the client needs no way to
 * send headers of its own.
 */
function bridged(d: Dialect, name: string, url: string, headers: Array<[string, string]>, launcher: Launcher): Parts {
  const templates = [url, ...headers.map(([, v]) => v)];
  const text = launcherText(d, templates);
  const flags = ['proxy', '--server', name];
  if (templates.some((v) => secretNames(v).length > 0)) flags.push(...(launcher.store ?? []));
  if (text.encoded) flags.push(ENCODED_FLAG);
  flags.push('--url', text(url));
  for (const [key, value] of headers) flags.push('--header', `${key}=${text(value)}`);
  return { kind: 'stdio', command: launcher.command, args: [...launcher.args, ...flags], env: {} };
}

/**
 * How templates are written as the launcher's arguments: as they are, or percent-encoded behind --encoded when
 * the client would expand something in them (Copilot and Claude Code have no escape; VS Code and Cursor expand
 * every ${…} they know; OpenCode reads {env:…} anywhere).
 */
function launcherText(d: Dialect, templates: readonly string[]): ((v: string) => string) & { encoded: boolean } {
  const mangled = templates.some(
    (v) => (d.expands.has('args') && clientWouldExpand(d, v)) || d.expandsRaw?.(v) === true,
  );
  const encoded = mangled || (d.encodeLauncher === true && templates.some((v) => /[$%]/.test(v)));
  return Object.assign((v: string) => (encoded ? encodeTemplate(v, d.encodeBraces === true) : v), { encoded });
}

/** Would the client change this mcp.yaml template if it were written as it is (as an argument of the launcher)? */
function clientWouldExpand(d: Dialect, template: string): boolean {
  return parseValue(template).parts.some((p) =>
    p.type === 'text' ? d.wouldExpand(p.text) : d.wouldExpand(p.raw.slice(2, -1)),
  );
}

/** The value in the client's syntax, or null when the client cannot resolve it itself. */
function nativeOf(d: Dialect, field: Field, value: string): string | null {
  // no reference and no escape: the text itself, as the parse below would give it (most values of most servers)
  if (!value.includes('$')) {
    if (value === '' || !d.expands.has(field) || (d.marker !== undefined && !value.includes(d.marker))) return value;
    return d.wouldExpand(value) ? null : value;
  }
  const parsed = parseValue(value);
  let out = '';
  for (const part of parsed.parts) {
    if (part.type === 'text') {
      if (d.expands.has(field) && d.wouldExpand(part.text)) return null;
      out += part.text;
      continue;
    }
    const ref = refOf(d, field, part);
    if (ref === null) return null;
    out += ref;
  }
  return out;
}

function refOf(d: Dialect, field: Field, part: Extract<Part, { type: 'ref' }>): string | null {
  if (!d.expands.has(field)) return null;
  const [first, second, ...rest] = part.chain;
  if (first?.kind !== 'env' || rest.length) return null;
  if (second === undefined) return d.envRef(first.name, null);
  return second.kind === 'value' ? d.envRef(first.name, second.value) : null;
}

function refHint(d: Dialect, field: Field, value: string): string {
  const parsed: ParsedValue = parseValue(value);
  const literal = parsed.parts.find((p) => p.type === 'text' && d.expands.has(field) && d.wouldExpand(p.text));
  if (literal?.type === 'text')
    return `the literal text "${literal.text}" would be expanded by ${d.title} itself, which has no way to escape it in ${field}: write the value it should become, or leave ${d.title} out of this server's targets`;
  const secret = parsed.parts.some((p) => p.type === 'ref' && p.chain.some((r) => r.kind === 'secret'));
  if (secret && field === 'headers')
    return `${d.title} has no way to run a command for a header's value: use an environment variable (\${env:NAME}, set where ${d.title} starts), or leave ${d.title} out of this server's targets`;
  if (secret)
    return `${d.title} cannot read mcpctl's secret store in ${field}: use \${env:NAME}, or leave ${d.title} out of this server's targets`;
  if (d.expands.has(field) && parsed.parts.some((p) => p.type === 'text' && d.wouldExpand(p.text)))
    return `${d.title} would read part of this text as a variable in ${field}, and has no escape for it: write \${env:NAME} if you mean a variable, or leave ${d.title} out of this server's targets`;
  if (!d.expands.has(field))
    return `${d.title} expands no references in ${field}: use a literal, or leave ${d.title} out of this server's targets`;
  const chained = parsed.parts.some((p) => p.type === 'ref' && p.chain.length > 1);
  if (chained && d.envRef('X', 'd') === null)
    return `${d.title} has no fallback for a reference (\${env:A | value:d}, \${env:A | env:B}) in ${field}: use \${env:NAME} alone and set it where ${d.title} starts, or leave ${d.title} out of this server's targets`;
  return `${d.title} reads one variable per reference (\${env:NAME}${d.envRef('X', 'd') ? ', with a fallback value' : ''}): simplify the reference, or leave ${d.title} out of this server's targets`;
}

/** What a client has no key for: tool filters are refused (dropping one would expose tools), timeouts are warned. */
export function unsupportedOptions(
  d: Pick<Dialect, 'title'>,
  name: string,
  s: Server,
  report: Report,
  has: { enabledTools?: boolean; disabledTools?: boolean; startupTimeout?: boolean; toolTimeout?: boolean },
): void {
  const base = ['servers', name];
  const leaveOut = `leave ${d.title} out of this server's targets (exclude_targets)`;
  if (s.enabled_tools !== undefined && !has.enabledTools)
    report(
      [...base, 'enabled_tools'],
      'enabled_tools',
      `${d.title} cannot limit a server's tools in its file, and without the limit it would offer every tool: ${leaveOut}`,
    );
  if (s.disabled_tools !== undefined && !has.disabledTools)
    report(
      [...base, 'disabled_tools'],
      'disabled_tools',
      `${d.title} cannot hide a server's tools in its file${has.enabledTools ? ' (only list the ones it may use, with enabled_tools)' : ''}: ${leaveOut}`,
    );
  if (s.startup_timeout_sec !== undefined && !has.startupTimeout)
    report(
      [...base, 'startup_timeout_sec'],
      'startup_timeout_sec',
      `${d.title} has no per-server startup timeout`,
      'warn',
    );
  if (s.tool_timeout_sec !== undefined && !has.toolTimeout)
    report([...base, 'tool_timeout_sec'], 'tool_timeout_sec', `${d.title} has no per-server tool timeout`, 'warn');
}
