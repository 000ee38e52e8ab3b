// A loopback HTTP server that records the headers of every request and answers 401: what Codex (or a probe)
// sent to a remote server, without a real one.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

export interface HeaderRecorder {
  url: string;
  seen: IncomingHttpHeaders[];
  close: () => void;
}

export async function headerRecorder(): Promise<HeaderRecorder> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.statusCode = 401;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  const port = a !== null && typeof a === 'object' ? a.port : 0;
  return { url: `http://127.0.0.1:${port}/mcp`, seen, close: () => server.close() };
}
