// Catalog trust: every tampering is refused with its own code and exit 3; the happy path resolves templates.
import { cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codexGet } from '../helpers/codex.js';

function setUp() {
  const dir = tempDir('mcpctl-cat-');
  const cat = join(dir, 'cat');
  cpSync(join(ROOT, 'fixtures', 'catalog', 'demo'), cat, { recursive: true });
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  assert.is(run('catalog', 'keygen', '--out', 'acme.key').code, 0);
  const signed = run('catalog', 'sign', 'cat', '--key', 'acme.key', '--name', 'acme');
  assert.is(signed.code, 0, signed.stderr);
  const verify = () => run('catalog', 'verify', 'cat', '--key', 'acme.key.pub');
  return { dir, cat, run, verify };
}

const refused = (r: { code: number; stderr: string }, code: string) => {
  assert.is(r.code, 3, r.stderr);
  assert.match(r.stderr, new RegExp(`error ${code}:`));
};

test('a signed catalog verifies; the secret key is 0600 and never in the catalog', () => {
  const { dir, verify } = setUp();
  const r = verify();
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /✔ cat: catalog "acme" version 1, 2 templates verified \(signed by [0-9a-f]{16}\)/);
  const secret = JSON.parse(readFileSync(join(dir, 'acme.key'), 'utf8')).secret;
  assert.not.match(readFileSync(join(dir, 'cat', 'index.json.sig'), 'utf8'), secret.slice(0, 20));
});

test('tampering: one byte of a template, the index, a truncated signature, an unknown key, an extra template, a symlink out', () => {
  {
    const { cat, verify } = setUp();
    const p = join(cat, 'templates', 'demo.json');
    writeFileSync(p, readFileSync(p, 'utf8').replace('1.2.0', '1.2.1'));
    refused(verify(), 'E_CATALOG_HASH');
  }
  {
    const { cat, verify } = setUp();
    const p = join(cat, 'index.json');
    writeFileSync(p, readFileSync(p, 'utf8').replace('"version": 1,', '"version": 9,'));
    refused(verify(), 'E_SIGNATURE');
  }
  {
    const { cat, verify } = setUp();
    const p = join(cat, 'index.json.sig');
    const text = readFileSync(p, 'utf8');
    writeFileSync(p, text.slice(0, text.length - 30));
    refused(verify(), 'E_SIGNATURE');
  }
  {
    const { dir, run, verify } = setUp();
    assert.is(run('catalog', 'keygen', '--out', 'other.key').code, 0);
    assert.is(run('catalog', 'sign', 'cat', '--key', 'other.key').code, 0);
    const r = verify();
    refused(r, 'E_SIGNATURE');
    assert.match(r.stderr, /signed only by unknown key/);
    void dir;
  }
  {
    const { cat, verify } = setUp();
    writeFileSync(join(cat, 'templates', 'sneaky.json'), readFileSync(join(cat, 'templates', 'demo.json')));
    refused(verify(), 'E_CATALOG_EXTRA');
  }
  {
    const { dir, cat, verify } = setUp();
    writeFileSync(join(dir, 'outside.json'), '{}');
    symlinkSync(join(dir, 'outside.json'), join(cat, 'templates', 'link.json'));
    refused(verify(), 'E_CATALOG_SYMLINK');
  }
  {
    const { cat, verify } = setUp();
    renameSync(join(cat, 'index.json.sig'), join(cat, 'gone'));
    refused(verify(), 'E_SIGNATURE');
  }
});

test('an expired index is refused (freeze), an older one replayed is refused (rollback)', () => {
  {
    const { run, verify } = setUp();
    assert.is(run('catalog', 'sign', 'cat', '--key', 'acme.key', '--expires-days', '-1').code, 0);
    refused(verify(), 'E_EXPIRED');
  }
  const { dir, cat, run } = setUp();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\nservers:\n  d:\n    template: demo\n    with: { root: /srv, DEMO_TOKEN: "${secret:demo/token}" }\n');
  cpSync(cat, join(dir, 'cat-v1'), { recursive: true });
  assert.is(run('catalog', 'sign', 'cat', '--key', 'acme.key').code, 0);
  const v2 = run('render', '--config', 'c.toml');
  assert.is(v2.code, 0, v2.stderr);
  cpSync(join(dir, 'cat-v1'), cat, { recursive: true });
  const replay = run('render', '--config', 'c.toml');
  refused(replay, 'E_ROLLBACK');
  assert.match(replay.stderr, /version 1, older than version 2 already seen/);
});

