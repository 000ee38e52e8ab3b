// upgrade: the pinned version moved in mcp.yaml, only those bytes; then plan shows only that change, in every
// target. Ranges, moving tags, versions the registry lacks and a failed lookup are refused, nothing written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planFor } from '../../src/app/pipeline.js';
import { upgrade } from '../../src/app/upgrade.js';
import { McpctlError } from '../../src/core/errors.js';
import { digest, fakeRegistries, registryProject } from './_registries.js';
import type { Registries } from './_registries.js';

let reg: Registries;
test.before(async () => {
  reg = await fakeRegistries();
  reg.npm.set('@acme/github', { versions: { '2025.4.8': {}, '2026.1.2': {}, '2026.2.0-rc.1': {} } });
  reg.pypi.set('mcp-fetch', { releases: { '1.2.0': [{}], '1.3.0': [{}] } });
  reg.oci.set('acme/mcp-git', { tags: { '1.0.0': digest('a'), '1.1.0': digest('b') } });
});
test.after(async () => {
  await reg.close();
});

const SPEC = `version: 1
targets:
  codex: {}
  claude-code: {}
  vscode: {}
servers:
  # the GitHub server, pinned
  github:
    command: npx
    args: ["-y", "@acme/github@2025.4.8"]   # keep this comment
    env: { LOG: info }
  fetch:
    command: uvx
    args:
      - mcp-fetch==1.2.0
  git: { command: docker, args: [run, -i, "acme/mcp-git:1.0.0@${digest('a')}"] }
`;

const project = () => registryProject(reg, SPEC);

test('upgrade changes only the version bytes; plan then shows only that change, in every target', async () => {
  const p = project();
  const before = readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8');
  const planBefore = await planFor('mcp.yaml', {}, p);
  const r = await upgrade({ file: 'mcp.yaml', name: 'github' }, p);
  assert.equal([r.from, r.to, r.written], ['2025.4.8', '2026.1.2', true], 'the newest release, not the rc');
  const after = readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8');
  assert.is(after, before.replace('@acme/github@2025.4.8', '@acme/github@2026.1.2'));
  // every target file as apply would write it differs from before only in that version
  const planAfter = await planFor('mcp.yaml', {}, p);
  assert.is(planAfter.files.length, 3);
  for (const [i, f] of planAfter.files.entries()) {
    const was = planBefore.files[i]?.newText ?? '';
    assert.is(f.newText, was.replace('@acme/github@2025.4.8', '@acme/github@2026.1.2'), f.target.path);
    assert.is.not(f.newText, was);
  }
});

test('PyPI and an image: the pin moves, and an image gets the new tag with its digest', async () => {
  const p = project();
  await upgrade({ file: 'mcp.yaml', name: 'fetch' }, p);
  await upgrade({ file: 'mcp.yaml', name: 'git', to: '1.1.0' }, p);
  const text = readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8');
  assert.match(text, '      - mcp-fetch==1.3.0\n');
  assert.match(text, `"acme/mcp-git:1.1.0@${digest('b')}"`);
});

test('refused, nothing written: a range, a moving tag, a version the registry lacks, a failed lookup', async () => {
  const p = project();
  const before = readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8');
  const refused = async (req: Parameters<typeof upgrade>[0], code: string, text: string) => {
    const e = await upgrade(req, p).then(
      () => null,
      (x: unknown) => x,
    );
    assert.ok(e instanceof McpctlError, `${JSON.stringify(req)} was not refused`);
    assert.is(e.code, code);
    assert.match(`${e.message} ${e.hint ?? ''}`, text);
  };
  await refused({ file: 'mcp.yaml', name: 'github', to: '^2026.1.0' }, 'E_USAGE', 'not an exact version');
  await refused({ file: 'mcp.yaml', name: 'github', to: 'latest' }, 'E_USAGE', 'not an exact version');
  await refused({ file: 'mcp.yaml', name: 'github', to: '2030.1.1' }, 'E_USAGE', 'has no version 2030.1.1');
  await refused({ file: 'mcp.yaml', name: 'nope' }, 'E_USAGE', 'its servers: github, fetch, git');
  reg.npm.set('@acme/github', { versions: { '2025.4.8': {} }, trouble: 'malformed' });
  await refused({ file: 'mcp.yaml', name: 'github', limits: { retries: 0 } }, 'E_NETWORK', 'did not answer with JSON');
  reg.npm.set('@acme/github', { versions: { '2025.4.8': {}, '2026.1.2': {}, '2026.2.0-rc.1': {} } });
  assert.is(readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8'), before);
});

test('--dry-run writes nothing and shows the one-line change; a pre-release only by name', async () => {
  const p = project();
  const before = readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8');
  const r = await upgrade({ file: 'mcp.yaml', name: 'github', to: '2026.2.0-rc.1', dryRun: true }, p);
  assert.is(r.written, false);
  assert.equal(
    r.diff.split('\n').filter((l) => /^[-+][^-+]/.test(l)),
    [
      '-    args: ["-y", "@acme/github@2025.4.8"]   # keep this comment',
      '+    args: ["-y", "@acme/github@2026.2.0-rc.1"]   # keep this comment',
    ],
  );
  assert.is(readFileSync(join(p.cwd, 'mcp.yaml'), 'utf8'), before);
});

test.run();
