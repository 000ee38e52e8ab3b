// Crash and concurrency of an apply over several client files (Codex + Claude Code, Cursor and VS Code
// projects): SIGKILL at random moments leaves every file with exactly its old or its new bytes, and the next
// apply repairs the rest; two applies at once on overlapping files never mix (one waits or fails E_LOCKED or
// E_STALE_PLAN, and every shared file comes from the same apply).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { FOUR_FILES, fourClients } from './_tree.js';

function bigYaml(n: number, version: string): string {
  let y = '';
  for (let i = 0; i < n; i++)
    y += `  s${i}:\n    command: npx\n    args: ["-y", "pkg-${i}@${version}"]\n    env: { LEVEL: "${version}" }\n`;
  return fourClients(y);
}

function env(dir: string): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', HOME: dir, CODEX_HOME: join(dir, '.codex'), NO_COLOR: '1' };
}

function start(cwd: string, args: string[], home: string) {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: env(home), stdio: ['ignore', 'pipe', 'pipe'] });
}

function read(dir: string): string[] {
  return FOUR_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
}

test('applies to four files killed with SIGKILL at random moments: each file is old or new bytes; the next apply converges', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), bigYaml(60, '1.0.0'));
  writeFileSync(join(dir, 'b.yaml'), bigYaml(60, '2.0.0'));
  mkdirSync(join(dir, '.codex'));
  writeFileSync(join(dir, '.codex', 'config.toml'), '# user settings\nmodel = "gpt-5"\n');
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  const a = run('apply', '--yes', '-f', 'a.yaml');
  assert.is(a.code, 0, a.stderr);
  const textA = read(dir);
  // kill delays span one whole apply on this machine (how long one takes here, not an assertion)
  const t0 = Date.now();
  assert.is(run('apply', '--yes', '-f', 'b.yaml').code, 0);
  const span = Math.ceil((Date.now() - t0) * 1.1);
  const textB = read(dir);
  // seeded: a failure prints the seed and the delays; MCPCTL_TEST_SEED=<seed> replays the same delays
  const random = seededRandom();
  const delays: number[] = [];
  const replay = () =>
    `replay with MCPCTL_TEST_SEED=${random.seed}; kill delays (ms) so far (of ${span}): ${delays.join(',')}`;
  let killed = 0;
  let mixed = 0;
  try {
    for (let i = 0; i < 30; i++) {
      const next = read(dir)[0] === textA[0] ? 'b.yaml' : 'a.yaml';
      const child = start(dir, ['apply', '--yes', '-f', next], dir);
      const delay = random.int(span);
      delays.push(delay);
      const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const timer = setTimeout(() => {
        if (child.exitCode === null && child.kill('SIGKILL')) killed++;
      }, delay);
      await ended;
      clearTimeout(timer);
      const after = read(dir);
      for (const [k, f] of FOUR_FILES.entries())
        assert.ok(
          after[k] === textA[k] || after[k] === textB[k],
          `run ${i}: ${f} is neither its old nor its new bytes`,
        );
      if (new Set(after.map((t, k) => t === textA[k])).size > 1) mixed++;
    }
    assert.ok(killed > 3, `only ${killed} runs were killed: the delays do not reach into apply`);
    // one more run repairs what killed runs left behind: every file as a.yaml says, and nothing left to do
    const fix = run('apply', '--yes', '-f', 'a.yaml');
    assert.is(fix.code, 0, fix.stderr);
    assert.equal(read(dir), textA);
    const plan = run('plan', '--detailed-exitcode', '-f', 'a.yaml');
    assert.is(plan.code, 0, `plan after the repair: ${plan.stdout}${plan.stderr}`);
    for (const d of [dir, join(dir, '.codex'), join(dir, '.cursor'), join(dir, '.vscode')]) {
      assert.equal(
        readdirSync(d).filter((f) => f.includes('mcpctl-tmp')),
        [],
      );
      // a lock left by a killed run is stale (its process is gone) and was recovered by the repair above; what
      // must never remain is a lock of a live process (that would block every later apply)
      for (const f of readdirSync(join(d, '.mcpctl')).filter((x) => x.includes('.lock'))) {
        const text = readFileSync(join(d, '.mcpctl', f), 'utf8');
        const pid = Number(/"pid":\s*(\d+)/.exec(text)?.[1] ?? 0);
        let alive = false;
        try {
          process.kill(pid, 0);
          alive = pid > 0;
        } catch {
          alive = false;
        }
        assert.not.ok(alive, `${join(d, '.mcpctl', f)} is held by a live process: ${text}`);
        console.error(`note: a stale lock remains after the repair (recovered on the next run): ${f} ${text.trim()}`);
      }
    }
    // how many runs were cut between two files (informative: any number is correct)
    if (process.env['MCPCTL_TEST_VERBOSE'])
      console.log(`killed ${killed} (delays up to ${span} ms), left mixed ${mixed}`);
  } catch (e) {
    console.error(`\n${replay()}`);
    throw e;
  }
});

test('two applies at once on overlapping files: each applied or E_LOCKED/E_STALE_PLAN, never a mix', async () => {
  // Codex and Cursor (user scope) are shared by both projects; each project has its own VS Code file
  const home = tempDir();
  const spec = (cmd: string) =>
    `version: 1\ntargets:\n  codex: {}\n  cursor: {scope: user}\n  vscode: {scope: project}\nservers:\n  s:\n    command: ${cmd}\n`;
  for (const p of ['p1', 'p2']) mkdirSync(join(home, p));
  for (let round = 0; round < 6; round++) {
    for (const p of ['p1', 'p2']) writeFileSync(join(home, p, 'mcp.yaml'), spec(`run-${round}-${p}`));
    const results = await Promise.all(
      ['p1', 'p2'].map(
        (p) =>
          new Promise<{ p: string; code: number | null; stderr: string }>((resolve) => {
            const c = start(join(home, p), ['apply', '--yes'], home);
            let stderr = '';
            c.stderr.on('data', (d) => (stderr += String(d)));
            c.on('exit', (code) => resolve({ p, code, stderr }));
          }),
      ),
    );
    for (const r of results)
      assert.ok(
        r.code === 0 || (r.code === 4 && /E_LOCKED|E_STALE_PLAN/.test(r.stderr)),
        `round ${round}: unexpected ${r.code} ${r.stderr}`,
      );
    const won = results.filter((r) => r.code === 0).map((r) => r.p);
    assert.ok(won.length >= 1, `round ${round}: one apply goes through`);
    const codex = readFileSync(join(home, '.codex', 'config.toml'), 'utf8');
    const cursor = readFileSync(join(home, '.cursor', 'mcp.json'), 'utf8');
    const from = (text: string) => /run-\d+-(p\d)/.exec(text)?.[1];
    assert.ok(codex.includes(`run-${round}-`), `round ${round}: Codex has this round's server`);
    assert.is(from(codex), from(cursor), `round ${round}: Codex and Cursor come from the same apply`);
    assert.ok(won.includes(from(codex) ?? ''), `round ${round}: from an apply that succeeded`);
  }
});

test.run();
