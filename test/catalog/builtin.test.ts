// The built-in catalog: signed with the release key (whose public half is committed), every template
// resolves to a policy-clean server, and the real Codex reads what they compile to.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codexList } from '../helpers/codex.js';

const TEMPLATES = readdirSync(join(ROOT, 'catalog', 'templates')).map((f) => f.replace(/\.json$/, ''));

test('the built-in catalog verifies against the committed release key (a changed template without a fresh signature fails here)', () => {
  const r = mcpctl(['catalog', 'verify', join(ROOT, 'catalog')]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`catalog "mcpctl-builtin" version \\d+, ${TEMPLATES.length} templates verified \\(signed by 47d5a7467707705d\\)`));
  const index = JSON.parse(readFileSync(join(ROOT, 'catalog', 'index.json'), 'utf8'));
  assert.ok(Date.parse(index.expires) > Date.now() + 30 * 86_400_000, 'the built-in catalog expires within 30 days: sign it again');
  // only the public half of the release key is in the repository
  assert.equal(readdirSync(join(ROOT, 'catalog', 'keys')), ['release.pub']);
  assert.not.match(readFileSync(join(ROOT, 'catalog', 'keys', 'release.pub'), 'utf8'), /secret/);
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
