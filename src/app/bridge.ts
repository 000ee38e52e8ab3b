// The bridge of `mcpctl proxy`: every message of the local client (stdio) goes to the remote server and every
// message of the server comes back, unchanged — requests, responses, notifications (progress, cancellation,
// logging) and the server's own requests (sampling, elicitation, roots). It adds only what a transport cannot
// know by itself: the protocol version the initialize response names (sent as a header from then on), an
// error response for a request the server could not be reached with (so no client waits forever), and the end:
// when either side closes, the other is closed too.
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Remote } from '../io/remote-transport.js';

export interface BridgeOptions {
  /** The server's address as people may see it (no secret in it). */
  where: string;
  /** Masks every secret value in a text meant for a person or the client. */
  redact(text: string): string;
  /** One line for the person looking at the client's log (stderr). */
  log(line: string): void;
  /** Whether the server still answers at all (after a response stream broke off): null, or why not (an error). */
  reachable?(): Promise<unknown>;
}

/** How the bridge ended: who closed, the exit code, and why (redacted). */
export interface BridgeEnd {
  side: 'client' | 'server';
  code: number;
  reason: string;
}

/** JSON-RPC's "server error" range: the SDK's own code for a closed connection. */
export const BRIDGE_ERROR = -32000;

type Id = string | number;

export interface Bridge {
  /** Resolves once, when either side has closed and the other has been closed. */
  done: Promise<BridgeEnd>;
  /** The local side went away (stdin ended, stdout closed): end the session and stop. */
  clientClosed(reason: string): void;
}

