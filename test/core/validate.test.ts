import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadYaml } from '../../src/core/load.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { validate } from '../../src/core/validate.js';

const check = (yaml: string) => validate(loadYaml(yaml, 'mcp.yaml'), schema);
const only = (yaml: string) => {
  const { diagnostics } = check(yaml);
  assert.is(diagnostics.length, 1, JSON.stringify(diagnostics, null, 2));
  const [d] = diagnostics;
  if (!d) throw new Error('no diagnostic');
  return d;
};

test('a valid file gives a spec and no diagnostics', () => {
  const r = check(
    'version: 1\nservers:\n  a:\n    command: npx\n    args: ["-y", "x@1"]\n  b:\n    url: https://x.example/mcp\n',
  );
  assert.equal(r.diagnostics, []);
  assert.ok(r.spec);
  assert.equal(Object.keys(r.spec?.servers ?? {}), ['a', 'b']);
});

test('misspelled key: position of the key and the nearest valid key', () => {
  const d = only('version: 1\nservers:\n  a:\n    command: x\n    agrs: [y]\n');
  assert.is(d.code, 'E_SCHEMA');
  assert.equal([d.line, d.col], [5, 5]);
  assert.is(d.path, 'servers.a.agrs');
  assert.match(d.message, /unknown key "agrs"/);
  assert.is(d.hint, 'did you mean "args"?');
});

test('wrong type names expected and actual', () => {
  const d = only('version: 1\nservers:\n  a:\n    command: x\n    startup_timeout_sec: soon\n');
  assert.match(d.message, /"servers.a.startup_timeout_sec" must be a number, got the string "soon"/);
  assert.equal([d.line, d.col], [5, 26]);
});

test('bad server name uses Codex rule', () => {
  const d = only('version: 1\nservers:\n  "my server":\n    command: x\n');
  assert.match(d.message, /server name "my server"/);
  assert.match(d.hint ?? '', /letters, digits/);
  assert.is(d.line, 3);
});

test('wrong version and missing version', () => {
  assert.match(only('version: 2\n').message, /must be 1/);
  assert.match(only('servers: {}\n').hint ?? '', /version: 1/);
});

test('enum suggests the closest value', () => {
  const d = only('version: 1\nservers:\n  a:\n    command: x\n    codex:\n      default_tools_approval_mode: aprove\n');
  assert.is(d.hint, 'did you mean "approve"?');
});

test('rules beyond the schema', () => {
  const both = only('version: 1\nservers:\n  a:\n    command: x\n    url: https://x.example\n');
  assert.match(both.message, /both command \(line 4\) and url \(line 5\)/);
  assert.is(both.line, 5);
  assert.match(only('version: 1\nservers:\n  a:\n    enabled: true\n').message, /neither command, url nor template/);
  assert.match(
    only('version: 1\nservers:\n  a:\n    url: https://x.example\n    env: {A: b}\n').message,
    /"env" applies only to local/,
  );
  assert.match(
    only('version: 1\nservers:\n  a:\n    command: x\n    headers: {A: b}\n').message,
    /"headers" applies only to remote/,
  );
  const overlap = only(
    'version: 1\nservers:\n  a:\n    command: x\n    enabled_tools: [read, write]\n    disabled_tools: [write]\n',
  );
  assert.match(overlap.message, /"write" is both enabled and disabled/);
  assert.equal([overlap.line, overlap.col], [5, 27]);
  assert.match(only('version: 1\nservers:\n  codex_apps:\n    command: x\n').message, /reserved/);
});

test('a server with both command and url names the line of each key', () => {
  const both = only('version: 1\nservers:\n  a:\n    command: x\n    enabled: true\n    url: https://x.example\n');
  assert.is(both.message, 'server "a" has both command (line 4) and url (line 6)');
  assert.equal([both.line, both.col], [6, 5]);
});

test('inline bearer_token is refused with the right hint', () => {
  const d = only('version: 1\nservers:\n  a:\n    url: https://x.example\n    bearer_token: abc\n');
  assert.match(d.hint ?? '', /Authorization: "Bearer \$\{env:TOKEN\}"/);
});

test('reference syntax errors are found in every string field', () => {
  const r = check('version: 1\nservers:\n  a:\n    command: x\n    args: ["${nope:x}"]\n    env:\n      T: ${TOKEN}\n');
  assert.equal(
    r.diagnostics.map((d) => [d.code, d.line]),
    [
      ['E_REF', 5],
      ['E_REF', 7],
    ],
  );
});

test('all errors at once, not just the first', () => {
  const r = check('version: 1\nservers:\n  a:\n    command: 1\n    args: x\n    enabled: maybe\n');
  assert.is(r.diagnostics.length, 3);
});

test('control characters Codex cannot start with are refused where they are; TAB and line breaks where harmless', () => {
  // a NUL in an argument (YAML's "\0" escape): file:line:col of the value, never the value itself
  const nul = only('version: 1\nservers:\n  a:\n    command: npx\n    args: ["-y", "x\\0y"]\n');
  assert.is(nul.code, 'E_SCHEMA');
  assert.equal([nul.line, nul.col, nul.path], [5, 18, 'servers.a.args[1]']);
  assert.match(nul.message, /U\+0000 \(NUL\) at character 2: no program can be started with it/);
  // NUL in an env value, a line break in a header, ESC in the command, a control in an env name
  assert.match(
    only('version: 1\nservers:\n  a:\n    command: x\n    env: {A: "b\\0"}\n').message,
    /"servers.a.env.A" holds the control character U\+0000/,
  );
  assert.match(
    only('version: 1\nservers:\n  a:\n    url: https://x.example\n    headers: {X: "a\\r\\nEvil: 1"}\n').message,
    /U\+000D/,
  );
  assert.match(only('version: 1\nservers:\n  a:\n    command: "x\\e[2J"\n').message, /U\+001B \(ESC\)/);
  // a key the schema leaves free (a template input's name) is checked too, and shown escaped
  const key = only('version: 1\nservers:\n  a:\n    template: t\n    with: {"A\\eB": c}\n');
  assert.is(key.path, 'servers.a.with.A\\u001bB');
  assert.not.match(key.message, /\u001b/);
  // harmless: TAB in a header value and in a description-like value, a multi-line script argument, a multi-line env value
  const ok = check(
    'version: 1\nservers:\n  a:\n    command: node\n    args: ["-e", "a()\\n\\tb()"]\n    env: {PEM: "l1\\r\\nl2"}\n  b:\n    url: https://x.example\n    headers: {X: "a\\tb"}\n',
  );
  assert.equal(ok.diagnostics, []);
});

test.run();
