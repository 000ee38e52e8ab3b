// apply, backups and rollback end to end, through the built CLI.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

const MESSY =
  '\uFEFF# keep me\r\nmodel = "gpt-5"\r\n\r\n[mcp_servers.mine]\r\ncommand = \'C:\\tools\\mine.exe\'\r\n\r\n[tui]\r\nnotifications = true';
const SERVERS =
  'version: 1\nservers:\n  memory:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-memory@2026.8.31"]\n  web:\n    url: https://mcp.example.com/mcp\n    headers: { Authorization: "Bearer ${env:WEB_TOKEN}" }\n    codex: { tools: { fetch: { approval_mode: approve } } }\n';

function setUp(config: string | null, yaml = SERVERS) {
  const dir = tempDir();
  if (config !== null) writeFileSync(join(dir, 'config.toml'), config);
  writeFileSync(join(dir, 'mcp.yaml'), yaml);
  const run = (...args: string[]) => mcpctl([...args, '--config', join(dir, 'config.toml')], { cwd: dir });
  const read = () => readFileSync(join(dir, 'config.toml'), 'utf8');
  return { dir, run, read };
}

test('round trip: add then remove gives the original bytes; rollback after add does too', () => {
  const { dir, run, read } = setUp(MESSY);
  const add = run('apply', '--yes');
  assert.is(add.code, 0, add.stderr);
  const added = read();
  assert.ok(added.startsWith(MESSY.slice(0, 40)));
  assert.match(added, '[mcp_servers.memory]\r\n');
  assert.match(added, '[mcp_servers.web.tools.fetch]\r\n');

  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers: {}\n');
  const remove = run('apply', '--yes');
  assert.is(remove.code, 0, remove.stderr);
  assert.is(read(), MESSY);

  // rollback the removal → the added file; rollback again → the original
  const back = run('rollback', '--yes');
  assert.is(back.code, 0, back.stderr);
  assert.is(read(), added);
});

test('rollback right after the first add restores the original bytes and state', () => {
  const { run, read } = setUp(MESSY);
  assert.is(run('apply', '--yes').code, 0);
  const r = run('rollback', '--yes');
  assert.is(r.code, 0, r.stderr);
  assert.is(read(), MESSY);
  const plan = run('plan', '--json');
  const doc = JSON.parse(plan.stdout);
  assert.equal(
    doc.changes.map((c: { action: string }) => c.action),
    ['create', 'create'],
  );
});