test('rollback state is keyed by the signing key: an unsigned index or another key named "mcpctl-builtin" at 999999 cannot break the built-in catalog', () => {
  const { dir, cat, run } = setUp();
  const builtinList = () => run('catalog', 'list', '--file', 'none.yaml');
  // an untrusted mcp.yaml: an allow_unsigned catalog claiming the built-in catalog's name at a huge version
  const idx = join(cat, 'index.json');
  writeFileSync(idx, readFileSync(idx, 'utf8').replace('"catalog": "acme"', '"catalog": "mcpctl-builtin"').replace('"version": 1,', '"version": 999999,'));
  renameSync(join(cat, 'index.json.sig'), join(dir, 'sig-aside'));
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\ncatalogs:\n  - path: cat\n    allow_unsigned: true\n');
  const poisoned = run('catalog', 'list');
  assert.is(poisoned.code, 0, poisoned.stderr);
  assert.match(poisoned.stderr, /WITHOUT a valid signature/);
  const after = builtinList();
  assert.is(after.code, 0, after.stderr);
  assert.match(after.stdout, /^time@/m);
  // the same name and version signed by a key the untrusted mcp.yaml trusts: recorded for that key only
  assert.is(run('catalog', 'keygen', '--out', 'evil.key').code, 0);
  assert.is(run('catalog', 'sign', 'cat', '--key', 'evil.key', '--name', 'mcpctl-builtin').code, 0);
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\ncatalogs:\n  - path: cat\n    trust: [evil.key.pub]\n');
  assert.is(run('catalog', 'list').code, 0);
  const state = JSON.parse(readFileSync(join(dir, '.config', 'mcpctl', 'catalog-versions.json'), 'utf8'));
  assert.is(state.format_version, 2);
  assert.ok(Object.values(state.signed).includes(1000000), JSON.stringify(state));
  const still = builtinList();
  assert.is(still.code, 0, still.stderr);
  assert.match(still.stdout, /^time@/m);
});

test('an old (format 1) state file poisoned by name is not trusted: the built-in catalog works and the file is rewritten per key', () => {
  const dir = tempDir('mcpctl-cat-');
  mkdirSync(join(dir, '.config', 'mcpctl'), { recursive: true });
  const file = join(dir, '.config', 'mcpctl', 'catalog-versions.json');
  writeFileSync(file, JSON.stringify({ format_version: 1, catalogs: { 'mcpctl-builtin': 999999 } }));
  const r = mcpctl(['catalog', 'list'], { cwd: dir, env: { HOME: dir } });
  assert.is(r.code, 0, r.stderr);
  const state = JSON.parse(readFileSync(file, 'utf8'));
  assert.is(state.format_version, 2);
  assert.is(state.catalogs, undefined);
  assert.equal(Object.keys(state.signed).length, 1);
  assert.match(Object.keys(state.signed)[0] ?? '', /^ed25519:[0-9a-f]{64}\/mcpctl-builtin$/);
});

test('catalog verify DIR refuses a replayed older index, as add and plan do', () => {
  const { dir, cat, run, verify } = setUp();
  cpSync(cat, join(dir, 'cat-v1'), { recursive: true });
  assert.is(run('catalog', 'sign', 'cat', '--key', 'acme.key').code, 0);
  const v2 = verify();
  assert.is(v2.code, 0, v2.stderr);
  cpSync(join(dir, 'cat-v1'), cat, { recursive: true });
  const replay = verify();
  refused(replay, 'E_ROLLBACK');
  assert.match(replay.stderr, /version 1, older than version 2 already seen/);
});

