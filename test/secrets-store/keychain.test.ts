// The keychain backend against a real Secret Service: each run of the CLI goes through
// test/helpers/with-keyring.sh (a fresh D-Bus session with gnome-keyring unlocked; the keyring itself
// persists in the temp HOME, as a login keyring does). Needs the Debian packages dbus and gnome-keyring.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, ROOT, mcpctl, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

const WITH_KEYRING = join(ROOT, 'test', 'helpers', 'with-keyring.sh');
const CANARY = 'ghp_KeychainCanary0123456789abcdefghijKL';

function setUp() {
  const home = tempDir('mcpctl-keychain-');
  /** The CLI inside a D-Bus session with the keyring unlocked (or, with a wrong password, locked). */
  const inSession = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}): RunResult => {
    const r = spawnSync('sh', [WITH_KEYRING, process.execPath, BIN, 'secret', ...args], {
      cwd: home,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, NO_COLOR: '1', ...opts.env },
      input: opts.input ?? '',
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status === 127)
      throw new Error(`${r.stderr}\nthe keychain tests need a Secret Service: apt-get install -y dbus gnome-keyring`);
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  /** The CLI with no session bus at all (headless Linux, CI). */
  const headless = (args: string[], opts: { input?: string; env?: Record<string, string> } = {}) =>
    mcpctl(['secret', ...args], { env: { HOME: home, XDG_RUNTIME_DIR: home, ...opts.env }, input: opts.input ?? '' });
  return { home, inSession, headless };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

test('set then get --reveal round-trips through the keychain; no file holds the value', () => {
  const { home, inSession } = setUp();
  const set = inSession(['set', 'github/pat'], { input: `${CANARY}\n` });
  assert.is(set.code, 0, set.stderr);
  assert.is(set.stdout, `Stored "github/pat" in the OS keychain (service "mcpctl"): ${CANARY.length} characters.\n`);
  const reveal = inSession(['get', 'github/pat', '--reveal']);
  assert.is(reveal.code, 0, reveal.stderr);
  assert.is(reveal.stdout, CANARY);
  const meta = JSON.parse(inSession(['get', 'github/pat', '--json']).stdout);
  assert.is(meta.secret.backend, 'keychain');
  assert.is(meta.store.reason, 'the OS keychain answered');
  assert.is(meta.secret.length, CANARY.length);
  const list = JSON.parse(inSession(['list', '--json']).stdout);
  assert.equal(
    list.secrets.map((s: { name: string; backend: string }) => [s.name, s.backend]),
    [['github/pat', 'keychain']],
  );

  // the keychain holds it: no age file was made, and no file anywhere in HOME has the value in plaintext
  assert.not.ok(existsSync(join(home, '.config', 'mcpctl', 'secrets.age')));
  assert.ok(
    filesUnder(join(home, '.local', 'share', 'keyrings')).length > 0,
    'gnome-keyring wrote its keyring into HOME',
  );
  for (const f of filesUnder(home))
    assert.not.ok(readFileSync(f).includes(CANARY), `${f} holds the value in plaintext`);

  const rotate = inSession(['rotate', 'github/pat'], { input: `${CANARY}-2` });
  assert.is(rotate.code, 0, rotate.stderr);
  assert.is(inSession(['get', 'github/pat', '--reveal']).stdout, `${CANARY}-2`);
  assert.is(inSession(['rm', 'github/pat']).code, 0);
  const gone = inSession(['get', 'github/pat']);
  assert.is(gone.code, 1);
  assert.match(gone.stderr, /E_SECRET_MISSING: no secret "github\/pat" in the OS keychain/);
  const audit = readFileSync(join(home, '.config', 'mcpctl', 'audit.log'), 'utf8');
  assert.equal(
    audit
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).action),
    ['set', 'read', 'read', 'rotate', 'read', 'rm'],
  );
  assert.not.ok(audit.includes(CANARY));
});