test('a new target is created 0600 with its folder; backups are listed', () => {
  const { dir } = setUp(null);
  const target = join(dir, 'nested', 'config.toml');
  const r = mcpctl(['apply', '--yes', '--config', target], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.is(statSync(target).mode & 0o777, 0o600);
  const b = mcpctl(['backups', '--json', '--config', target], { cwd: dir });
  const doc = JSON.parse(b.stdout);
  assert.is(doc.backups.length, 1);
  assert.is(doc.backups[0].existed, false);
  assert.is(statSync(doc.backups[0].path).mode & 0o777, 0o600);
});

test('existing mode is kept; a symlinked config stays a symlink and its target is written', () => {
  const { dir } = setUp(null);
  const real = join(dir, 'dotfiles', 'codex.toml');
  mkdirSync(join(dir, 'dotfiles'));
  writeFileSync(real, 'model = "o3"\n');
  chmodSync(real, 0o640);
  const link = join(dir, 'config.toml');
  symlinkSync('dotfiles/codex.toml', link);
  const r = mcpctl(['apply', '--yes', '--config', link], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.match(readFileSync(real, 'utf8'), /^model = "o3"\n\n\[mcp_servers\.memory\]/);
  assert.is(statSync(real).mode & 0o777, 0o640);
});

test('without a terminal and without --yes nothing is written (exit 2)', () => {
  const { run, read } = setUp('model = "x"\n');
  const r = run('apply');
  assert.is(r.code, 2);
  assert.match(r.stderr, /--yes/);
  assert.match(r.stdout, /Plan: 2 to create/);
  assert.is(read(), 'model = "x"\n');
});

test('a saved plan applies only to the file it was made for (E_STALE_PLAN, exit 4)', () => {
  const { dir, run, read } = setUp('model = "x"\n');
  assert.is(run('plan', '--out', 'plan.json').code, 0);
  writeFileSync(join(dir, 'config.toml'), 'model = "y"\n');
  const stale = mcpctl(['apply', 'plan.json', '--yes'], { cwd: dir });
  assert.is(stale.code, 4, stale.stderr);
  assert.match(stale.stderr, /E_STALE_PLAN/);
  assert.is(read(), 'model = "y"\n');
  assert.is(run('plan', '--out', 'plan.json').code, 0);
  const ok = mcpctl(['apply', 'plan.json', '--yes'], { cwd: dir });
  assert.is(ok.code, 0, ok.stderr);
  assert.match(read(), /\[mcp_servers\.memory\]/);
  // the saved plan is 0600 and holds no absolute path of the user's home beyond the target
  assert.is(statSync(join(dir, 'plan.json')).mode & 0o777, 0o600);
});

test('drift: a hand edit of a managed server is reported, then overwritten after a warning', () => {
  const { dir, run, read } = setUp(null);
  assert.is(run('apply', '--yes').code, 0);
  writeFileSync(join(dir, 'config.toml'), read().replace('server-memory@2026.8.31', 'server-memory@latest'));
  const plan = run('plan');
  assert.match(plan.stdout, /~ update memory\s+\(args\)\s+\[drift: edited by hand/);
  const apply = run('apply', '--yes');
  assert.is(apply.code, 0);
  assert.match(apply.stderr, /overwriting 1 managed server/);
  assert.match(read(), /server-memory@2026\.8\.31/);
});

test('rollback refuses when the file was edited since the last apply, unless --force', () => {
  const { dir, run, read } = setUp('model = "x"\n');
  assert.is(run('apply', '--yes').code, 0);
  writeFileSync(join(dir, 'config.toml'), `${read()}\n# my edit\n`);
  const refused = run('rollback', '--yes');
  assert.is(refused.code, 4);
  assert.match(refused.stderr, /E_DRIFT/);
  assert.match(read(), /# my edit/);
  const forced = run('rollback', '--yes', '--force');
  assert.is(forced.code, 0, forced.stderr);
  assert.is(read(), 'model = "x"\n');
  // the edited file was backed up first: rolling back again returns it
  const again = run('rollback', '--yes');
  assert.is(again.code, 0, again.stderr);
  assert.match(read(), /# my edit/);
});

test('rollback --dry-run shows the diff and changes nothing', () => {
  const { run, read } = setUp('model = "x"\n');
  assert.is(run('apply', '--yes').code, 0);
  const before = read();
  const r = run('rollback', '--dry-run');
  assert.is(r.code, 0);
  assert.match(r.stdout, /^-\[mcp_servers\.memory\]/m);
  assert.is(read(), before);
});

test('backups rotate: only the newest N are kept', () => {
  const { dir, run } = setUp('model = "x"\n');
  for (let i = 0; i < 4; i++) {
    writeFileSync(join(dir, 'mcp.yaml'), `version: 1\nservers:\n  s:\n    command: s${i}\n`);
    assert.is(run('apply', '--yes', '--keep-backups', '2').code, 0);
  }
  const doc = JSON.parse(run('backups', '--json').stdout);
  assert.is(doc.backups.length, 2);
  const files = readdirSync(join(dir, '.mcpctl', 'backups', 'config.toml')).filter((f) => f.endsWith('.bak'));
  assert.is(files.length, 2);
});

test('a target that is a folder is a clear error and nothing changes', () => {
  const { dir } = setUp(null);
  mkdirSync(join(dir, 'config.toml'));
  const r = mcpctl(['apply', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(r.code, 2);
  assert.match(r.stderr, /is not a regular file/);
  assert.not.match(r.stderr, /at .*\.js:\d+/);
});

// Root ignores permission bits, and CI runs as root: there the case runs as the unprivileged user "nobody"
// (setpriv, util-linux). It fails rather than skips when that is not possible, so CI always exercises it.
function unprivileged(dir: string, home: string): (...args: string[]) => RunResult {
  if (process.getuid?.() !== 0) return (...args) => mcpctl(args, { cwd: dir, env: { HOME: home } });
  const NOBODY = 65534;
  for (const p of [dir, home, ...readdirSync(dir).map((f) => join(dir, f))]) chownSync(p, NOBODY, NOBODY);
  const runAs = (bin: string, args: string[]): RunResult => {
    const r = spawnSync(
      'setpriv',
      [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, bin, ...args],
      {
        cwd: dir,
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          HOME: home,
          CODEX_HOME: join(home, '.codex'),
          NO_COLOR: '1',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.not.ok(r.error, `cannot run mcpctl as an unprivileged user with setpriv (util-linux): ${r.error?.message}`);
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  // the repository may sit where "nobody" cannot read it (e.g. under /root): then run a world-readable copy
  let bin = BIN;
  if (runAs(bin, ['--version']).code !== 0) {
    const copy = tempDir('mcpctl-bin-');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    // apply needs no external package but ajv's runtime (required by the generated validator), and its dependencies
    const pending = ['ajv', 'ajv-formats'];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (existsSync(join(copy, 'node_modules', name))) continue;
      cpSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name), {
        recursive: true,
        dereference: true,
      });
      pending.push(
        ...Object.keys(
          JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).dependencies ?? {},
        ),
      );
    }
    chmodSync(copy, 0o755);
    bin = join(copy, 'bin', 'mcpctl.cjs');
    const v = runAs(bin, ['--version']);
    assert.is(
      v.code,
      0,
      `mcpctl cannot run as the unprivileged user "nobody", so the permission case cannot be exercised: ${v.stderr}`,
    );
  }
  return (...args) => runAs(bin, args);
}

test('a read-only target folder is a clear error with nothing changed (run as an unprivileged user, also under root)', () => {
  const { dir, read } = setUp('model = "x"\n');
  const run = unprivileged(dir, tempDir('mcpctl-home-'));
  chmodSync(dir, 0o500);
  const r = run('apply', '--yes', '--config', join(dir, 'config.toml'));
  chmodSync(dir, 0o700);
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /permission denied/);
  assert.not.match(r.stderr, /at .*\.js:\d+/);
  assert.is(read(), 'model = "x"\n');
  // the same user succeeds once the folder is writable: the refusal came from the permission, nothing else
  const ok = run('apply', '--yes', '--config', join(dir, 'config.toml'));
  assert.is(ok.code, 0, ok.stderr);
  assert.match(read(), /\[mcp_servers\.memory\]/);
});

test('E_LOCKED names the holder; a stale lock of a dead process is recovered', () => {
  const { dir, run, read } = setUp('model = "x"\n');
  mkdirSync(join(dir, '.mcpctl'));
  const lock = join(dir, '.mcpctl', 'config.toml.lock');
  writeFileSync(
    lock,
    JSON.stringify({
      pid: process.pid,
      host: hostname(),
      started_at: '2026-01-01T00:00:00Z',
      command: 'mcpctl apply',
      nonce: 'a1',
    }),
  );
  const held = run('apply', '--yes');
  assert.is(held.code, 4);
  assert.match(held.stderr, new RegExp(`E_LOCKED: the target is locked by process ${process.pid}`));
  assert.is(read(), 'model = "x"\n');
  writeFileSync(
    lock,
    JSON.stringify({
      pid: 2 ** 22 + 12345,
      host: hostname(),
      started_at: '2026-01-01T00:00:00Z',
      command: 'mcpctl apply',
      nonce: 'b2',
    }),
  );
  const recovered = run('apply', '--yes');
  assert.is(recovered.code, 0, recovered.stderr);
  assert.not.ok(existsSync(lock));
});

test('--json apply prints only the JSON document', () => {
  const { run } = setUp(null);
  const r = run('apply', '--yes', '--json');
  assert.is(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.is(doc.kind, 'mcpctl.apply');
  assert.is(doc.applied, true);
  assert.is(doc.plan.summary.create, 2);
  assert.is(r.stderr, '');
});

test.run();
