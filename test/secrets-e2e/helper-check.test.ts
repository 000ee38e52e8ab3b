// The apply-time (and plan-time) check of headers helpers: lines that differ only in server and headers run
// once for all; when that one fails, every line of its kind runs, so each failing server is named. The check
// creates nothing (no CODEX_HOME before a first apply).
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { helperProblems } from '../../src/app/helper-check.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { tempDir } from '../helpers/cli.js';

/** A stand-in for mcpctl's helper that notes each run, then prints no headers (or fails with `exit`). */
function fakeHelper(dir: string, exit: number): { path: string; runs: () => number } {
  const log = join(dir, 'runs.log');
  const path = join(dir, 'fake-mcpctl');
  writeFileSync(
    path,
    `#!/bin/sh\necho run >> '${log}'\n${exit ? `echo 'mcpctl headers: error E_SECRET_MISSING: gone' >&2; exit ${exit}` : "echo '{}'"}\n`,
  );
  chmodSync(path, 0o755);
  return { path, runs: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0) };
}

function tables(helper: string, n: number): Map<string, TomlTable> {
  const m = new Map<string, TomlTable>();
  for (let i = 0; i < n; i++)
    m.set(`s${i}`, {
      url: 'https://x.example/mcp',
      http_headers_helper: `${helper} headers --server s${i} --header 'X-Key=k-\${secret:team/k${i}}' --header 'X-Quote=it'\\''s'`,
    });
  m.set('plain', { url: 'https://y.example/mcp' });
  return m;
}

test('twelve lines of one kind: one run, no problem; CODEX_HOME is not created', async () => {
  const dir = tempDir();
  const fake = fakeHelper(dir, 0);
  const target = join(dir, 'codex-home', 'config.toml');
  assert.equal(
    await helperProblems(
      tables(fake.path, 12),
      target,
      { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir },
      [],
    ),
    [],
  );
  assert.is(fake.runs(), 1);
  assert.not.ok(existsSync(join(dir, 'codex-home')));
});

test('when the one run fails, every line of its kind runs and each failing server is named', async () => {
  const dir = tempDir();
  const fake = fakeHelper(dir, 3);
  const problems = await helperProblems(
    tables(fake.path, 12),
    join(dir, 'config.toml'),
    { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir },
    [],
  );
  assert.is(problems.length, 12);
  assert.ok(problems.every((p) => p.code === 'E_HELPER'));
  assert.equal(new Set(problems.map((p) => /server "(s\d+)"/.exec(p.message)?.[1])).size, 12);
  assert.is(fake.runs(), 12);
});

test.run();