test('without a session bus the store falls back to the file; a forced keychain is an error', () => {
  const { home, inSession, headless } = setUp();
  assert.is(inSession(['set', 'in/keychain'], { input: 'keychain-value' }).code, 0);
  const set = headless(['set', 'in/file'], { input: 'file-value' });
  assert.is(set.code, 0, set.stderr);
  assert.match(set.stdout, /^Stored "in\/file" in the age file .*secrets\.age: 10 characters\.\n$/);
  const meta = JSON.parse(headless(['get', 'in/file', '--json']).stdout);
  assert.is(meta.secret.backend, 'file');
  assert.match(meta.store.reason, /^no OS keychain answers: no D-Bus session bus/);
  // the keychain's secret is not reachable here, and the error says where it is
  const elsewhere = headless(['get', 'in/keychain']);
  assert.is(elsewhere.code, 1);
  assert.match(
    elsewhere.stderr,
    /"in\/keychain" is in the OS keychain instead: run with MCPCTL_SECRET_BACKEND=keychain/,
  );
  // and the keychain session does not see the file's secret, unless told to use the file
  assert.is(inSession(['get', 'in/file']).code, 1);
  assert.is(inSession(['get', 'in/file', '--reveal'], { env: { MCPCTL_SECRET_BACKEND: 'file' } }).stdout, 'file-value');

  // one name in both backends: two entries, each backend keeps its own value
  assert.is(headless(['set', 'in/keychain'], { input: 'file-copy' }).code, 0);
  assert.is(inSession(['get', 'in/keychain', '--reveal']).stdout, 'keychain-value');
  const both = JSON.parse(inSession(['list', '--json']).stdout);
  assert.equal(
    both.secrets.map((s: { name: string; backend: string }) => [s.name, s.backend]),
    [
      ['in/file', 'file'],
      ['in/keychain', 'keychain'],
      ['in/keychain', 'file'],
    ],
  );
  assert.match(
    inSession(['list']).stdout,
    /^Secrets in the OS keychain \(service "mcpctl"\):\n  NAME +BACKEND +SET +ROTATED\n  in\/keychain +keychain .*\n\nIn the age file \(used with MCPCTL_SECRET_BACKEND=file\):\n  NAME .*\n  in\/file +file .*\n  in\/keychain +file /,
  );

  const forced = headless(['list'], { env: { MCPCTL_SECRET_BACKEND: 'keychain' } });
  assert.is(forced.code, 1);
  assert.match(
    forced.stderr,
    /error E_KEYCHAIN_UNAVAILABLE: MCPCTL_SECRET_BACKEND=keychain, but no OS keychain answers/,
  );
  assert.match(forced.stderr, /hint: .*MCPCTL_SECRET_BACKEND=file/);
  assert.ok(home);
});

test('a session bus that accepts but never answers: the file within seconds, not a hang', async () => {
  const { home, headless } = setUp();
  const socket = join(home, 'silent-bus');
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  try {
    const started = Date.now();
    const r = headless(['list', '--json'], { env: { DBUS_SESSION_BUS_ADDRESS: `unix:path=${socket},guid=0123` } });
    assert.is(r.code, 0, r.stderr);
    assert.ok(Date.now() - started < 15_000);
    assert.match(JSON.parse(r.stdout).store.reason, /the D-Bus session bus at .*silent-bus does not answer/);
  } finally {
    server.close();
  }
});

test('a locked keychain is a clear error that says how to unlock it; nothing falls back silently', () => {
  const { inSession } = setUp();
  assert.is(inSession(['set', 'github/pat'], { input: CANARY }).code, 0);
  const locked = { env: { MCPCTL_TEST_KEYRING_PASSWORD: 'not-the-password' } };
  for (const args of [
    ['get', 'github/pat', '--reveal'],
    ['rm', 'github/pat'],
  ]) {
    const r = inSession(args, locked);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, /error E_KEYCHAIN_LOCKED: the OS keychain is locked/);
    assert.match(r.stderr, /hint: unlock your login keyring/);
    assert.not.ok(r.stdout.includes(CANARY));
  }
  const set = inSession(['set', 'other'], { ...locked, input: 'other-value' });
  assert.is(set.code, 1);
  assert.match(set.stderr, /E_KEYCHAIN_LOCKED/);
  // unlocked again: still there
  assert.is(inSession(['get', 'github/pat', '--reveal']).stdout, CANARY);
});

test.run();
