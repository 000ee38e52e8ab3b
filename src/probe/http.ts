// Streamable HTTP (and legacy SSE, to say so when a server speaks only that) through the SDK's transports,
// with a fetch that records each response's status, type and first bytes for the diagnosis.
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Observed } from './types.js';

export type HttpRecord = Observed['http'][number];

const BODY_START = 300;

export function recordingFetch(records: HttpRecord[]): FetchLike {
  return async (url, init) => {
    const res = await fetch(url, init);
    const contentType = res.headers.get('content-type');
    const rec: HttpRecord = {
      method: init?.method ?? 'GET',
      url: String(url),
      status: res.status,
      contentType,
      wwwAuthenticate: res.headers.get('www-authenticate'),
      bodyStart: '',
    };
    records.push(rec);
    // read the start of a body the SDK will not parse as MCP (an error page, HTML); never a live event stream
    if (!res.ok || (contentType !== null && !/json|event-stream/i.test(contentType))) {
      rec.bodyStart = await res
        .clone()
        .text()
        .then((t) => t.slice(0, BODY_START))
        .catch(() => '');
    }
    return res;
  };
}

export function streamableTransport(url: string, headers: Record<string, string>, records: HttpRecord[]): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers }, fetch: recordingFetch(records) });
}

export function sseTransport(url: string, headers: Record<string, string>, records: HttpRecord[]): SSEClientTransport {
  return new SSEClientTransport(new URL(url), { requestInit: { headers }, fetch: recordingFetch(records) });
}
