// `mcpctl proxy`: a local (stdio) MCP server that is a remote one. The URL's and the headers' references are
// resolved at start, from the secret store and the environment, so a client that starts only local servers
// (Claude Desktop) or cannot resolve a secret in a header (Zed, Antigravity, …) reaches a remote server with
// no secret in its file. stdout carries protocol bytes only; everything else goes to stderr, masked.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { McpctlError } from '../core/errors.js';
import { decodeTemplate } from '../core/launcher-encoding.js';
import { remoteTransport } from '../io/remote-transport.js';
import type { RemoteKind } from '../io/remote-transport.js';
import type { StoreFlag } from '../io/secrets/pin.js';
import { redactor } from '../probe/redact.js';
import { startBridge } from './bridge.js';
import type { Bridge } from './bridge.js';
import { resolveAll } from './exec.js';

export interface ProxyArgs {
  /** The server's name in mcp.yaml (for messages and the secret store's audit log). */
  server: string | undefined;
  /** The URL, a template (${env:…}, ${secret:…}). */
  url: string;
  /** Each header's name and template. */
  headers: Array<[string, string]>;
  store: Map<StoreFlag, string>;
  transport: RemoteKind;
  /** The templates are written with "$" as %24 (and "%" as %25, "{" as %7B): see `mcpctl exec --encoded`. */
  encoded: boolean;
}

export interface ProxyIo {
  stdin: NodeJS.ReadableStream & { pause(): unknown };
  stdout: NodeJS.WritableStream;
  log(line: string): void;
}

/** The URL and the headers with every reference resolved, and the values to keep out of every message. */
export interface ResolvedRemote {
  url: URL;
  headers: Record<string, string>;
  /** The URL as messages show it: no query, no user info. */
  where: string;
  redact(text: string): string;
}

export async function resolveRemote(args: ProxyArgs): Promise<ResolvedRemote> {
  const plain = (t: string) => (args.encoded ? decodeTemplate(t) : t);
  const templates = [plain(args.url), ...args.headers.map(([, t]) => plain(t))];
  const r = await resolveAll(templates, args, `proxy${args.server ? ` ${args.server}` : ''}`);
  // every secret, whatever the URL and the headers took from the environment (a key in a path, a token in a
  // variable), and each header value that came from a reference, is masked
  const headerValues = r.values.slice(1).filter((_, i) => templates[i + 1] !== r.values[i + 1]);
  const redact = redactor([...r.secrets, ...r.envValues, ...headerValues]);
  const text = r.values[0] ?? '';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new McpctlError('E_USAGE', `--url is not a URL: "${redact(text).slice(0, 200)}"`, {
      hint: "give the server's full address, e.g. --url https://mcp.example.com/mcp",
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new McpctlError('E_USAGE', `--url must be an http or https URL, got ${url.protocol}`, {
      hint: 'a local server needs no proxy: give its command to the client (or to mcpctl exec)',
    });
  const headers: Record<string, string> = {};
  args.headers.forEach(([name], i) => (headers[name] = r.values[i + 1] ?? ''));
  return { url, headers, where: redact(`${url.origin}${url.pathname}`), redact };
}

/** Runs the bridge until either side closes; the exit code (0: the client closed; 1: the server went away). */
export async function runProxy(args: ProxyArgs, io: ProxyIo): Promise<number> {
  const remote = await resolveRemote(args);
  const transport = await remoteTransport(remote.url, remote.headers, args.transport);
  const local = new StdioServerTransport(io.stdin as never, io.stdout as never);
  // stopped while it still connects (the SSE transport's start): nothing to end yet, so it just exits
  let bridge: Bridge | null = null;
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, () => (bridge ? bridge.clientClosed(`stopped by ${s}`) : process.exit(0)));
  bridge = await startBridge(local, transport, {
    where: remote.where,
    redact: remote.redact,
    log: io.log,
    reachable: () => reachable(remote.url),
  });
  const up = bridge;
  io.stdin.on('end', () => up.clientClosed('the client closed stdin'));
  io.stdout.on('error', () => up.clientClosed('the client stopped reading'));
  const end = await up.done;
  if (end.side === 'server') io.log(`mcpctl proxy: ${end.reason}`);
  return end.code;
}

/** Whether anything answers at the URL (any HTTP status will do; 3 s at most): null, or the error. */
async function reachable(url: URL): Promise<unknown> {
  try {
    const res = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(3000) });
    await res.body?.cancel();
    return null;
  } catch (e) {
    return e;
  }
}