test('plan with template: resolves inputs, applies overrides, compiles like a hand-written server', () => {
  const { dir, run } = setUp();
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\nservers:\n  d:\n    template: demo@1.2.0\n    with: { root: /srv, toolsets: "repos,issues" }\n    env: { DEMO_TOKEN: "${env:DEMO_TOKEN}", DEMO_LEVEL: debug }\n  r:\n    template: remote-demo\n    with: { region: us, token: "${env:REMOTE_TOKEN}" }\n',
  );
  const r = run('render', '--config', 'c.toml');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /\[mcp_servers\.d\]\ncommand = "npx"\nargs = \["-y", "@acme\/demo-mcp@1\.2\.0", "--toolsets", "repos,issues", "\/srv"\]\nenv_vars = \["DEMO_TOKEN"\]\nenabled_tools = \["read"\]\n\n\[mcp_servers\.d\.env\]\nDEMO_LEVEL = "debug"\n/);
  assert.match(r.stdout, /\[mcp_servers\.r\]\nurl = "https:\/\/mcp\.example\.com\/us\/mcp"\nbearer_token_env_var = "REMOTE_TOKEN"\n/);
});

test('template input errors name file:line:col: missing required, bad choice, literal secret, unknown input, unknown template', () => {
  const { dir, run } = setUp();
  const yaml = (server: string) => writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\nservers:\n${server}`);
  yaml('  d:\n    template: demo\n    with: { toolsets: all, DEMO_TOKEN: plaintext-token-value, colour: red }\n');
  const r = run('validate');
  assert.is(r.code, 2);
  assert.match(r.stderr, /mcp\.yaml:7:\d+: error E_TEMPLATE: server "d": input "root" is required/);
  assert.match(r.stderr, /mcp\.yaml:8:\d+: error E_TEMPLATE: server "d": input "toolsets" must be one of repos, issues, repos,issues/);
  assert.match(r.stderr, /input "DEMO_TOKEN" is a secret and must not be written as a literal/);
  assert.match(r.stderr, /the template has no input "colour"/);
  assert.not.match(r.stderr, /plaintext-token-value/);
  yaml('  d:\n    template: dmeo\n');
  const unknown = run('validate');
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /no catalog has a template "dmeo"\n  hint: did you mean "demo"\?/);
});

test('catalog list, search and show', () => {
  const { dir, run } = setUp();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\n');
  const list = run('catalog', 'list');
  assert.is(list.code, 0, list.stderr);
  assert.match(list.stdout, /^demo@1\.2\.0\s+testing\s+npm\s+A demo server/m);
  assert.match(run('catalog', 'search', 'remote').stdout, /^remote-demo@2\.0\.0/m);
  assert.is(run('catalog', 'search', 'nothing-matches-this').code, 1);
  const show = run('catalog', 'show', 'demo', '--json');
  const doc = JSON.parse(show.stdout);
  assert.equal(doc.resolves_to.command, 'npx');
  assert.ok(doc.inputs.some((i: { name: string; secret: boolean }) => i.name === 'DEMO_TOKEN' && i.secret));
});

test('catalog import adopts a real server.json (MCP Registry shape) as a template that signs, verifies and resolves', () => {
  const { dir, run } = setUp();
  // the official registry document for the filesystem server (our built-in template without mcpctl's _meta)
  const real = JSON.parse(readFileSync(join(ROOT, 'catalog', 'templates', 'filesystem.json'), 'utf8'));
  delete real._meta;
  writeFileSync(join(dir, 'server.json'), JSON.stringify(real, null, 2));
  const imp = run('catalog', 'import', 'server.json', '--out', 'cat', '--id', 'fs');
  assert.is(imp.code, 0, imp.stderr);
  assert.is(run('catalog', 'sign', 'cat', '--key', 'acme.key').code, 0);
  assert.is(run('catalog', 'verify', 'cat', '--key', 'acme.key.pub').code, 0);
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\n');
  const show = JSON.parse(run('catalog', 'show', 'fs', '--json').stdout);
  const required = show.inputs.filter((i: { required: boolean }) => i.required).map((i: { name: string }) => i.name);
  writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\nservers:\n  files:\n    template: fs\n    with: { ${required.map((n: string) => `${n}: /srv/data`).join(', ')} }\n`);
  const r = run('render', '--config', 'c.toml');
  assert.is(r.code, 0, r.stderr);
  // it compiles to what the package runs, and the real Codex reads the result
  mkdirSync(join(dir, '.codex'));
  writeFileSync(join(dir, '.codex', 'config.toml'), r.stdout);
  const t = codexGet(dir, 'files')['transport'] as { command: string; args: string[] };
  assert.is(t.command, 'npx');
  assert.equal(t.args, ['-y', `${real.packages[0].identifier}@${real.packages[0].version}`, '/srv/data']);
});

test.run();
