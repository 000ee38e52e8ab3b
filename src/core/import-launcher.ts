// import: reads back the lines mcpctl itself writes into config.toml — the launcher (`… mcpctl exec --server N
// --env K=TEMPLATE … -- COMMAND ARG…`), the headers helper (`… mcpctl headers --server N --header K=TEMPLATE`)
// and the bridge (`… mcpctl proxy --server N --url URL --header K=TEMPLATE`) — as the mcp.yaml values they
// came from. Recognised by the subcommand's grammar (src/cli/exec.ts), not by
// one path: where the launcher lives (npx cache, a global install, a versioned copy in the data folder,
// MCPCTL_LAUNCHER) differs between machines and versions. Pure.
import { decodeTemplate, ENCODED_FLAG } from './launcher-encoding.js';
import { splitArgs } from './split-args.js';

export interface LauncherLine {
  server: string | undefined;
  /** NAME → TEMPLATE, in mcp.yaml syntax (references as written, `$${` escapes kept). */
  env: Array<[string, string]>;
  /** Variables the server asked for itself (env_vars the launcher must not strip). */
  keep: Set<string>;
  /** Variables forwarded only for the launcher's templates, removed before the server starts: not the server's. */
  unset: Set<string>;
  /** With --templates the command and its arguments are templates; else literals. */
  templates: boolean;
  argv: string[];
}

/** Options the launcher knows; any other `--flag` (a later version's, e.g. where the store is) is skipped with its value. */
const VALUE_FLAGS = new Set(['--server', '--env', '--header', '--keep', '--unset']);
const BOOLEAN_FLAGS = new Set(['--templates', ENCODED_FLAG]);

/** `[command, ...args]` of a stdio server → the launcher invocation it is, or null when it is not mcpctl's launcher. */
export function readLauncher(words: readonly string[]): LauncherLine | null {
  return readInvocation(words, 'exec');
}

/** An http_headers_helper shell line → what mcpctl's headers helper was given, or null when it is another command. */
export function readHeadersHelper(line: string): LauncherLine | null {
  let words: string[];
  try {
    words = splitArgs(line, 'http_headers_helper');
  } catch {
    return null;
  }
  return readInvocation(words, 'headers');
}

function readInvocation(words: readonly string[], sub: 'exec' | 'headers'): LauncherLine | null {
  for (const rest of afterSubcommand(words, sub)) {
    const line = parseFlags(rest, sub);
    if (line) return line;
  }
  return null;
}

/** What follows each place `sub` could be mcpctl's subcommand in these words. */
function afterSubcommand(words: readonly string[], sub: string): Array<readonly string[]> {
  // the subcommand follows the program that is mcpctl (`node …/mcpctl.cjs exec`, `/opt/mcpctl exec`, `env A=b node … exec`),
  // perhaps after options of its own (`mcpctl.cjs --store-dir D exec`)
  const out: Array<readonly string[]> = [];
  for (let k = 1; k < words.length && k <= 8; k++)
    if (words[k] === sub && words.slice(Math.max(0, k - 4), k).some(names)) out.push(words.slice(k + 1));
  return out;
}

/** mcpctl's bridge to a remote server, as a local server's command line gives it. */
export interface ProxyLine {
  server: string | undefined;
  /** The URL and each header as mcp.yaml templates. */
  url: string;
  headers: Array<[string, string]>;
  transport: 'http' | 'sse';
}

/** The bridge an entry is (a local server whose command is `mcpctl proxy`), or null: what plan shows of it. */
export function bridgeOf(entry: { command?: unknown; args?: unknown }): ProxyLine | null {
  // a command line without the word "proxy" is none (asked of every entry a plan shows: no copies for them)
  const words = Array.isArray(entry.command) ? entry.command : entry.args;
  if (!Array.isArray(words) || !words.includes('proxy')) return null;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : []);
  // OpenCode writes the whole command line as one argv array
  if (Array.isArray(entry.command)) return readProxy(strings(entry.command));
  if (typeof entry.command !== 'string') return null;
  return readProxy([entry.command, ...strings(entry.args)]);
}

/** `[command, ...args]` of a local server → the `mcpctl proxy` it is, or null when it is another command. */
export function readProxy(words: readonly string[]): ProxyLine | null {
  for (const rest of afterSubcommand(words, 'proxy')) {
    const out: Omit<ProxyLine, 'url'> & { url: string | undefined } = {
      server: undefined,
      url: undefined,
      headers: [],
      transport: 'http',
    };
    let encoded = false;
    let ok = true;
    for (let i = 0; i < rest.length && ok; i++) {
      const a = rest[i] ?? '';
      if (a === ENCODED_FLAG) encoded = true;
      else if (!a.startsWith('--') || rest[i + 1] === undefined) ok = false;
      else {
        const value = rest[++i] ?? '';
        if (a === '--server') out.server = value;
        else if (a === '--url') out.url = value;
        else if (a === '--transport') out.transport = value === 'sse' ? 'sse' : 'http';
        else if (a === '--header') {
          const at = value.indexOf('=');
          if (at <= 0) ok = false;
          else out.headers.push([value.slice(0, at), value.slice(at + 1)]);
        } // any other option (where the store is, a later version's) says nothing about the server
      }
    }
    if (!ok || out.url === undefined) continue;
    const plain = (t: string) => (encoded ? decodeTemplate(t) : t);
    return { ...out, url: plain(out.url), headers: out.headers.map(([k, v]) => [k, plain(v)]) };
  }
  return null;
}

/** The word that runs mcpctl: a path or name with an "mcpctl" component (mcpctl, mcpctl.cjs, …/mcpctl/1.2.0/launcher.cjs). */
function names(word: string): boolean {
  return word.split(/[\\/]/).some((part) => /^mcpctl([.-]|$)|^@?mcpctl$/i.test(part));
}

function parseFlags(rest: readonly string[], sub: 'exec' | 'headers'): LauncherLine | null {
  const out: LauncherLine = {
    server: undefined,
    env: [],
    keep: new Set(),
    unset: new Set(),
    templates: false,
    argv: [],
  };
  let terminated = false;
  let encoded = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--') {
      out.argv = rest.slice(i + 1);
      terminated = true;
      break;
    }
    if (!a.startsWith('--')) return null; // before "--" every other word is an option's value
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (BOOLEAN_FLAGS.has(flag)) {
      if (flag === '--templates') out.templates = true;
      if (flag === ENCODED_FLAG) encoded = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (VALUE_FLAGS.has(flag) || (rest[i + 1] !== undefined && !(rest[i + 1] ?? '').startsWith('--')))
      value = rest[++i];
    if (!VALUE_FLAGS.has(flag)) continue; // an option of a later version (where the store is, …): not part of the server
    if (value === undefined) return null;
    if (flag === '--server') out.server = value;
    else if (flag === '--keep') out.keep.add(value);
    else if (flag === '--unset') out.unset.add(value);
    else if ((flag === '--env' && sub === 'exec') || (flag === '--header' && sub === 'headers')) {
      const at = value.indexOf('=');
      if (at <= 0) return null;
      out.env.push([value.slice(0, at), value.slice(at + 1)]);
    } else return null;
  }
  if (sub === 'exec' && (!terminated || out.argv.length === 0)) return null;
  if (sub === 'headers' && terminated) return null;
  if (encoded) {
    out.env = out.env.map(([k, v]) => [k, decodeTemplate(v)]);
    if (out.templates) out.argv = out.argv.map(decodeTemplate);
  }
  return out;
}
