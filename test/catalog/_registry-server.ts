// A loopback stand-in for the MCP Registry API v0.1 and for a site serving an MCP Server Card, with the shapes
// of modelcontextprotocol/registry's openapi.yaml (ServerResponse, ServerList, 404 `{error}`) and of the
// Server Card extension's examples (experimental-ext-server-card examples/ServerCard/valid/templated-remote).
//   GET /v0.1/servers/{name}/versions/{version|latest}   ServerResponse, or 404
//   GET /v0.1/servers/{name}/versions                    ServerList of its versions, newest first
//   GET /v0.1/servers?search=&limit=&version=latest      ServerList of the names containing `search`
//   GET /.well-known/mcp/server-card.json                the card, when one is set
// `misbehave` makes the next answers hostile: slow (headers after `delayMs`), a body that never ends, an answer
// larger than asked for, text that is not JSON, or HTTP 500 for the first `failures` requests.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

const OFFICIAL = 'io.modelcontextprotocol.registry/official';
const SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

export type Status = 'active' | 'deprecated' | 'deleted';

export interface Entry {
  server: Record<string, unknown>;
  status?: Status;
  statusMessage?: string;
}

export type Misbehaviour =
  | { kind: 'slow'; delayMs: number }
  | { kind: 'hang-body' }
  | { kind: 'oversized'; bytes: number }
  | { kind: 'malformed' }
  | { kind: 'fail'; failures: number };

export interface FakeRegistry {
  url: string;
  /** Request paths with their query, in order. */
  calls: string[];
  misbehave: Misbehaviour | null;
  card: unknown;
  close(): Promise<void>;
}

/** A ServerResponse as the registry answers it. */
function response(e: Entry, isLatest: boolean): Record<string, unknown> {
  return {
    server: { $schema: SCHEMA, ...e.server },
    _meta: {
      [OFFICIAL]: {
        status: e.status ?? 'active',
        ...(e.statusMessage ? { statusMessage: e.statusMessage } : {}),
        publishedAt: '2026-01-15T10:30:00Z',
        updatedAt: '2026-01-15T10:30:00Z',
        isLatest,
      },
    },
  };
}

/** `entries` in publication order: the last entry of a name is its latest version. */
export async function fakeRegistry(entries: Entry[]): Promise<FakeRegistry> {
  const byName = new Map<string, Entry[]>();
  for (const e of entries) {
    const name = String(e.server['name']);
    byName.set(name, [...(byName.get(name) ?? []), e]);
  }
  const state: FakeRegistry = {
    url: '',
    calls: [],
    misbehave: null,
    card: null,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const send = (res: ServerResponse, status: number, value: unknown, type = 'application/json') => {
    const m = state.misbehave;
    const body = JSON.stringify(value);
    if (m?.kind === 'fail' && m.failures > 0) {
      m.failures--;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Internal server error' }));
      return;
    }
    if (m?.kind === 'slow') {
      setTimeout(() => {
        if (!res.destroyed) {
          res.writeHead(status, { 'content-type': type });
          res.end(body);
        }
      }, m.delayMs).unref();
      return;
    }
    if (m?.kind === 'hang-body') {
      res.writeHead(status, { 'content-type': type });
      res.write(body.slice(0, 10)); // and never the rest
      return;
    }
    if (m?.kind === 'oversized') {
      res.writeHead(status, { 'content-type': type }); // no content-length: the reader must count
      res.end(`{"server":{"description":"${'x'.repeat(m.bytes)}"}}`);
      return;
    }
    if (m?.kind === 'malformed') {
      res.writeHead(status, { 'content-type': type });
      res.end('<html><body>Registry maintenance</body></html>');
      return;
    }
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
  const list = (items: Array<Record<string, unknown>>) => ({
    servers: items,
    metadata: { count: items.length },
  });
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    state.calls.push(`${url.pathname}${url.search}`);
    if (url.pathname === '/.well-known/mcp/server-card.json' || url.pathname === '/mcp/server-card') {
      if (state.card === null) return send(res, 404, { error: 'Not found' });
      return send(res, 200, state.card, 'application/mcp-server-card+json');
    }
    if (url.pathname === '/v0.1/servers') {
      const search = (url.searchParams.get('search') ?? '').toLowerCase();
      const limit = Number(url.searchParams.get('limit') ?? '30');
      const found = [...byName.entries()]
        .filter(([name]) => name.toLowerCase().includes(search))
        .flatMap(([, versions]) => {
          const shown = versions.filter((e) => e.status !== 'deleted');
          const latest = shown[shown.length - 1];
          return url.searchParams.get('version') === 'latest'
            ? latest
              ? [response(latest, true)]
              : []
            : shown.map((e) => response(e, e === latest));
        });
      return send(res, 200, list(found.slice(0, limit)));
    }
    // the name arrives URL-encoded as one path segment: io.github.acme%2Fweather
    const m = /^\/v0\.1\/servers\/([^/]+)\/versions(?:\/([^/]+))?$/.exec(url.pathname);
    const versions = m ? byName.get(decodeURIComponent(m[1] ?? '')) : undefined;
    if (!m || !versions) return send(res, 404, { error: 'Server not found' });
    const latest = versions[versions.length - 1];
    if (m[2] === undefined) return send(res, 200, list([...versions].reverse().map((e) => response(e, e === latest))));
    const version = decodeURIComponent(m[2]);
    const e = version === 'latest' ? latest : versions.find((x) => x.server['version'] === version);
    if (!e) return send(res, 404, { error: 'Server not found' });
    return send(res, 200, response(e, e === latest));
  };
  const server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return state;
}