export async function startBridge(local: Transport, remote: Remote, opts: BridgeOptions): Promise<Bridge> {
  /** The client's requests the server has not answered yet, by id: answered with an error if it goes away. */
  const pending = new Map<Id, string>();
  let initializeId: Id | undefined;
  /** Messages wait for the handshake's messages to be sent: initialize's response carries the session id. */
  let gate: Promise<unknown> = Promise.resolve();
  /** Sends under way: what the client sent before it closed is still delivered. */
  const inflight = new Set<Promise<void>>();
  /** Errors a failed send reports itself (the transport's onerror sees them first). */
  const reported = new WeakSet<object>();
  let ended: BridgeEnd | null = null;
  /** The client closed: nothing more comes from it, what it asked is still answered (for a while). */
  let closing = false;
  let settled: () => void = () => {};
  let finish: (end: BridgeEnd) => void = () => {};
  const done = new Promise<BridgeEnd>((resolve) => (finish = resolve));

  const toClient = (msg: JSONRPCMessage) => {
    if (ended) return;
    local.send(msg).catch((e: unknown) => clientClosed(`cannot write to the client: ${describe(e, opts)}`));
  };

  const answered = (id: Id) => {
    pending.delete(id);
    if (!pending.size) settled();
  };

  const fail = (id: Id, text: string) => {
    answered(id);
    toClient({ jsonrpc: '2.0', id, error: { code: BRIDGE_ERROR, message: `mcpctl proxy: ${text}` } });
  };

  const end = async (e: BridgeEnd) => {
    if (ended) return;
    if (e.side === 'server') for (const id of [...pending.keys()]) fail(id, e.reason);
    ended = e;
    if (e.side === 'client') {
      // a session the server keeps for us is ended politely, but never waited on for long
      await Promise.race([
        remote.terminateSession?.().catch(() => {}),
        new Promise((r) => setTimeout(r, 2000).unref()),
      ]);
    }
    await remote.close().catch(() => {});
    await local.close().catch(() => {});
    finish(e);
  };

  const clientClosed = (reason: string) => {
    if (closing || ended) return;
    closing = true;
    // deliver what was sent before the end, and its answers, for at most DRAIN_MS
    const drained = (async () => {
      await gate;
      await Promise.allSettled([...inflight]);
      if (pending.size) await new Promise<void>((r) => (settled = r));
    })();
    void Promise.race([drained, new Promise((r) => setTimeout(r, DRAIN_MS).unref())]).then(() =>
      end({ side: 'client', code: 0, reason }),
    );
  };

  const serverProblem = (e: unknown, id: Id | undefined, fromSend: boolean) => {
    if (e !== null && typeof e === 'object') reported.add(e);
    // the bridge's own aborts while it ends are not the server's doing
    if (ended || (closing && isAbort(e))) return;
    const text = describe(e, opts);
    const fatal = fatalReason(e, remote, opts, fromSend);
    // the server answered the request with a JSON-RPC error in an HTTP error (a 400 of the 2026-07-28 era):
    // that answer is the client's, masked
    const own = id !== undefined && !fatal ? jsonRpcErrorIn(e, opts) : null;
    if (id !== undefined && own) {
      answered(id);
      toClient({ jsonrpc: '2.0', id, error: own });
      return;
    }
    if (id !== undefined && !fatal) fail(id, text);
    opts.log(`mcpctl proxy: ${text}`);
    if (fatal) void end({ side: 'server', code: 1, reason: fatal });
    else if (!fromSend && /SSE stream disconnected/.test(String((e as Error)?.message)) && opts.reachable)
      // a response stream broke off: if the server is gone, what waits for it is answered now
      void opts.reachable().then((why) => {
        if (why !== null)
          void end({
            side: 'server',
            code: 1,
            reason: `cannot reach ${opts.where} (${networkCode(why) ?? 'no answer'})`,
          });
      });
  };

  const send = (msg: JSONRPCMessage): Promise<void> => {
    const id = isRequest(msg) ? msg.id : undefined;
    const p = remote.send(msg).catch((e: unknown) => serverProblem(e, id, true));
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    return p;
  };

  local.onmessage = (msg: JSONRPCMessage) => {
    if (ended) return;
    if (isRequest(msg)) pending.set(msg.id, msg.method);
    // a request the client gave up: the server's answer, if any, still passes, but nothing is owed for it
    if ('method' in msg && msg.method === 'notifications/cancelled') {
      const cancelled = (msg.params as { requestId?: unknown } | undefined)?.requestId;
      if (typeof cancelled === 'string' || typeof cancelled === 'number') answered(cancelled);
    }
    // initialize, then notifications/initialized: each sent before anything after it
    if ('method' in msg && (msg.method === 'initialize' || msg.method === 'notifications/initialized')) {
      if (msg.method === 'initialize' && 'id' in msg) initializeId = msg.id as Id;
      gate = gate.then(() => send(msg));
      return;
    }
    void gate.then(() => send(msg));
  };
  local.onerror = (e: Error) => opts.log(`mcpctl proxy: ignored a message from the client: ${describe(e, opts)}`);
  local.onclose = () => clientClosed('the client closed');

  remote.onmessage = (msg: JSONRPCMessage) => {
    if (isResponse(msg)) {
      const version = msg.id === initializeId ? protocolVersionOf(msg) : undefined;
      if (version) remote.setProtocolVersion?.(version);
      toClient(msg);
      answered(msg.id);
      return;
    }
    toClient(msg);
  };
  remote.onerror = (e: Error) => {
    // a failed send calls onerror, then rejects: leave it to the send, which knows the request
    setImmediate(() => {
      if (!reported.has(e)) serverProblem(e, undefined, false);
    });
  };
  remote.onclose = () => void end({ side: 'server', code: 1, reason: `${opts.where} closed the connection` });

  try {
    await remote.start();
  } catch (e) {
    const reason = `cannot connect to ${opts.where}: ${describe(e, opts)}`;
    ended = { side: 'server', code: 1, reason };
    return { done: Promise.resolve(ended), clientClosed: () => {} };
  }
  await local.start();
  return { done, clientClosed };
}

