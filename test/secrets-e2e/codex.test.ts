// End to end: ${secret:...} in mcp.yaml → apply → the real Codex starts the server through mcpctl's launcher
// (stdio) or headers helper (HTTP), and the server gets the secret; no file mcpctl wrote holds it.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');

/** config.toml and everything mcpctl keeps beside it (state, backups, journal). */
function writtenByMcpctl(home: string): string[] {
  return [join(home, '.codex', 'config.toml'), ...allFiles(join(home, '.codex', '.mcpctl'))];
}

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...allFiles(p));
    else out.push(p);
  }
  return out;
}

function setUp() {
  const home = tempDir('mcpctl-e2e-');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (args: string[], input?: string) =>
    mcpctl(args, { cwd: home, env, ...(input !== undefined ? { input } : {}) });
  return { home, env, run };
}

test('stdio: the server started by Codex gets the secret through mcpctl exec; config and backups hold none', async () => {
  const { home, env, run } = setUp();
  const secret = `sk-proj-${rand(ALPHABET.alnum, 40)}`;
  assert.is(run(['secret', 'set', 'e2e/token'], secret).code, 0);
  const report = join(home, 'report.json');
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nservers:\n  reporter:\n    command: ${process.execPath}\n    args: ["${REPORTER}", "${report}", "API_TOKEN", "DSN", "PLAIN", "MCPCTL_SECRET_BACKEND"]\n    env:\n      API_TOKEN: \${secret:e2e/token}\n      DSN: "postgres://app:\${secret:e2e/token}@db/app"\n      PLAIN: visible\n`,
  );
  const apply = run(['apply', '--yes']);
  assert.is(apply.code, 0, apply.stderr);
  const status = await codexServerStatus(home, { MCPCTL_SECRET_BACKEND: 'file' });
  const reporter = status.find((s) => s.name === 'reporter');
  assert.ok(reporter, JSON.stringify(status));
  assert.is(reporter?.toolsError ?? null, null, reporter?.toolsError ?? '');
  assert.ok(
    Object.keys(reporter?.tools ?? {}).some((t) => t.includes('report_env')),
    JSON.stringify(reporter?.tools),
  );
  const got = JSON.parse(readFileSync(report, 'utf8'));
  assert.equal(got.env, {
    API_TOKEN: secret,
    DSN: `postgres://app:${secret}@db/app`,
    PLAIN: 'visible',
    MCPCTL_SECRET_BACKEND: null,
  });
  // nothing mcpctl wrote holds the secret, nor any output
  for (const f of writtenByMcpctl(home)) assert.not.ok(readFileSync(f, 'latin1').includes(secret), f);
  assert.not.ok(readFileSync(join(home, 'mcp.yaml'), 'utf8').includes(secret));
  assert.not.ok((apply.stdout + apply.stderr).includes(secret));
  void env;
});

test('a missing secret: apply refuses and names it; the launcher fails fast with the command to set it', () => {
  const { home, run } = setUp();
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nservers:\n  s:\n    command: node\n    args: ["x.js"]\n    env:\n      T: \${secret:nope/missing}\n`,
  );
  const apply = run(['apply', '--yes']);
  assert.is(apply.code, 1);
  assert.match(apply.stderr, /E_SECRET_MISSING/);
  assert.match(apply.stderr, /nope\/missing/);
  assert.match(apply.stderr, /mcpctl secret set nope\/missing/);
  const exec = run(['exec', '--server', 's', '--env', 'T=${secret:nope/missing}', '--', 'node', '-e', '0']);
  assert.is(exec.code, 1);
  assert.is(exec.stdout, '');
  // it says which store it opened and why, so a store the launcher cannot see is told from a missing secret
  assert.match(
    exec.stderr,
    /server "s": no value for \$\{secret:nope\/missing\} in the age file \S+secrets\.age \(MCPCTL_SECRET_BACKEND=file\)\n  hint: set it with: mcpctl secret set nope\/missing; if "mcpctl secret list" shows it/,
  );
});

test('the launcher passes stdio through, forwards signals and passes the exit code back; never writes to stdout itself', () => {
  const { run } = setUp();
  const echo = run(
    [
      'exec',
      '--env',
      'V=${env:HOME | value:x}',
      '--',
      process.execPath,
      '-e',
      'process.stdin.pipe(process.stdout); process.stdin.on("end", () => process.exit(7))',
    ],
    'hello\n',
  );
  assert.is(echo.code, 7);
  assert.is(echo.stdout, 'hello\n');
  assert.is(echo.stderr, '');
  const notFound = run(['exec', '--', 'definitely-not-a-command-xyz']);
  assert.is(notFound.code, 127);
  assert.is(notFound.stdout, '');
  assert.match(notFound.stderr, /command not found: definitely-not-a-command-xyz\n  searched PATH=/);
});

test('http: Codex sends the secret in Authorization through the headers helper', async () => {
  const { home, run } = setUp();
  const secret = `lin_api_${rand(ALPHABET.alnum, 40)}`;
  assert.is(run(['secret', 'set', 'e2e/linear'], secret).code, 0);
  const rec = await headerRecorder();
  const { seen } = rec;
  try {
    writeFileSync(
      join(home, 'mcp.yaml'),
      `version: 1\nservers:\n  remote:\n    url: ${rec.url}\n    headers:\n      Authorization: "Bearer \${secret:e2e/linear}"\n      X-Static: plain\n`,
    );
    const apply = run(['apply', '--yes']);
    assert.is(apply.code, 0, apply.stderr);
    const status = await codexServerStatus(home, { MCPCTL_SECRET_BACKEND: 'file' });
    assert.match(status.find((s) => s.name === 'remote')?.toolsError ?? '', /401/);
    assert.ok(seen.length > 0, 'Codex did not call the server');
    assert.is(seen[0]?.['authorization'], `Bearer ${secret}`);
    assert.is(seen[0]?.['x-static'], 'plain');
    for (const f of writtenByMcpctl(home)) assert.not.ok(readFileSync(f, 'latin1').includes(secret), f);
  } finally {
    rec.close();
  }
});

test.run();
