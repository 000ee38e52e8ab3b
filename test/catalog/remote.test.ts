// Remote catalogs over a loopback HTTP server: fetched, verified, cached; offline runs use the last verified
// copy and never an unverified one; flaky, oversized and tampered answers are refused.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, mcpctlAsync, ROOT, tempDir } from '../helpers/cli.js';

type Mode = 'ok' | 'down' | 'oversized' | 'tampered' | 'hang';

async function setUp() {
  const dir = tempDir('mcpctl-remote-');
  const cat = join(dir, 'cat');
  cpSync(join(ROOT, 'fixtures', 'catalog', 'demo'), cat, { recursive: true });
  const env = { HOME: dir, MCPCTL_CATALOG_TIMEOUT_MS: '1500' };
  assert.is(mcpctl(['catalog', 'keygen', '--out', 'acme.key'], { cwd: dir, env }).code, 0);
  assert.is(mcpctl(['catalog', 'sign', 'cat', '--key', 'acme.key', '--name', 'acme'], { cwd: dir, env }).code, 0);
  const run = (...args: string[]) => mcpctlAsync(args, { cwd: dir, env });
  const state = { mode: 'ok' as Mode, requests: 0 };
  const server = createServer((req, res) => {
    state.requests++;
    const path = (req.url ?? '/').replace(/^\/catalog\//, '');
    if (state.mode === 'down') {
      res.statusCode = 503;
      res.end('maintenance');
      return;
    }
    if (state.mode === 'hang') return; // never answers
    if (state.mode === 'oversized' && path === 'index.json') {
      res.end('x'.repeat(2 * 1024 * 1024));
      return;
    }
    try {
      let body = readFileSync(join(cat, path));
      if (state.mode === 'tampered' && path.startsWith('templates/')) body = Buffer.from(body.toString().replace('1.2.0', '6.6.6'));
      res.setHeader('content-type', 'application/json');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/catalog/index.json`;
  const yaml = (extra: string) => writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ncatalogs:\n  - url: ${url}\n    trust: [acme.key.pub]\n${extra}servers:\n  d:\n    template: demo\n    with: { root: /srv, DEMO_TOKEN: "\${secret:demo/token}" }\n`);
  yaml('    allow_http: true\n');
  return { dir, run, state, server, yaml, url };
}

test('pull verifies and caches; offline runs use the verified copy with a warning', async () => {
  const { run, state, server } = await setUp();
  try {
    const pull = await run('catalog', 'pull');
    assert.is(pull.code, 0, pull.stderr);
    assert.match(pull.stdout, /catalog "acme" version 1, 2 templates verified and cached/);
    state.mode = 'down';
    const render = await run('render', '--config', 'c.toml');
    assert.is(render.code, 0, render.stderr);
    assert.match(render.stdout, /@acme\/demo-mcp@1\.2\.0/);
    const offline = await run('catalog', 'pull');
    assert.is(offline.code, 0, offline.stderr);
    assert.match(offline.stderr, /could not be fetched .*503.*; using the copy verified on/);
  } finally {
    server.close();
  }
});

test('a corrupt or future cache timestamp is a stale cache: refetched online, used with a clear warning offline, never an internal error', async () => {
  const { dir, run, state, server } = await setUp();
  try {
    assert.is((await run('catalog', 'pull')).code, 0);
    const root = join(dir, '.cache', 'mcpctl', 'catalogs');
    const stamp = join(root, readdirSync(root)[0] ?? '', 'fetched-at');
    writeFileSync(stamp, 'not a time');
    state.mode = 'down';
    const offline = await run('render', '--config', 'c.toml');
    assert.is(offline.code, 0, offline.stderr);
    assert.not.match(offline.stderr, /internal error|this is a bug/);
    assert.match(offline.stdout, /@acme\/demo-mcp@1\.2\.0/);
    const pull = await run('catalog', 'pull');
    assert.is(pull.code, 0, pull.stderr);
    assert.match(pull.stderr, /using the copy verified at an unknown time \(.*fetched-at is missing or corrupt; "mcpctl catalog pull" renews it\)/);
    state.mode = 'ok';
    for (const bad of ['garbage', '9999-01-01T00:00:00.000Z']) {
      writeFileSync(stamp, bad);
      const before = state.requests;
      const online = await run('render', '--config', 'c.toml');
      assert.is(online.code, 0, online.stderr);
      assert.ok(state.requests > before, `${bad}: the cache was refetched`);
      assert.ok(!Number.isNaN(Date.parse(readFileSync(stamp, 'utf8'))) && readFileSync(stamp, 'utf8') !== bad);
    }
  } finally {
    server.close();
  }
});

test('a tampered answer is refused and does not replace the verified cache', async () => {
  const { run, state, server } = await setUp();
  try {
    assert.is((await run('catalog', 'pull')).code, 0);
    state.mode = 'tampered';
    const r = await run('catalog', 'pull');
    assert.is(r.code, 3, r.stderr);
    assert.match(r.stderr, /E_CATALOG_HASH/);
    state.mode = 'down';
    assert.match((await run('render', '--config', 'c.toml')).stdout, /@acme\/demo-mcp@1\.2\.0/);
  } finally {
    server.close();
  }
});

test('no verified copy and no answer: refused; oversized and hanging answers are bounded', async () => {
  const { run, state, server } = await setUp();
  try {
    state.mode = 'down';
    const down = await run('render', '--config', 'c.toml');
    assert.is(down.code, 3, down.stderr);
    assert.match(down.stderr, /cannot fetch catalog .* and there is no verified copy/);
    state.mode = 'oversized';
    const big = await run('catalog', 'pull');
    assert.is(big.code, 3);
    assert.match(big.stderr, /more than the 1048576 (bytes )?allowed/);
    state.mode = 'hang';
    const t0 = Date.now();
    const hang = await run('catalog', 'pull');
    assert.is(hang.code, 3);
    assert.match(hang.stderr, /no answer within 1500 ms/);
    assert.ok(Date.now() - t0 < 20_000);
  } finally {
    server.close();
  }
});

test('plain http needs allow_http, and only for loopback', async () => {
  const { run, server, yaml } = await setUp();
  try {
    yaml('');
    const r = await run('catalog', 'pull');
    assert.is(r.code, 3);
    assert.match(r.stderr, /E_TRUST: catalog http:\/\/127\.0\.0\.1:\d+\/catalog\/index\.json is not served over https\n  hint: plain http is accepted only for loopback with allow_http: true/);
  } finally {
    server.close();
  }
});

test.run();