/** The JSON-RPC error a server put in the body of an HTTP error, with every secret in it masked; or null. */
function jsonRpcErrorIn(
  e: unknown,
  opts: Pick<BridgeOptions, 'redact'>,
): { code: number; message: string; data?: unknown } | null {
  if (!(e instanceof Error) || httpStatus(e) === undefined) return null;
  const at = e.message.indexOf('{');
  if (at < 0) return null;
  try {
    const body = JSON.parse(opts.redact(e.message.slice(at))) as {
      error?: { code?: unknown; message?: unknown; data?: unknown };
    };
    const err = body.error;
    if (!err || typeof err.code !== 'number' || !Number.isInteger(err.code) || typeof err.message !== 'string')
      return null;
    return { code: err.code, message: err.message, ...(err.data !== undefined ? { data: err.data } : {}) };
  } catch {
    return null;
  }
}

/** How long what the client sent before it closed may take to be answered. */
const DRAIN_MS = 5000;

function isAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || /aborted/i.test(e.message));
}

function isRequest(m: JSONRPCMessage): m is Extract<JSONRPCMessage, { method: string; id: Id }> {
  return 'method' in m && 'id' in m && (typeof m.id === 'string' || typeof m.id === 'number');
}

function isResponse(
  m: JSONRPCMessage,
): m is Extract<JSONRPCMessage, { id: Id }> & ({ result: unknown } | { error: unknown }) {
  return !('method' in m) && 'id' in m && ('result' in m || 'error' in m);
}

function protocolVersionOf(m: JSONRPCMessage): string | undefined {
  if (!('result' in m)) return undefined;
  const v = (m.result as { protocolVersion?: unknown }).protocolVersion;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Why the remote side counts as closed, or null for one failed message: the session ended (a 404 to a request
 * that carried it — not to the optional event stream), the server unreachable, the old SSE transport's stream
 * lost, or the event stream gone for good.
 */
function fatalReason(e: unknown, remote: Remote, opts: BridgeOptions, fromSend: boolean): string | null {
  const status = httpStatus(e);
  if (status === 404 && fromSend && remote.sessionId !== undefined) return `${opts.where} ended the session (HTTP 404)`;
  const net = networkCode(e);
  if (net && (fromSend || /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)$/.test(net)))
    return `cannot reach ${opts.where} (${net})`;
  if (e instanceof Error && /^SSE error:/.test(e.message)) return `${opts.where} closed its event stream (SSE)`;
  if (e instanceof Error && /^Maximum reconnection attempts/.test(e.message))
    return `${opts.where} closed its event stream and did not take it back`;
  return null;
}

/** An HTTP status the SDK's transport reports (its errors carry it as `code`). */
function httpStatus(e: unknown): number | undefined {
  if (!(e instanceof Error) || e.name === 'TypeError' || e.name === 'AbortError' || !('code' in e)) return undefined;
  const code = e.code;
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined;
}

/** The system error under a failed fetch (ECONNREFUSED, ECONNRESET, ENOTFOUND, …). */
function networkCode(e: unknown): string | null {
  let cur: unknown = e;
  for (let depth = 0; cur instanceof Error && depth < 4; depth++) {
    const code = (cur as NodeJS.ErrnoException).code;
    // undici's name for a kept-alive connection the server closed (it stopped, or restarted) says little
    if (code === 'UND_ERR_SOCKET') return 'the server closed the connection';
    if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR_/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return e instanceof TypeError && /fetch failed/.test(e.message) ? 'the request failed' : null;
}

/** One line about an error, with secrets masked (before its whitespace is folded) and a long answer cut. */
export function describe(e: unknown, opts: Pick<BridgeOptions, 'redact'>): string {
  const status = httpStatus(e);
  let text = opts
    .redact(e instanceof Error ? e.message : String(e))
    .replace(/\s+/g, ' ')
    .trim();
  if (status !== undefined) {
    const said = text
      .replace(/^Streamable HTTP error: |^SSE error: /, '')
      .replace(/^Error POSTing to endpoint:? ?/, '');
    text = `HTTP ${status}${said ? `: ${said}` : ''}`;
  }
  const cut = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  const hint =
    status === 401 || status === 403
      ? ' (the server refused the credentials: check the header values, e.g. "mcpctl secret set NAME")'
      : '';
  return cut + hint;
}
