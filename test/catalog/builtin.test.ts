// The built-in catalog: signed with the release key (whose public half is committed), every template
// resolves to a policy-clean server, and the real Codex reads what they compile to.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinKeys } from '../../src/app/catalogs.js';
import { verifyCatalog } from '../../src/core/catalog/verify.js';
import { McpctlError } from '../../src/core/errors.js';
import { readLocalCatalog } from '../../src/io/catalog/local.js';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codexList } from '../helpers/codex.js';

const TEMPLATES = readdirSync(join(ROOT, 'catalog', 'templates')).map((f) => f.replace(/\.json$/, ''));

test('the built-in catalog verifies against the committed release key (a changed template without a fresh signature fails here); at its own expiry it is refused', async () => {
  // the clock is injected: this checks the rule, and does not turn red on a calendar date
  const files = await readLocalCatalog(join(ROOT, 'catalog'));
  const keys = await builtinKeys();
  const expires = Date.parse(JSON.parse(readFileSync(join(ROOT, 'catalog', 'index.json'), 'utf8')).expires);
  const at = (ms: number) => verifyCatalog(files, { keys, threshold: 1, allowUnsigned: false, now: new Date(ms) });
  const v = at(expires - 1);
  assert.equal(v.signedBy, ['47d5a7467707705d']);
  assert.is(v.index.catalog, 'mcpctl-builtin');
  assert.is(v.templates.size, TEMPLATES.length);
  assert.equal(v.warnings, []);
  for (const now of [expires, expires + 86_400_000]) {
    const refused = (() => {
      try {
        at(now);
        return null;
      } catch (e) {
        return e;
      }
    })();
    assert.instance(refused, McpctlError, `verified at ${new Date(now).toISOString()}, at or after its expiry`);
    assert.is(refused instanceof McpctlError ? refused.code : '', 'E_EXPIRED');
  }
  // only the public half of the release key is in the repository
  assert.equal(readdirSync(join(ROOT, 'catalog', 'keys')), ['release.pub']);
  assert.not.match(readFileSync(join(ROOT, 'catalog', 'keys', 'release.pub'), 'utf8'), /secret/);
});

test('signing keeps the catalog fresh: "npm run catalog:sign" sets the expiry one year ahead of the signing moment', () => {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['catalog:sign'];
  assert.match(script, /mcpctl\.cjs catalog sign catalog /);
  assert.not.match(script, /--expires-days/, 'the release script uses the default expiry checked below');
  const dir = tempDir('mcpctl-sign-');
  cpSync(join(ROOT, 'catalog', 'templates'), join(dir, 'catalog', 'templates'), { recursive: true });
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  assert.is(run('catalog', 'keygen', '--out', 'k.key').code, 0);
  const before = Date.now();
  const signed = run('catalog', 'sign', 'catalog', '--name', 'mcpctl-builtin', '--key', 'k.key');
  const after = Date.now();
  assert.is(signed.code, 0, signed.stderr);
  const expires = Date.parse(JSON.parse(readFileSync(join(dir, 'catalog', 'index.json'), 'utf8')).expires);
  const YEAR = 365 * 86_400_000;
  assert.ok(expires >= before + YEAR && expires <= after + YEAR, `expires ${new Date(expires).toISOString()}, not one year after signing`);
});

test('every built-in template resolves to a valid, policy-clean server that Codex reads', () => {
  const home = tempDir('mcpctl-builtin-');
  mkdirSync(join(home, '.codex'));
  const run = (...args: string[]) => mcpctl(args, { cwd: home, env: { HOME: home } });
  let yaml = 'version: 1\nservers:\n';
  for (const id of TEMPLATES) {
    const show = JSON.parse(run('catalog', 'show', id, '--json').stdout);
    const withs = show.inputs
      .filter((i: { required: boolean }) => i.required)
      .map((i: { name: string; secret: boolean; choices?: string[] }) => `${i.name}: "${i.secret ? `\${secret:${id}/${i.name.toLowerCase()}}` : i.choices?.[0] ?? (i.name.toLowerCase().includes('path') || i.name.toLowerCase().includes('dir') || i.name === 'allowed_directories' ? '/srv/data' : 'x')}"`);
    yaml += `  ${id}:\n    template: ${id}\n${withs.length ? `    with: { ${withs.join(', ')} }\n` : ''}`;
  }
  writeFileSync(join(home, 'mcp.yaml'), yaml);
  const lint = run('lint', '--format', 'json');
  const findings = JSON.parse(lint.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
  assert.equal(findings, [], JSON.stringify(findings, null, 2));
  const render = run('render');
  assert.is(render.code, 0, render.stderr);
  const apply = mcpctl(['apply', '--yes'], { cwd: home, env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' } });
  // secrets are not set: apply refuses and names them; the rendered config is still checked by Codex below
  assert.is(apply.code, 1);
  assert.match(apply.stderr, /E_SECRET_MISSING/);
  writeFileSync(join(home, '.codex', 'config.toml'), render.stdout);
  assert.equal(codexList(home).map((s) => s['name']).sort(), [...TEMPLATES].sort());
});

test.run();
