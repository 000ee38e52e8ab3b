// Shared by the bridge tests: an official SDK client that starts `mcpctl proxy` as a stdio server (as Claude
// Desktop or Zed would), or speaks to the remote server directly, to compare.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CreateMessageRequestSchema, ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { BIN, tempDir } from '../helpers/cli.js';

export const ROOTS = [{ uri: 'file:///work/bridge-root', name: 'bridge-root' }];
export const SAMPLED = 'an answer from the client';

/** A client that answers the server's own requests (sampling, roots), as a real client does. */
export function answeringClient(): Client {
  const client = new Client(
    { name: 'bridge-test', version: '1.0.0' },
    { capabilities: { sampling: {}, roots: { listChanged: true } } },
  );
  client.setRequestHandler(CreateMessageRequestSchema, async () => ({
    role: 'assistant',
    content: { type: 'text', text: SAMPLED },
    model: 'test-model',
  }));
  client.setRequestHandler(ListRootsRequestSchema, async () => ({ roots: ROOTS }));
  return client;
}

export interface Proxied {
  client: Client;
  transport: StdioClientTransport;
  /** What the proxy wrote to stderr so far. */
  stderr: () => string;
  /** Resolves with the proxy's exit code once its process has ended. */
  exited: Promise<number | null>;
  pid: number;
  /** Why initialize failed (only with `refused: true`; otherwise a failure throws). */
  refused: Error | null;
}

/** `mcpctl proxy ARGS` started by an SDK client over stdio, connected (initialize done). */
export async function viaProxy(
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; script?: string; refused?: boolean } = {},
): Promise<Proxied> {
  const home = opts.env?.['HOME'] ?? tempDir('mcpctl-proxy-home-');
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [opts.script ?? BIN, 'proxy', ...args],
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? home,
    stderr: 'pipe',
  });
  let err = '';
  transport.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  // started here, so the child is known even when initialize fails (the SDK forgets it on close)
  await transport.start();
  transport.start = async () => undefined;
  // the SDK's transport keeps its child to itself: its exit code is what a client's log would show
  const child = (transport as unknown as { _process?: ChildProcess })._process;
  if (!child?.pid) throw new Error(`the proxy did not start: ${err}`);
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  const client = answeringClient();
  let refused: Error | null = null;
  await client.connect(transport).catch((e: Error) => {
    if (!opts.refused) throw e;
    refused = e;
  });
  return { client, transport, stderr: () => err, exited, pid: child.pid, refused };
}

/** A direct streamable HTTP client of the same server: what the proxy must be indistinguishable from. */
export async function direct(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = answeringClient();
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

export function alive(pid: number): boolean {
  try {
    // a zombie (exited, not yet reaped) counts as gone
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The command line of a running process, as `ps` shows it to every user of the machine. */
export function commandLine(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
}

/** Resolves true if `p` settles within `ms`. */
export async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<false>((r) => (timer = setTimeout(() => r(false), ms)));
  const settled = await Promise.race([
    p.then(
      () => true,
      () => true,
    ),
    t,
  ]);
  clearTimeout(timer);
  return settled;
}

/** `mcpctl proxy ARGS` on raw pipes: what a client that writes JSON-RPC lines itself sees. */
export function rawProxy(args: string[]): {
  child: ChildProcess & { stdin: NodeJS.WritableStream };
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
  /** Writes one line: a message, or text as it is. */
  send: (m: unknown) => void;
} {
  const child = spawn(process.execPath, [BIN, 'proxy', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    send: (m) => child.stdin.write(`${typeof m === 'string' ? m : JSON.stringify(m)}\n`),
  };
}

/** The initialize request of a client of the old era, as a raw line would carry it. */
export const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
};
