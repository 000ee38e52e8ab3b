// Streamable HTTP (SDK 2's transport: both eras) and the legacy SSE (SDK 1's, to say so when a server speaks
// only that) through the SDK's transports,
// with a fetch that records each response's status, type and first bytes for the diagnosis, and caps what is
// read: a body (or, in an event stream, one event) larger than MAX_MESSAGE_BYTES is cut there, the stream
// fails, and `onTooLarge` is told, so the probe stops at once instead of buffering without end.
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Observed } from '../core/probe-types.js';

export type HttpRecord = Observed['http'][number];
export type TooLarge = NonNullable<Observed['tooLarge']>;

/** The largest response body, or single server-sent event, read from a server (one JSON-RPC message). */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const BODY_START = 300;
const NULL_BODY = new Set([204, 205, 304]);

function recordingFetch(records: HttpRecord[], onTooLarge: (t: TooLarge) => void = () => undefined): FetchLike {
  return async (url, init) => {
    const raw = await fetch(url, init);
    const contentType = raw.headers.get('content-type');
    const method = init?.method ?? 'GET';
    const rec: HttpRecord = {
      method,
      url: String(url),
      status: raw.status,
      contentType,
      wwwAuthenticate: raw.headers.get('www-authenticate'),
      bodyStart: '',
    };
    records.push(rec);
    const sse = contentType !== null && /event-stream/i.test(contentType);
    const res =
      raw.body === null || NULL_BODY.has(raw.status) || (raw.status >= 300 && raw.status < 400)
        ? raw
        : new Response(
            capped(raw.body, sse, () =>
              onTooLarge({
                what: `${sse ? 'one server-sent event' : 'the response body'} (HTTP ${raw.status}${contentType ? ` ${contentType.split(';')[0]}` : ''} to ${method} ${pathOf(url)})`,
                limitBytes: MAX_MESSAGE_BYTES,
              }),
            ),
            { status: raw.status, statusText: raw.statusText, headers: raw.headers },
          );
    // read the start of a body the SDK will not parse as MCP (an error page, HTML); never a live event stream
    if (!res.ok || (contentType !== null && !/json|event-stream/i.test(contentType)))
      rec.bodyStart = await startOf(res.clone());
    return res;
  };
}

/** The first BODY_START characters of a body; the rest is left unread (the stream is cancelled). */
async function startOf(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < BODY_START) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // cut at the cap, or the connection dropped: what was read is enough
  }
  // not awaited: cancelling one branch of a clone settles only once the other branch is done too
  reader.cancel().catch(() => undefined);
  return text.slice(0, BODY_START);
}

/**
 * The body, failing once it passes MAX_MESSAGE_BYTES: in total, or for an event stream since the last blank
 * line (the end of an event), so a long-lived stream of small events is fine and one endless event is not.
 */
function capped(body: ReadableStream<Uint8Array>, sse: boolean, onLimit: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let count = 0;
  let lastWasNewline = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let bytes: Uint8Array | undefined;
      try {
        ({ value: bytes } = await reader.read());
      } catch (e) {
        controller.error(e);
        return;
      }
      if (bytes === undefined) {
        controller.close();
        return;
      }
      if (!sse) count += bytes.length;
      else {
        for (const b of bytes) {
          if (b === 10) {
            if (lastWasNewline) count = 0;
            lastWasNewline = true;
          } else if (b !== 13) {
            lastWasNewline = false;
            count++;
          }
        }
      }
      if (count > MAX_MESSAGE_BYTES) {
        await reader.cancel().catch(() => undefined);
        controller.error(
          new Error(`response larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MiB: mcpctl stopped reading`),
        );
        onLimit();
        return;
      }
      controller.enqueue(bytes);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

function pathOf(url: string | URL): string {
  try {
    return new URL(String(url)).pathname;
  } catch {
    return '';
  }
}

export function streamableTransport(
  url: string,
  headers: Record<string, string>,
  records: HttpRecord[],
  onTooLarge?: (t: TooLarge) => void,
): StreamableHTTPClientTransport {
  return new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers },
    fetch: recordingFetch(records, onTooLarge),
  });
}

export function sseTransport(
  url: string,
  headers: Record<string, string>,
  records: HttpRecord[],
  onTooLarge?: (t: TooLarge) => void,
): SSEClientTransport {
  return new SSEClientTransport(new URL(url), { requestInit: { headers }, fetch: recordingFetch(records, onTooLarge) });
}
