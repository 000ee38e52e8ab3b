// The remote side of `mcpctl proxy`: the SDK's client transport for a server's URL, streamable HTTP (the
// current transport) or SSE (the one before it), sending the given headers with every request. Redirects are
// followed only within the URL's origin (the SDK's default), so the headers never reach another host.
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';

/** The remote side: a client transport of the SDK (streamable HTTP or SSE). */
export interface Remote extends Transport {
  terminateSession?(): Promise<void>;
}

export type RemoteKind = 'http' | 'sse';

export async function remoteTransport(url: URL, headers: Record<string, string>, kind: RemoteKind): Promise<Remote> {
  if (kind === 'http') return new StreamableHTTPClientTransport(url, { requestInit: { headers }, fetch: eraHeaders });
  const { SSEClientTransport } = await import('@modelcontextprotocol/sdk/client/sse.js');
  return new SSEClientTransport(url, { requestInit: { headers } });
}

const PROTOCOL_META = 'io.modelcontextprotocol/protocolVersion';

/**
 * A request of the 2026-07-28 era names its protocol version in its `_meta`; over HTTP the same must travel as
 * headers (MCP-Protocol-Version, Mcp-Method, and Mcp-Name for a call by name), which this SDK's transport
 * knows nothing of: they are set from the message itself, as the newer SDK does, so a client of that era
 * reaches a server of that era through the bridge. A message without the claim goes as it is.
 */
const eraHeaders = (url: string | URL, init?: RequestInit): Promise<Response> => {
  if (init?.method !== 'POST' || typeof init.body !== 'string' || !init.body.includes(PROTOCOL_META))
    return fetch(url, init);
  let msg: { method?: unknown; params?: { _meta?: Record<string, unknown>; name?: unknown; uri?: unknown } };
  try {
    msg = JSON.parse(init.body);
  } catch {
    return fetch(url, init);
  }
  const version = msg.params?._meta?.[PROTOCOL_META];
  if (typeof version !== 'string' || typeof msg.method !== 'string') return fetch(url, init);
  const headers = new Headers(init.headers);
  headers.set('mcp-protocol-version', version);
  headers.set('mcp-method', msg.method);
  const name = msg.method === 'resources/read' ? msg.params?.uri : msg.params?.name;
  if (typeof name === 'string' && /^[\x20-\x7e]*$/.test(name)) headers.set('mcp-name', name);
  return fetch(url, { ...init, headers });
};
