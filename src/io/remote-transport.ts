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
  if (kind === 'http') return new StreamableHTTPClientTransport(url, { requestInit: { headers } });
  const { SSEClientTransport } = await import('@modelcontextprotocol/sdk/client/sse.js');
  return new SSEClientTransport(url, { requestInit: { headers } });
}
