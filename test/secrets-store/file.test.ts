// The file backend of the secret store, in-process, in a temp HOME: one age file that the real `age` CLI
// decrypts, an identity, a names index and an audit log, all 0600; damaged or foreign files are refused
// without writing anything.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateX25519Identity } from 'age-encryption';
import { McpctlError } from '../../src/core/errors.js';
import { auditRead, openSecretStore, resolveSecrets } from '../../src/io/secrets/store.js';
import { tempDir } from '../helpers/cli.js';

const VALUE = 'ghp_FileStoreCanary0123456789abcdefABCD';

function setUp(extra: Record<string, string> = {}) {
  const home = tempDir('mcpctl-secrets-');
  const env = { MCPCTL_SECRET_BACKEND: 'file', ...extra };
  const dir = join(home, '.config', 'mcpctl');
  return { home, env, dir, open: () => openSecretStore(env, home) };
}

function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<McpctlError> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, McpctlError);
    if (!(e instanceof McpctlError)) throw e;
    assert.is(e.code, code, e.message);
    return e;
  }
  throw new Error(`expected ${code}, but it succeeded`);
}

/** The real age CLI (Debian package "age"): the promise that users can always get their secrets back. */
function ageDecrypt(identity: string, file: string): string {
  const r = spawnSync('age', ['-d', '-i', identity, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`the age CLI is needed for this test (apt-get install -y age): ${r.error.message}`);
  assert.is(r.status, 0, r.stderr);
  return r.stdout;
}

test('set, get, list, rotate, rm on the file backend; the real age CLI decrypts the store', async () => {
  const { dir, open } = setUp();
  const store = await open();
  assert.is(store.backend, 'file');
  assert.is(await store.get('github/pat'), null);
  assert.equal(await store.list(), []);
  await store.set('github/pat', VALUE);
  await store.set('linear.token', 'lin_api_second');
  assert.is(await store.get('github/pat'), VALUE);
  assert.equal(await store.list(), ['github/pat', 'linear.token']);
  // a fresh store object (another process) reads the same file
  assert.is(await (await open()).get('github/pat'), VALUE);

  const doc = JSON.parse(ageDecrypt(join(dir, 'identity.txt'), join(dir, 'secrets.age')));
  assert.is(doc.format_version, 1);
  assert.equal(doc.secrets, { 'github/pat': VALUE, 'linear.token': 'lin_api_second' });
  // encrypted at rest: no value in any file in plaintext
  for (const f of ['secrets.age', 'secrets-index.json', 'audit.log', 'identity.txt'])
    assert.not.ok(readFileSync(join(dir, f), 'utf8').includes(VALUE), f);

  await store.rotate('github/pat', `${VALUE}-rotated`);
  assert.is(await store.get('github/pat'), `${VALUE}-rotated`);
  await rejectsWith(store.rotate('github/pat', `${VALUE}-rotated`), 'E_INPUT');
  await rejectsWith(store.rotate('nope', 'x'), 'E_SECRET_MISSING');
  const entries = await store.entries();
  const pat = entries.find((e) => e.name === 'github/pat');
  assert.ok(pat?.set_at);
  assert.ok(pat?.rotated_at);
  assert.is(pat?.backend, 'file');

  assert.is(await store.delete('linear.token'), true);
  assert.is(await store.delete('linear.token'), false);
  assert.equal(await store.list(), ['github/pat']);
  assert.equal(JSON.parse(ageDecrypt(join(dir, 'identity.txt'), join(dir, 'secrets.age'))).secrets, {
    'github/pat': `${VALUE}-rotated`,
  });
  assert.equal(JSON.parse(readFileSync(join(dir, 'secrets-index.json'), 'utf8')), {
    format_version: 1,
    kind: 'mcpctl.secrets-index',
    keychain: {},
    file: { 'github/pat': { set_at: pat?.set_at, rotated_at: pat?.rotated_at } },
  });
});

test('identity, store, index and audit log are 0600 in a 0700 folder', async () => {
  const { dir, open } = setUp();
  const store = await open();
  await store.set('a', 'value-a');
  await auditRead('a', 'exec test', { XDG_CONFIG_HOME: join(dir, '..') }, '/nonexistent');
  assert.is(mode(dir), '700');
  for (const f of ['identity.txt', 'secrets.age', 'secrets-index.json', 'audit.log'])
    assert.is(mode(join(dir, f)), '600', f);
  // an existing store file loosened by hand is made private again on the next write
  chmodSync(join(dir, 'secrets.age'), 0o644);
  await store.set('b', 'value-b');
  assert.is(mode(join(dir, 'secrets.age')), '600');
  assert.match(readFileSync(join(dir, 'identity.txt'), 'utf8'), /^# public key: age1[0-9a-z]+$/m);
});

test('the audit log records set, rotate, rm and read with who did it, never a value', async () => {
  const { dir, env, home, open } = setUp();
  const store = await open();
  await store.set('svc/token', VALUE, 'mcpctl secret set');
  await store.rotate('svc/token', `${VALUE}2`, 'mcpctl secret rotate');
  await auditRead('svc/token', 'exec github', env, home);
  await store.delete('svc/token', 'mcpctl secret rm');
  const text = readFileSync(join(dir, 'audit.log'), 'utf8');
  assert.not.ok(text.includes(VALUE));
  const lines = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(
    lines.map((l) => [l.action, l.name, l.by]),
    [
      ['set', 'svc/token', 'mcpctl secret set'],
      ['rotate', 'svc/token', 'mcpctl secret rotate'],
      ['read', 'svc/token', 'exec github'],
      ['rm', 'svc/token', 'mcpctl secret rm'],
    ],
  );
  for (const l of lines) {
    assert.equal(Object.keys(l).sort(), ['action', 'by', 'name', 'time']);
    assert.ok(!Number.isNaN(Date.parse(l.time)));
  }
});

test('a damaged store file is refused (E_SECRET_STORE) and left exactly as it was', async () => {
  const { dir, open } = setUp();
  const store = await open();
  await store.set('a', 'value-a');
  const path = join(dir, 'secrets.age');
  const good = readFileSync(path, 'utf8');
  const damaged = good.replace(/\n([A-Za-z0-9+/])/, (_m, c: string) => `\n${c === 'A' ? 'B' : 'A'}`);
  assert.is.not(damaged, good);
  for (const bytes of [damaged, 'not an age file at all\n', good.slice(0, good.length / 2)]) {
    writeFileSync(path, bytes);
    const e = await rejectsWith(store.get('a'), 'E_SECRET_STORE');
    assert.match(e.hint ?? '', /nothing was written/);
    await rejectsWith(store.set('b', 'value-b'), 'E_SECRET_STORE');
    await rejectsWith(store.delete('a'), 'E_SECRET_STORE');
    assert.is(readFileSync(path, 'utf8'), bytes);
  }
  // decrypts, but is not our JSON
  const r = spawnSync('age', ['-e', '-i', join(dir, 'identity.txt'), '-o', path], { input: '{"hello": 1}' });
  assert.is(r.status, 0, String(r.stderr));
  const before = readFileSync(path);
  await rejectsWith(store.set('b', 'value-b'), 'E_SECRET_STORE');
  assert.equal(readFileSync(path), before);
});

test('a store encrypted to another identity is refused, and so is a store without its identity', async () => {
  const { dir, home, open } = setUp();
  const store = await open();
  await store.set('a', 'value-a');
  const before = readFileSync(join(dir, 'secrets.age'));
  const other = join(home, 'other-identity.txt');
  writeFileSync(other, `${await generateX25519Identity()}\n`, { mode: 0o600 });
  const foreign = await openSecretStore({ MCPCTL_SECRET_BACKEND: 'file', MCPCTL_AGE_IDENTITY: other }, home);
  const e = await rejectsWith(foreign.get('a'), 'E_SECRET_STORE');
  assert.match(e.message, /encrypted to another identity/);
  assert.match(e.hint ?? '', /MCPCTL_AGE_IDENTITY/);
  await rejectsWith(foreign.set('b', 'value-b'), 'E_SECRET_STORE');
  assert.equal(readFileSync(join(dir, 'secrets.age')), before);

  const missing = await openSecretStore(
    { MCPCTL_SECRET_BACKEND: 'file', MCPCTL_AGE_IDENTITY: join(home, 'gone.txt') },
    home,
  );
  const m = await rejectsWith(missing.set('b', 'value-b'), 'E_SECRET_STORE');
  assert.match(m.message, /exists but its age identity .*gone\.txt does not/);
  assert.equal(readFileSync(join(dir, 'secrets.age')), before);

  chmodSync(join(dir, 'identity.txt'), 0o644);
  const loose = await rejectsWith(store.get('a'), 'E_SECRET_STORE');
  assert.match(loose.hint ?? '', /chmod 600/);
});

test('a store the user re-encrypted with the age CLI (binary, not armored) still reads', async () => {
  const { dir, open } = setUp();
  const store = await open();
  await store.set('a', 'value-a');
  const plain = ageDecrypt(join(dir, 'identity.txt'), join(dir, 'secrets.age'));
  const edited = JSON.stringify({ ...JSON.parse(plain), secrets: { a: 'value-a', 'added/by-hand': 'v2' } });
  const r = spawnSync('age', ['-e', '-i', join(dir, 'identity.txt'), '-o', join(dir, 'secrets.age')], {
    input: edited,
  });
  assert.is(r.status, 0, String(r.stderr));
  assert.is(await store.get('added/by-hand'), 'v2');
  assert.equal(
    (await store.entries()).map((e) => [e.name, e.set_at === null]),
    [
      ['a', false],
      ['added/by-hand', true],
    ],
  );
});

test('MCPCTL_SECRETS_FILE, MCPCTL_AGE_IDENTITY and XDG_CONFIG_HOME move the files', async () => {
  const home = tempDir('mcpctl-secrets-');
  const env = {
    MCPCTL_SECRET_BACKEND: 'file',
    XDG_CONFIG_HOME: join(home, 'xdg'),
    MCPCTL_SECRETS_FILE: join(home, 'vault', 's.age'),
    MCPCTL_AGE_IDENTITY: join(home, 'keys', 'id.txt'),
  };
  const store = await openSecretStore(env, home);
  await store.set('x', 'value-x');
  assert.is(mode(join(home, 'vault', 's.age')), '600');
  assert.is(mode(join(home, 'keys', 'id.txt')), '600');
  assert.is(mode(join(home, 'xdg', 'mcpctl', 'secrets-index.json')), '600');
  assert.is(mode(join(home, 'xdg', 'mcpctl', 'audit.log')), '600');
  assert.is(JSON.parse(ageDecrypt(join(home, 'keys', 'id.txt'), join(home, 'vault', 's.age'))).secrets.x, 'value-x');
});

test("concurrent writers do not lose each other's secrets (the lock)", async () => {
  const { open } = setUp();
  const stores = await Promise.all([1, 2, 3, 4, 5, 6].map(() => open()));
  await Promise.all(stores.map((s, i) => s.set(`n${i}`, `value-${i}`)));
  assert.equal(await stores[0]?.list(), ['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
});

test('names, values and the backend setting are checked', async () => {
  const { home, open } = setUp();
  const store = await open();
  for (const bad of ['', 'a b', '/a', 'a/', 'a//b', 'a:b', 'x/'.repeat(9) + 'x'])
    await rejectsWith(store.set(bad, 'v'), 'E_INPUT');
  await rejectsWith(store.set('ok', ''), 'E_INPUT');
  await rejectsWith(store.set('ok', 'a\0b'), 'E_INPUT');
  await rejectsWith(openSecretStore({ MCPCTL_SECRET_BACKEND: 'vault' }, home), 'E_INPUT');
  await store.set('a/b/c.d_e-f', 'v');
  assert.is(await store.get('a/b/c.d_e-f'), 'v');
});

test('resolveSecrets returns every value and names every missing secret at once', async () => {
  const { open } = setUp();
  const store = await open();
  await store.set('a', 'value-a');
  await store.set('b', 'value-b');
  const got = await resolveSecrets(['a', 'b', 'a'], store);
  assert.equal(
    [...got],
    [
      ['a', 'value-a'],
      ['b', 'value-b'],
    ],
  );
  const e = await rejectsWith(resolveSecrets(['a', 'gone/one', 'b', 'gone/two'], store), 'E_SECRET_MISSING');
  assert.is(e.exitCode, 1);
  assert.match(e.message, /"gone\/one", "gone\/two"/);
  assert.match(e.hint ?? '', /mcpctl secret set/);
});

test.run();
