// Broken mcp.yaml files: each gives its expected error (file:line:col, message, hint), exit 2, no stack trace.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'fixtures', 'invalid');
const noStack = (s: string) => assert.not.match(s, /\n\s+at .+:\d+:\d+/, 'stack trace printed');

for (const name of readdirSync(FIXTURES)) {
  test(`invalid: ${name}`, () => {
    const dir = join(FIXTURES, name);
    const r = mcpctl(['validate', '-f', 'mcp.yaml'], { cwd: dir });
    assert.is(r.code, 2, r.stderr);
    assert.is(r.stdout, '');
    noStack(r.stderr);
    assert.match(r.stderr, /^mcp\.yaml:\d+:\d+: error E_/m);
    assertGolden(join(dir, 'expected.txt'), r.stderr);
    // plan fails the same way (and with --detailed-exitcode, as 1)
    assert.is(mcpctl(['plan', '-f', 'mcp.yaml', '--config', join(tempDir(), 'c.toml')], { cwd: dir }).code, 2);
    assert.is(
      mcpctl(['plan', '--detailed-exitcode', '-f', 'mcp.yaml', '--config', join(tempDir(), 'c.toml')], { cwd: dir })
        .code,
      1,
    );
  });
}

test('YAML bomb: refused quickly with a clear error', () => {
  const dir = tempDir();
  let y = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  for (let i = 1; i < 12; i++)
    y += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  writeFileSync(join(dir, 'mcp.yaml'), y);
  const r = mcpctl(['validate'], { cwd: dir });
  assert.is(r.code, 2);
  assert.match(r.stderr, /error E_(YAML|TOO_LARGE): .*(aliases|expands)/);
  noStack(r.stderr);
});

test('10 MB file: refused by size before parsing', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), `version: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`);
  const r = mcpctl(['validate'], { cwd: dir });
  assert.is(r.code, 2);
  assert.match(r.stderr, /error E_TOO_LARGE: .*mcp\.yaml is \d+ bytes, more than the 5242880 allowed/);
  noStack(r.stderr);
});

test('missing file, folder instead of file, invalid UTF-8', () => {
  const dir = tempDir();
  const missing = mcpctl(['validate'], { cwd: dir });
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /E_NOT_FOUND: .*mcp\.yaml does not exist\n  hint: create one with "mcpctl init"/);
  const folder = mcpctl(['validate', '-f', '.'], { cwd: dir });
  assert.is(folder.code, 2);
  assert.match(folder.stderr, /is not a regular file/);
  writeFileSync(join(dir, 'bad.yaml'), Buffer.from([0x76, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
  const bytes = mcpctl(['validate', '-f', 'bad.yaml'], { cwd: dir });
  assert.is(bytes.code, 2);
  assert.match(bytes.stderr, /not valid UTF-8/);
});

test('a broken target config.toml names file:line:col', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers: {}\n');
  writeFileSync(join(dir, 'config.toml'), 'model = "x"\n[mcp_servers.a\ncommand = "y"\n');
  const r = mcpctl(['plan', '--config', 'config.toml'], { cwd: dir });
  assert.is(r.code, 2);
  assert.match(r.stderr, /config\.toml:[23]:\d+: .*not valid TOML/);
  noStack(r.stderr);
});

test('usage errors: unknown command and option exit 2 with a suggestion', () => {
  const r = mcpctl(['paln']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /Did you mean plan\?/);
  const o = mcpctl(['plan', '--bogus']);
  assert.is(o.code, 2);
  assert.match(o.stderr, /Unknown argument: bogus/);
});

test('--json error documents mask a token quoted by a message, as the pretty output does', () => {
  const dir = tempDir();
  const token = `ghp_${'R7nQ2vX9kLm4pT8wZx81'.repeat(2).slice(0, 36)}`;
  // the schema error quotes the value: "got the string \"ghp_…\""
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\nservers:\n  a:\n    command: x\n    startup_timeout_sec: "${token}"\n`,
  );
  const pretty = mcpctl(['plan', '--config', 'c.toml'], { cwd: dir });
  assert.is(pretty.code, 2);
  assert.match(pretty.stderr, /got the string/);
  assert.not.match(pretty.stderr, token.slice(0, 20));
  for (const args of [
    ['plan', '--json', '--config', 'c.toml'],
    ['validate', '--json'],
    ['apply', '--json', '--yes', '--config', 'c.toml'],
  ]) {
    const r = mcpctl(args, { cwd: dir });
    assert.is(r.code, 2, args.join(' '));
    const doc = JSON.parse(r.stdout);
    assert.is(doc.kind, 'mcpctl.error');
    assert.match(doc.diagnostics[0].message, /got the string/);
    assert.not.match(r.stdout + r.stderr, token.slice(0, 20), args.join(' '));
    assert.match(r.stdout, '(sensitive)');
  }
});

test.run();
