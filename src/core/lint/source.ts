// What the lint rules look at: the servers of one file (mcp.yaml, or a Codex config.toml), in one shape,
// with a way to find where any of their values is in that file.
import type { SourceDoc } from '../load.js';
import type { McpFile } from '../generated/mcp-types.js';
import type { TomlTable } from '../toml/value.js';

export type RelPath = readonly (string | number)[];

export interface LintServer {
  name: string;
  command?: string | undefined;
  args?: string[] | undefined;
  env?: Record<string, string> | undefined;
  cwd?: string | undefined;
  url?: string | undefined;
  /** Literal HTTP headers (mcp.yaml `headers`, config.toml `http_headers`). */
  headers?: Record<string, string> | undefined;
  startupTimeoutSec?: number | undefined;
  toolTimeoutSec?: number | undefined;
  /** Every key written for this server (to spot keys of other clients in config.toml). */
  keys: string[];
  /** Where the value (or key) at a path inside this server is: 1-based line and column. */
  at(path: RelPath, part?: 'key' | 'value'): { line: number; col: number };
  /** Whether an offset in the file's text is inside this server (its name through its last value). */
  owns(offset: number): boolean;
  /** In a client's file: the server is started through mcpctl's launcher or bridge (command and url are the server's own). */
  through?: 'launcher' | 'bridge' | undefined;
}

export interface LintSource {
  file: string;
  text: string;
  kind: 'mcp.yaml' | 'config.toml' | 'client file';
  servers: LintServer[];
  /** The key that names the headers table in this kind of file. */
  headersKey: 'headers' | 'http_headers';
}

export function sourceFromSpec(spec: McpFile, doc: SourceDoc): LintSource {
  const servers: LintServer[] = Object.entries(spec.servers ?? {}).map(([name, s]) => ({
    name,
    command: s.command,
    args: s.args,
    env: s.env,
    cwd: s.cwd,
    url: s.url,
    headers: s.headers,
    startupTimeoutSec: s.startup_timeout_sec,
    toolTimeoutSec: s.tool_timeout_sec,
    keys: Object.keys(s),
    at: (path, part = 'value') => doc.locate(['servers', name, ...path], part),
    owns: ownsIn(() => doc.span(['servers', name])),
  }));
  return { file: doc.file, text: doc.text, kind: 'mcp.yaml', servers, headersKey: 'headers' };
}

/** A config.toml's servers; `locate` maps a full TOML key path to its position. */
export function sourceFromToml(
  file: string,
  text: string,
  servers: Map<string, { value: TomlTable; line: number; col: number; ranges?: Array<[number, number]> }>,
  locate: (path: RelPath, part: 'key' | 'value') => { line: number; col: number } | undefined,
): LintSource {
  const list: LintServer[] = [];
  for (const [name, { value: t, line, col, ranges = [] }] of servers) {
    list.push({
      name,
      command: str(t['command']),
      args: strArray(t['args']),
      env: strTable(t['env']),
      cwd: str(t['cwd']),
      url: str(t['url']),
      headers: strTable(t['http_headers']),
      startupTimeoutSec: num(t['startup_timeout_sec']) ?? msToSec(num(t['startup_timeout_ms'])),
      toolTimeoutSec: num(t['tool_timeout_sec']),
      keys: Object.keys(t),
      at: (path, part = 'value') => locate(['mcp_servers', name, ...path], part) ?? { line, col },
      owns: (offset) => ranges.some(([s, e]) => offset >= s && offset < e),
    });
  }
  return { file, text, kind: 'config.toml', servers: list, headersKey: 'http_headers' };
}

/**
 * The servers of another client's file (a JSON entry of any client's shape: `command` as a string with
 * `args`, or OpenCode's argv array; `url`, `serverUrl` or `httpUrl`; `env` or `environment`), each as the
 * server it starts: a line of mcpctl's launcher as the command it runs, mcpctl's bridge as the URL it
 * forwards to. Every value is placed at its entry (these readers keep the entry's position only).
 */
export function sourceFromEntries(
  file: string,
  text: string,
  servers: ReadonlyMap<string, { value: Record<string, unknown>; line: number; col: number }>,
  seeThrough: (argv: string[]) => { argv?: string[]; url?: string } | null,
): LintSource {
  const list: LintServer[] = [];
  for (const [name, { value: e, line, col }] of servers) {
    let argv = Array.isArray(e['command'])
      ? strArray(e['command'])
      : typeof e['command'] === 'string'
        ? [e['command'], ...(strArray(e['args']) ?? [])]
        : undefined;
    let url = str(e['url']) ?? str(e['serverUrl']) ?? str(e['httpUrl']);
    const inner = argv ? seeThrough(argv) : null;
    if (inner?.argv) argv = inner.argv;
    if (inner?.url) {
      url = inner.url;
      argv = undefined;
    }
    const through = inner?.url ? ('bridge' as const) : inner?.argv ? ('launcher' as const) : undefined;
    const [command, ...args] = argv ?? [];
    list.push({
      name,
      command,
      args: argv ? args : undefined,
      env: strTable(e['env']) ?? strTable(e['environment']),
      cwd: str(e['cwd']),
      url,
      headers: strTable(e['headers']),
      keys: Object.keys(e),
      at: () => ({ line, col }),
      owns: () => false,
      through,
    });
  }
  return { file, text, kind: 'client file', servers: list, headersKey: 'headers' };
}

/** Whether an offset lies in the span, found on the first question (a position costs mcp.yaml a second parse). */
function ownsIn(spanOf: () => [number, number] | undefined): (offset: number) => boolean {
  let span: [number, number] | undefined | null = null;
  return (offset) => {
    if (span === null) span = spanOf();
    return span !== undefined && offset >= span[0] && offset < span[1];
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function msToSec(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / 1000;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
function strArray(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}
function strTable(v: unknown): Record<string, string> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}
