// Both MCP eras: servers built on the official SDK packages — 2026-07-28 only (server/discover, the
// initialize handshake refused), both eras, and the initialize era only (SDK 1) — over stdio and streamable
// HTTP. Each meets Codex's handshake first (initialize); one that refuses it as a server of the new era alone
// does is probed again in that era (its revision, tools and server info) and found out of Codex's reach. A
// strict server of the old era (exits unless the first message is initialize) is never sent anything else.
// No process is left behind.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fixture, freePort, home, NODE, server, testJson, testJsonAsync, yamlString } from './_helpers.js';

const ERA = yamlString(fixture('era-server.mjs'));
const MODES = ['modern', 'dual', 'legacy'] as const;

/** Era servers still running (their argv names the fixture and the marker). */
function leftOver(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('era-server.mjs') && l.includes(marker) && !/ Z/.test(l));
}

const expected = {
  modern: { era: 'modern', eras: ['modern'], protocol: '2026-07-28', status: 'fail', version: '2.4.0' },
  // Codex's initialize is served: the era Codex speaks with it (both answer the version Codex asks for)
  dual: { era: 'legacy', eras: null, protocol: '2025-06-18', status: 'ok', version: '2.4.0' },
  legacy: { era: 'legacy', eras: null, protocol: '2025-06-18', status: 'ok', version: '1.32.2' },
} as const;

test('stdio: each server probed in its era, with its revision, tools and server info; one that refuses initialize is out of Codex reach', () => {
  const marker = `m${process.pid}s`;
  const yaml = MODES.map(
    (m) => `  ${m}:\n    command: ${yamlString(NODE)}\n    args: [${ERA}, stdio, ${m}, ${marker}]\n`,
  );
  const { run } = home(`version: 1\nservers:\n${yaml.join('')}`);
  const { code, doc } = testJson(run);
  assert.is(code, 1, 'the modern-only server fails for Codex');
  for (const mode of MODES) {
    const s = server(doc, mode);
    const want = expected[mode];
    assert.is(s.era, want.era, mode);
    assert.equal(s.eras, want.eras, mode);
    assert.is(s.protocol_version, want.protocol, mode);
    assert.is(s.status, want.status, mode);
    assert.equal(s.tools?.names, [`era-${mode}-a`, `era-${mode}-b`], mode);
    assert.equal(s.server_info, { name: `era-${mode}`, version: want.version }, mode);
    // the legacy era has ping; the modern one has none, and was started a second time after the refusal
    assert.is(s.timings_ms['ping'] === null, want.era === 'modern', mode);
    assert.is(s.timings_ms['modern_retry'] !== null, want.era === 'modern', mode);
  }
  const mismatch = server(doc, 'modern').findings;
  assert.equal(
    mismatch.map((f) => [f.code, f.severity]),
    [['era-mismatch', 'error']],
  );
  assert.match(
    mismatch[0]?.message ?? '',
    /speaks only MCP 2026-07-28 .* refuses the initialize handshake, which Codex 0\.169\.0 opens every server with/,
  );
  assert.equal(server(doc, 'dual').findings, []);
  assert.equal(leftOver(marker), [], 'every server process ended');
  const text = run(['test']);
  assert.match(text.stdout, /dual +ok +stdio {2}2 tools, .*protocol 2025-06-18 \(legacy\), era-dual 2\.4\.0/);
  assert.match(text.stdout, /legacy +ok +stdio {2}2 tools, .*protocol 2025-06-18 \(legacy\), era-legacy 1\.32\.2/);
  assert.match(text.stdout, /modern +fail +stdio {2}2 tools, .*protocol 2026-07-28 \(modern only\)/);
});

test('a strict server of the initialize era (exits on any other first message) passes: it is sent initialize first', () => {
  const { run } = home(
    `version: 1\nservers:\n  strict:\n    command: ${yamlString(NODE)}\n    args: [${yamlString(fixture('strict-initialize.mjs'))}]\n`,
  );
  const { code, doc } = testJson(run);
  assert.is(code, 0, JSON.stringify(server(doc, 'strict').failure));
  assert.is(server(doc, 'strict').era, 'legacy');
  assert.equal(server(doc, 'strict').tools?.names, ['only']);
});

test('the modern retry keeps the time limit: a server that refuses initialize and never answers discover times out, nothing left', () => {
  const marker = `h${process.pid}m`;
  const { run } = home(
    `version: 1\nservers:\n  hang:\n    command: ${yamlString(NODE)}\n    args: [${yamlString(fixture('modern-hang.mjs'))}, ${marker}]\n`,
  );
  const t0 = Date.now();
  const { doc } = testJson(run, ['--timeout', '3']);
  const s = server(doc, 'hang');
  assert.is(s.failure?.kind, 'timeout', JSON.stringify(s.failure));
  assert.ok(s.timings_ms['modern_retry'] !== null, 'it was started a second time, in the modern era');
  assert.ok(Date.now() - t0 < 15_000, 'the deadline held');
  const left = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('modern-hang.mjs') && l.includes(marker) && !/ Z/.test(l));
  assert.equal(left, [], 'both starts ended');
});

test('streamable HTTP: the same three over loopback, each in its era', async () => {
  const servers: ChildProcess[] = [];
  try {
    const ports: Record<string, number> = {};
    for (const mode of MODES) {
      const port = await freePort();
      ports[mode] = port;
      const child = spawn(NODE, [fixture('era-server.mjs'), 'http', mode, String(port)], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      servers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stderr?.on('data', (d: Buffer) => /listening/.test(d.toString()) && resolve());
        child.once('exit', (c) => reject(new Error(`era-server http ${mode} exited ${c}`)));
      });
    }
    const yaml = MODES.map((m) => `  ${m}:\n    url: http://127.0.0.1:${ports[m]}/mcp\n`).join('');
    const { dir } = home(`version: 1\nservers:\n${yaml}`);
    const { code, doc } = await testJsonAsync(dir);
    assert.is(code, 1);
    for (const mode of MODES) {
      const s = server(doc, mode);
      const want = expected[mode];
      assert.is(s.transport, 'streamable-http', mode);
      assert.is(s.era, want.era, mode);
      assert.equal(s.eras, want.eras, mode);
      assert.is(s.protocol_version, want.protocol, mode);
      assert.is(s.status, want.status, mode);
      assert.equal(s.tools?.names, [`era-${mode}-a`, `era-${mode}-b`], mode);
    }
    assert.equal(
      server(doc, 'modern').findings.map((f) => f.code),
      ['era-mismatch'],
    );
  } finally {
    for (const c of servers) c.kill('SIGKILL');
  }
});

test.run();
