// mcpctl's own folder beside the target (.mcpctl: lock, state, backups, journal) never follows a symlink
// (a planted link made mcpctl write or append elsewhere), and disk errors there are clear errors naming
// the path, never "internal error … this is a bug".
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';

const YAML = 'version: 1\nservers:\n  a:\n    command: run-a\n';
const YAML2 = 'version: 1\nservers:\n  a:\n    command: run-a2\n';

function setUp() {
  const dir = tempDir();
  const elsewhere = tempDir();
  writeFileSync(join(dir, 'config.toml'), 'model = "gpt-5"\n');
  writeFileSync(join(dir, 'mcp.yaml'), YAML);
  const run = (...args: string[]) => mcpctl([...args, '--config', join(dir, 'config.toml')], { cwd: dir });
  return { dir, elsewhere, run };
}

const links: Array<[string, (dir: string, elsewhere: string) => void]> = [
  ['.mcpctl is a link to another folder', (dir, elsewhere) => symlinkSync(elsewhere, join(dir, '.mcpctl'))],
  [
    'the backups folder is a link',
    (dir, elsewhere) => {
      mkdirSync(join(dir, '.mcpctl'));
      symlinkSync(elsewhere, join(dir, '.mcpctl', 'backups'));
    },
  ],
  [
    "the target's backup folder is a link",
    (dir, elsewhere) => {
      mkdirSync(join(dir, '.mcpctl', 'backups'), { recursive: true });
      symlinkSync(elsewhere, join(dir, '.mcpctl', 'backups', 'config.toml'));
    },
  ],
  [
    'the journal is a link',
    (dir, elsewhere) => {
      mkdirSync(join(dir, '.mcpctl', 'backups', 'config.toml'), { recursive: true });
      symlinkSync(join(elsewhere, 'victim'), join(dir, '.mcpctl', 'backups', 'config.toml', 'journal.jsonl'));
    },
  ],
  [
    'the state file is a link',
    (dir, elsewhere) => {
      mkdirSync(join(dir, '.mcpctl'));
      symlinkSync(join(elsewhere, 'victim'), join(dir, '.mcpctl', 'config.toml.state.json'));
    },
  ],
];

for (const [what, plant] of links) {
  test(`${what}: apply refuses with E_SYMLINK (exit 2) and writes nothing, there or here`, () => {
    const { dir, elsewhere, run } = setUp();
    assert.is(run('apply', '--yes').code, 0);
    writeFileSync(join(dir, 'mcp.yaml'), YAML2);
    const config = readFileSync(join(dir, 'config.toml'), 'utf8');
    // start over with the link planted where mcpctl keeps its records
    spawnSync('rm', ['-rf', join(dir, '.mcpctl')]);
    writeFileSync(join(elsewhere, 'victim'), 'precious\n');
    plant(dir, elsewhere);
    const r = run('apply', '--yes');
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, /E_SYMLINK|is a symlink/);
    assert.not.match(r.stderr, /internal error|this is a bug/);
    assert.is(readFileSync(join(elsewhere, 'victim'), 'utf8'), 'precious\n');
    assert.equal(readdirSync(elsewhere), ['victim']);
    assert.is(readFileSync(join(dir, 'config.toml'), 'utf8'), config);
  });
}

test('a symlinked .mcpctl: backups and rollback refuse too', () => {
  const { dir, elsewhere, run } = setUp();
  assert.is(run('apply', '--yes').code, 0);
  spawnSync('mv', [join(dir, '.mcpctl'), join(elsewhere, 'moved')]);
  symlinkSync(join(elsewhere, 'moved'), join(dir, '.mcpctl'));
  for (const args of [['backups'], ['rollback', '--yes']]) {
    const r = run(...args);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /is a symlink/);
  }
});

test('no permission to create the lock or the backup: a clear error naming the path, nothing changed', () => {
  const { dir } = setUp();
  mkdirSync(join(dir, '.mcpctl'));
  chmodSync(dir, 0o755);
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  const asNobody = (args: string[]) =>
    spawnSync(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        BIN,
        ...args,
        '--config',
        join(dir, 'config.toml'),
      ],
      {
        cwd: dir,
        env: { PATH: process.env['PATH'] ?? '', HOME: dir, NO_COLOR: '1' },
        encoding: 'utf8',
      },
    );
  if (process.getuid?.() !== 0) {
    // not root: the folder is ours, so take the write bit away instead
    chmodSync(join(dir, '.mcpctl'), 0o555);
  }
  const r =
    process.getuid?.() === 0
      ? ((x) => ({ code: x.status ?? -1, stderr: x.stderr }))(asNobody(['apply', '--yes']))
      : mcpctl(['apply', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /permission denied/);
  assert.match(r.stderr, /\.mcpctl/);
  assert.not.match(r.stderr, /internal error|this is a bug/);
  assert.is(readFileSync(join(dir, 'config.toml'), 'utf8'), 'model = "gpt-5"\n');
  assert.not.ok(existsSync(join(dir, '.mcpctl', 'backups')));
});

test('a full disk while creating the lock is a clear error (tmpfs, when it can be mounted)', () => {
  const mnt = tempDir('mcpctl-tmpfs-');
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) {
    console.log('  (tmpfs not mountable here: covered by the injected failures of transaction.test.ts)');
    return;
  }
  try {
    writeFileSync(join(mnt, 'config.toml'), 'model = "gpt-5"\n');
    mkdirSync(join(mnt, '.mcpctl'));
    const yaml = join(tempDir(), 'mcp.yaml');
    writeFileSync(yaml, YAML);
    spawnSync('dd', ['if=/dev/zero', `of=${join(mnt, 'filler')}`, 'bs=4096'], { stdio: 'ignore' });
    const r = mcpctl(['apply', '--yes', '-f', yaml, '--config', join(mnt, 'config.toml')]);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, /cannot create the lock .*config\.toml\.lock: no space left on the device/);
    assert.not.match(r.stderr, /internal error|this is a bug/);
    assert.is(readFileSync(join(mnt, 'config.toml'), 'utf8'), 'model = "gpt-5"\n');
  } finally {
    spawnSync('umount', [mnt]);
  }
});

test.run();
