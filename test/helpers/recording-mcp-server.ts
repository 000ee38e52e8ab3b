// A real MCP server over streamable HTTP on loopback, built on the official SDK (McpServer and its HTTP server
// transport), that records what reached it: every request's method and headers, the requests a client
// cancelled, the sessions it was asked to end. With `token`, a request without that bearer token gets a 401
// whose body repeats the Authorization header it got (a careless server's error page), to test masking.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CreateMessageResultSchema } from '@modelcontextprotocol/sdk/types.js';

export interface RecordingServer {
  url: string;
  seen: Array<{ method: string; headers: IncomingHttpHeaders }>;
  /** The tools/call ids whose handler saw the client's cancellation. */
  cancelled: Array<string | number>;
  /** Sessions ended by a client's DELETE. */
  ended: string[];
  /** Stops listening and drops every connection: the server is gone. */
  stop(): Promise<void>;
}

function tools(server: McpServer, endSession: () => void, cancelled: Array<string | number>): void {
  server.registerTool('whoami', { description: 'The Authorization header of this request' }, async (extra) => ({
    content: [{ type: 'text', text: String(extra.requestInfo?.headers['authorization'] ?? '') }],
  }));
  server.registerTool('wait', { description: 'Waits until the call is cancelled' }, async (extra) => {
    await new Promise<void>((resolve) => extra.signal.addEventListener('abort', () => resolve()));
    cancelled.push(extra.requestId);
    return { content: [{ type: 'text', text: 'cancelled' }] };
  });
  server.registerTool('steps', { description: 'Three progress notifications, then done' }, async (extra) => {
    const token = extra._meta?.progressToken;
    for (let i = 1; i <= 3; i++) {
      if (token !== undefined)
        await extra.sendNotification({
          method: 'notifications/progress',
          params: { progressToken: token, progress: i, total: 3 },
        });
      // a moment between messages, as a real server's work takes: the SDK's client handles a notification a
      // tick later than a response, so one read holding both would drop the progress (whatever the transport)
      await new Promise((r) => setTimeout(r, 20));
    }
    return { content: [{ type: 'text', text: 'done' }] };
  });
  server.registerTool('ask', { description: "Asks the client's model (sampling)" }, async (extra) => {
    const r = await extra.sendRequest(
      {
        method: 'sampling/createMessage',
        params: { messages: [{ role: 'user', content: { type: 'text', text: 'hello?' } }], maxTokens: 5 },
      },
      CreateMessageResultSchema,
    );
    return { content: [{ type: 'text', text: r.content.type === 'text' ? r.content.text : '' }] };
  });
  server.registerTool('bye', { description: 'Answers, then ends the session from the server side' }, async () => {
    setTimeout(endSession, 20);
    return { content: [{ type: 'text', text: 'bye' }] };
  });
}

/** `getStatus`: what a GET (the optional event stream) gets instead of the stream, e.g. 404 from an app with only a POST route. */
export async function recordingServer(opts: { token?: string; getStatus?: number } = {}): Promise<RecordingServer> {
  const seen: RecordingServer['seen'] = [];
  const cancelled: RecordingServer['cancelled'] = [];
  const ended: string[] = [];
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const http: Server = createServer(async (req, res) => {
    seen.push({ method: req.method ?? '', headers: req.headers });
    if (opts.token !== undefined && req.headers['authorization'] !== `Bearer ${opts.token}`) {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`unauthorized: got "${req.headers['authorization'] ?? ''}"`);
      return;
    }
    if (req.method === 'GET' && opts.getStatus !== undefined) {
      res.writeHead(opts.getStatus).end();
      return;
    }
    const id = req.headers['mcp-session-id'];
    let transport = typeof id === 'string' ? sessions.get(id) : undefined;
    if (typeof id === 'string' && !transport) {
      res.writeHead(404).end();
      return;
    }
    if (!transport) {
      const t = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (sid) => void sessions.set(sid, t),
        onsessionclosed: (sid) => {
          ended.push(sid);
          sessions.delete(sid);
        },
      });
      const server = new McpServer({ name: 'recording', version: '1.0.0' });
      tools(
        server,
        () => {
          if (t.sessionId) sessions.delete(t.sessionId);
          void t.close();
        },
        cancelled,
      );
      await server.connect(t);
      transport = t;
    }
    await transport.handleRequest(req, res);
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const a = http.address();
  const port = a !== null && typeof a === 'object' ? a.port : 0;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    seen,
    cancelled,
    ended,
    stop: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
