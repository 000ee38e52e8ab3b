// Crash and concurrency: SIGKILL at random moments never leaves a half-written config, and concurrent
// applies never interleave.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readTarget } from '../../src/core/toml/read-target.js';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/seeded-random.js';

function bigYaml(n: number, version: string): string {
  let y = 'version: 1\nservers:\n';
  for (let i = 0; i < n; i++)
    y += `  s${i}:\n    command: npx\n    args: ["-y", "pkg-${i}@${version}"]\n    env: { LEVEL: "${version}" }\n`;
  return y;
}

function start(dir: string, file: string) {
  return spawn(process.execPath, [BIN, 'apply', '--yes', '-f', file, '--config', join(dir, 'config.toml')], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

test('100 applies killed with SIGKILL at random moments: the target is always old or new bytes', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), bigYaml(300, '1.0.0'));
  writeFileSync(join(dir, 'b.yaml'), bigYaml(300, '2.0.0'));
  writeFileSync(join(dir, 'config.toml'), '# user settings\nmodel = "gpt-5"\n');
  // the two complete states every run alternates between
  const seed = mcpctl(['apply', '--yes', '-f', 'a.yaml', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(seed.code, 0, seed.stderr);
  const textA = readFileSync(join(dir, 'config.toml'), 'utf8');
  assert.is(mcpctl(['apply', '--yes', '-f', 'b.yaml', '--config', join(dir, 'config.toml')], { cwd: dir }).code, 0);
  const textB = readFileSync(join(dir, 'config.toml'), 'utf8');
  // seeded: a failure prints the seed and the delays; MCPCTL_TEST_SEED=<seed> replays the same delays
  const random = seededRandom();
  const delays: number[] = [];
  const replay = () => `replay with MCPCTL_TEST_SEED=${random.seed}; kill delays (ms) so far: ${delays.join(',')}`;
  let killed = 0;
  try {
    for (let i = 0; i < 100; i++) {
      const before = readFileSync(join(dir, 'config.toml'), 'utf8');
      const next = before === textA ? 'b.yaml' : 'a.yaml';
      const child = start(dir, next);
      const delay = random.int(400);
      delays.push(delay);
      const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const timer = setTimeout(() => {
        if (child.exitCode === null && child.kill('SIGKILL')) killed++;
      }, delay);
      await ended;
      clearTimeout(timer);
      const after = readFileSync(join(dir, 'config.toml'), 'utf8');
      assert.ok(after === textA || after === textB, `run ${i}: target is neither the old nor the new file`);
      readTarget(after, 'config.toml');
    }
    assert.ok(killed > 10, `only ${killed} runs were killed: the delays do not reach into apply`);
    // one more clean run removes what killed runs left behind
    assert.is(mcpctl(['apply', '--yes', '-f', 'a.yaml', '--config', join(dir, 'config.toml')], { cwd: dir }).code, 0);
    const leftovers = readdirSync(dir).filter((f) => f.includes('mcpctl-tmp'));
    assert.equal(leftovers, []);
    const lockLeft = readdirSync(join(dir, '.mcpctl')).filter((f) => f.includes('.lock'));
    assert.equal(lockLeft, []);
  } catch (e) {
    console.error(`\n${replay()}`);
    throw e;
  }
});

test('10 applies at once: each applied or E_LOCKED; final file is an intended result; each success has its backup', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'config.toml'), 'model = "gpt-5"\n');
  const files: string[] = [];
  for (let i = 0; i < 10; i++) {
    writeFileSync(join(dir, `m${i}.yaml`), `version: 1\nservers:\n  s:\n    command: run-${i}\n`);
    files.push(`m${i}.yaml`);
  }
  const results = await Promise.all(
    files.map(
      (f) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const c = start(dir, f);
          let stderr = '';
          c.stderr.on('data', (d) => (stderr += String(d)));
          c.on('exit', (code) => resolve({ code, stderr }));
        }),
    ),
  );
  const applied = results.filter((r) => r.code === 0).length;
  for (const r of results)
    assert.ok(
      r.code === 0 || (r.code === 4 && /E_LOCKED|E_STALE_PLAN/.test(r.stderr)),
      `unexpected: ${r.code} ${r.stderr}`,
    );
  assert.ok(applied >= 1);
  const final = readFileSync(join(dir, 'config.toml'), 'utf8');
  assert.match(final, /^model = "gpt-5"\n\n\[mcp_servers\.s\]\ncommand = "run-\d"\n$/);
  const backups = JSON.parse(
    mcpctl(['backups', '--json', '--config', join(dir, 'config.toml')], { cwd: dir }).stdout,
  ).backups;
  const writes = backups.filter(
    (b: { sha256: string | null; sha256_after: string | null }) => b.sha256 !== b.sha256_after,
  ).length;
  assert.ok(backups.length >= 1 && backups.length <= applied, `${backups.length} backups for ${applied} applies`);
  assert.ok(writes >= 1);
});

test.run();
