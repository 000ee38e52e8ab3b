// The paths that must start fast (--version, the pre-commit hook's `scan FILE...`, the launcher) load no
// Node module beyond what node itself has loaded: no ESM loader, no stream or socket modules. Checked
// with a preload script that records process.moduleLoadList, so a change that quietly puts the ESM
// loader or process.stdout back on these paths fails here rather than only in `npm run bench`.
// Also io/fd-output.ts, which these paths print through: complete writes through a slow pipe, and a
// reader that goes away ends the writing quietly.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

const dir = tempDir();
const PRELOAD = join(dir, 'preload.cjs');
writeFileSync(
  PRELOAD,
  `const fs = require('fs'); const before = new Set(process.moduleLoadList);
process.on('exit', () => fs.writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));
`,
);
writeFileSync(join(dir, 'clean.toml'), '[mcp_servers.gh]\ncommand = "npx"\nargs = ["-y", "pkg@1.0.0"]\n');
// a GitHub token shape built at run time, so this file holds none
const token = `ghp_${'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH3kM5'}`;
writeFileSync(join(dir, 'leak.toml'), `[mcp_servers.gh.env]\nGITHUB_TOKEN = "${token}"\n`);

/** Native modules a run of mcpctl loaded after a preload ran (the preload itself and node's bootstrap excluded). */
function loadedBy(args: string[]): { code: number; stdout: string; modules: string[] } {
  const out = join(dir, `modules-${args.join('-').replace(/[^a-z0-9]/gi, '_')}.txt`);
  const r = spawnSync(process.execPath, ['-r', PRELOAD, BIN, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, MODULES_OUT: out },
    encoding: 'utf8',
  });
  const modules = readFileSync(out, 'utf8')
    .split('\n')
    .filter((m) => m !== '');
  return { code: r.status ?? -1, stdout: r.stdout, modules };
}

/** What process.stdout (a stream; for a pipe, a socket) or the ESM loader would bring. */
const STDOUT_OR_ESM = /^NativeModule (net|tty|internal\/fs\/sync_write_stream|internal\/modules\/esm\/loader)$/;

test('--version loads nothing beyond node itself', () => {
  const r = loadedBy(['--version']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  assert.equal(r.modules, []);
});

test('scan of a clean file (the usual commit) loads nothing beyond node itself', () => {
  const r = loadedBy(['scan', 'clean.toml']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /no findings/);
  assert.equal(r.modules, []);
});

// a finding loads node:crypto for its fingerprint (and crypto loads the stream modules): a blocked commit
// may pay those few milliseconds, but still no stdout stream and no ESM loader
for (const format of ['pretty', 'json'] as const) {
  test(`scan of a file with a secret, --format ${format}: exit 1, no stdout stream, no ESM loader`, () => {
    const r = loadedBy(['scan', '--format', format, 'leak.toml']);
    assert.is(r.code, 1);
    if (format === 'json') assert.is(JSON.parse(r.stdout).findings.length, 1);
    else assert.match(r.stdout, /secret\/github-pat/);
    assert.equal(
      r.modules.filter((m) => STDOUT_OR_ESM.test(m)),
      [],
      r.modules.join('\n'),
    );
  });
}

test('colour on a terminal only: plain through a pipe, painted on a pseudo-terminal (script)', () => {
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TERM: 'xterm' };
  const piped = spawnSync(process.execPath, [BIN, 'scan', 'leak.toml'], { cwd: dir, env, encoding: 'utf8' });
  assert.is(piped.status, 1);
  assert.match(piped.stdout, /secret\/github-pat/);
  assert.not.match(piped.stdout, /\u001b\[/);
  const command = [process.execPath, BIN, 'scan', 'leak.toml'].map((a) => `'${a}'`).join(' ');
  const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, env, encoding: 'utf8' });
  assert.is(tty.status, 1, tty.stderr);
  assert.match(tty.stdout, /\u001b\[31merror\u001b\[39m/);
});

test('the launcher starts without the ESM loader', () => {
  const r = loadedBy(['exec', '--', process.execPath, '-e', '0']);
  assert.is(r.code, 0);
  assert.not.ok(r.modules.includes('NativeModule internal/modules/esm/loader'), r.modules.join('\n'));
});

test('bin/mcpctl.js, the entry earlier configs name, still runs the launcher and the headers helper', () => {
  const legacy = join(ROOT, 'bin', 'mcpctl.js');
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TEAM: 'blue' };
  const exec = spawnSync(
    process.execPath,
    [legacy, 'exec', '--env', 'WHO=${env:TEAM}', '--', process.execPath, '-e', 'process.stdout.write(process.env.WHO)'],
    { env, encoding: 'utf8' },
  );
  assert.is(exec.status, 0, exec.stderr);
  assert.is(exec.stdout, 'blue');
  const headers = spawnSync(process.execPath, [legacy, 'headers', '--header', 'X-Team=team-${env:TEAM}'], {
    env,
    encoding: 'utf8',
  });
  assert.is(headers.status, 0, headers.stderr);
  assert.equal(JSON.parse(headers.stdout), { 'X-Team': 'team-blue' });
});

// fd-output: a child writes through it; the parent reads slowly, or not at all
const WRITER = `import { fdOutput } from ${JSON.stringify(join(ROOT, 'src/io/fd-output.ts'))};
const out = fdOutput(1);
const line = 'x'.repeat(1023) + '\\n';
for (let i = 0; i < Number(process.argv[1]); i++) out.write(line);
process.stderr.write('wrote all\\n');`;

function writer(lines: number) {
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER, String(lines)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

test('fdOutput delivers every byte through a pipe that a slow reader drains', async () => {
  const child = writer(4096); // 4 MiB: far more than a pipe holds
  let bytes = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    bytes += d.length;
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 1);
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  assert.is(code, 0, stderr);
  assert.is(bytes, 4096 * 1024);
  assert.is(stderr, 'wrote all\n');
});

test('fdOutput stops quietly when the reader goes away (EPIPE)', async () => {
  const child = writer(4096);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on('close', done));
  assert.is(code, 0, stderr);
  assert.is(stderr, 'wrote all\n');
});

test.run();
