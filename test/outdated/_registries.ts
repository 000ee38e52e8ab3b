// One loopback server speaking the shapes of the registries outdated and upgrade read, as their documentation
// gives them: npm's abbreviated metadata (GET /{name}, scoped names as @scope%2fname), PyPI's JSON API
// (GET /pypi/{name}/json), and an OCI distribution registry behind an anonymous bearer token (GET /v2/ → 401
// with WWW-Authenticate, GET /token, GET /v2/{name}/tags/list, HEAD /v2/{name}/manifests/{tag}). Each package
// can misbehave on purpose: slow, a body that never ends, too large, not JSON, 500 before it answers.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';

export type Trouble = 'slow' | 'hang-body' | 'huge' | 'malformed' | 'flaky';

export interface NpmPackage {
  versions: Record<string, { deprecated?: string }>;
  latest?: string;
  trouble?: Trouble;
  /** The Authorization header this package wants (a private registry). */
  token?: string;
}

export interface PypiPackage {
  releases: Record<string, Array<{ yanked?: boolean; yanked_reason?: string | null }>>;
  trouble?: Trouble;
}

export interface OciImage {
  /** tag → digest */
  tags: Record<string, string>;
}

export interface Registries {
  url: string;
  /** Every request, as "METHOD path" (with the authorization header's presence). */
  requests: Array<{ method: string; path: string; auth: string | null }>;
  npm: Map<string, NpmPackage>;
  pypi: Map<string, PypiPackage>;
  oci: Map<string, OciImage>;
  /** Milliseconds before each answer (simulated latency). */
  latencyMs: number;
  /** The token service the OCI challenge names (default: this server's /token). */
  realm: string | null;
  close(): Promise<void>;
}

const TOKEN = 'oci-pull-token-for-tests';

export async function fakeRegistries(): Promise<Registries> {
  const flaky = new Set<string>();
  const reg: Registries = {
    url: '',
    requests: [],
    npm: new Map(),
    pypi: new Map(),
    oci: new Map(),
    latencyMs: 0,
    realm: null,
    close: () => new Promise((r) => server.close(() => r())),
  };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    reg.requests.push({ method: req.method ?? 'GET', path: req.url ?? '', auth: req.headers.authorization ?? null });
    setTimeout(() => answer(req, res), reg.latencyMs);
  });
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  };
  const trouble = (res: ServerResponse, t: Trouble | undefined, key: string): boolean => {
    if (t === 'slow') {
      hanging.add(res);
      setTimeout(() => json(res, 200, {}), 5_000).unref();
      return true;
    }
    if (t === 'hang-body') {
      hanging.add(res);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"versions": {');
      return true;
    }
    if (t === 'huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"versions": {"1.0.0": {}}, "pad": "${'x'.repeat(9 * 1024 * 1024)}"}`);
      return true;
    }
    if (t === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>not json</html>');
      return true;
    }
    if (t === 'flaky' && !flaky.has(key)) {
      flaky.add(key);
      json(res, 503, { error: 'try again' });
      return true;
    }
    return false;
  };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    let m: RegExpExecArray | null;
    if ((m = /^\/pypi\/([^/]+)\/json$/.exec(path))) {
      const name = decodeURIComponent(m[1] ?? '');
      const p = reg.pypi.get(name);
      if (!p) return json(res, 404, { message: 'Not Found' });
      if (trouble(res, p.trouble, `pypi:${name}`)) return;
      const versions = Object.keys(p.releases);
      return json(res, 200, { info: { name, version: versions[versions.length - 1] }, releases: p.releases });
    }
    if (path === '/v2/' || path === '/v2') {
      return json(
        res,
        401,
        { errors: [{ code: 'UNAUTHORIZED' }] },
        {
          'www-authenticate': `Bearer realm="${reg.realm ?? `${reg.url}/token`}",service="fake-registry"`,
        },
      );
    }
    if (path === '/token') return json(res, 200, { token: TOKEN });
    if ((m = /^\/v2\/(.+)\/(tags\/list|manifests\/([^/]+))$/.exec(path))) {
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return json(
          res,
          401,
          { errors: [{ code: 'UNAUTHORIZED' }] },
          {
            'www-authenticate': `Bearer realm="${reg.url}/token",service="fake-registry",scope="repository:${m[1]}:pull"`,
          },
        );
      const image = reg.oci.get(m[1] ?? '');
      if (!image) return json(res, 404, { errors: [{ code: 'NAME_UNKNOWN' }] });
      if (m[2] === 'tags/list') return json(res, 200, { name: m[1], tags: Object.keys(image.tags) });
      const digest = image.tags[decodeURIComponent(m[3] ?? '')];
      if (!digest) return json(res, 404, { errors: [{ code: 'MANIFEST_UNKNOWN' }] });
      res.writeHead(200, {
        'docker-content-digest': digest,
        'content-type': 'application/vnd.oci.image.index.v1+json',
      });
      return res.end();
    }
    // npm: /name or /@scope%2fname
    const name = decodeURIComponent(path.slice(1));
    const p = reg.npm.get(name);
    if (!p) return json(res, 404, { error: 'Not found' });
    if (p.token && req.headers.authorization !== `Bearer ${p.token}`) return json(res, 401, { error: 'auth required' });
    if (trouble(res, p.trouble, `npm:${name}`)) return;
    const versions = Object.fromEntries(
      Object.entries(p.versions).map(([v, meta]) => [v, { name, version: v, ...meta }]),
    );
    const latest = p.latest ?? Object.keys(p.versions).pop() ?? '';
    return json(res, 200, { name, 'dist-tags': { latest }, versions, modified: '2026-12-01T00:00:00.000Z' });
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  reg.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = reg.close;
  reg.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await close();
  };
  return reg;
}

/** A sha256 digest for tests, from a short seed. */
export function digest(seed: string): string {
  return `sha256:${seed.repeat(64).slice(0, 64)}`;
}

/**
 * A project folder holding mcp.yaml (and `files`), with the environment that points npm, PyPI and image lookups
 * at `reg` and reads no .npmrc of this machine's.
 */
export function registryProject(
  reg: Registries,
  yaml: string,
  opts: { files?: Record<string, string>; env?: Record<string, string> } = {},
): { cwd: string; home: string; env: Record<string, string> } {
  const cwd = tempDir('mcpctl-outdated-');
  const home = tempDir('mcpctl-home-');
  writeFileSync(join(cwd, 'mcp.yaml'), yaml);
  for (const [name, text] of Object.entries(opts.files ?? {})) writeFileSync(join(cwd, name), text);
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    CODEX_HOME: join(home, '.codex'),
    npm_config_userconfig: join(home, 'none.npmrc'),
    npm_config_registry: `${reg.url}/`,
    MCPCTL_PYPI_URL: `${reg.url}/pypi`,
    MCPCTL_OCI_REGISTRY: reg.url.replace('http://', ''),
    ...opts.env,
  };
  return { cwd, home, env };
}
