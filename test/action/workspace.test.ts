// In a pull request check, mcp.yaml comes from the pull request: the files it names (policy, catalog
// folders, trusted keys), and mcp.yaml itself, must be files of the checkout. A path out of it, or a
// symlink committed in it that leads out, is refused at its line: the runner's own files are never read.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, prEvent, REPOSITORY, runAction, TOKEN } from './_fixture.js';

const UNPINNED =
  'version: 1\nservers:\n  memory:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-memory"]\n';
const STRICT = 'version: 1\nrules:\n  policy/unpinned-package: error\n';

let gh: FakeGitHub;
test.before(async () => {
  gh = await fakeGitHub({ repository: REPOSITORY, token: TOKEN });
});
test.after(async () => {
  await gh.close();
});

/** A folder beside the checkout, as the runner's other files are. */
function outsideDir(): string {
  const dir = tempDir('mcpctl-outside-');
  writeFileSync(join(dir, 'policy.yaml'), STRICT);
  return dir;
}

async function plan(files: Record<string, string>, setUp?: (dir: string) => void) {
  const repo = gitRepo();
  const base = repo.commit({ 'README.md': 'x\n' }, 'base');
  setUp?.(repo.dir);
  const head = repo.commit(files, 'head');
  return runAction({
    workspace: repo.dir,
    event: prEvent({ number: 31, base, head }),
    apiUrl: gh.url,
    inputs: { 'fail-on': 'warn', comment: 'false' },
  });
}

const refused = (r: { code: number; stdout: string; summary: string }, what: RegExp) => {
  assert.is(r.code, 1, r.stdout);
  assert.match(r.stdout, what);
  assert.match(r.summary, 'E\\_OUTSIDE\\_ROOT');
};

test('policy: a path out of the checkout, or a committed symlink that leads out, is refused at its line', async () => {
  const out = outsideDir();
  const inside = await plan({ 'mcp.yaml': `${UNPINNED}policy: org/policy.yaml\n`, 'org/policy.yaml': STRICT });
  assert.match(inside.stdout, /title=policy\/unpinned-package::/, 'a policy of the repository applies');
  const up = await plan({ 'mcp.yaml': `${UNPINNED}policy: ${join('..', '..', out.slice(1), 'policy.yaml')}\n` });
  refused(
    up,
    /^::error file=mcp\.yaml,line=6,col=9,title=E_OUTSIDE_ROOT::policy "[^"]+" leads outside the repository checkout/m,
  );
  assert.not.match(up.stdout, /title=policy\/unpinned-package::/, 'the outside policy was not read');
  const abs = await plan({ 'mcp.yaml': `${UNPINNED}policy: ${join(out, 'policy.yaml')}\n` });
  refused(abs, /title=E_OUTSIDE_ROOT::policy/);
  const link = await plan({ 'mcp.yaml': `${UNPINNED}policy: org.yaml\n` }, (dir) => {
    symlinkSync(join(out, 'policy.yaml'), join(dir, 'org.yaml'));
    execFileSync('git', ['add', 'org.yaml'], { cwd: dir });
  });
  refused(link, /title=E_OUTSIDE_ROOT::policy "org\.yaml" leads outside the repository checkout \(to .*policy\.yaml\)/);
});

test('catalogs: a folder or a trusted key out of the checkout is refused; mcp.yaml that is a symlink out is refused', async () => {
  const out = outsideDir();
  cpSync(join(ROOT, 'fixtures', 'catalog', 'demo'), join(out, 'cat'), { recursive: true });
  assert.is(mcpctl(['catalog', 'keygen', '--out', 'k.key'], { cwd: out, env: { HOME: out } }).code, 0);
  assert.is(
    mcpctl(['catalog', 'sign', 'cat', '--key', 'k.key', '--name', 'acme'], { cwd: out, env: { HOME: out } }).code,
    0,
  );
  const servers = 'servers:\n  d:\n    template: demo\n    with: { root: /srv, DEMO_TOKEN: "${secret:demo/token}" }\n';
  const folder = await plan({
    'mcp.yaml': `version: 1\ncatalogs:\n  - path: ${join(out, 'cat')}\n    trust: [k.key.pub]\n${servers}`,
    'k.key.pub': '',
  });
  refused(folder, /^::error file=mcp\.yaml,line=3,col=11,title=E_OUTSIDE_ROOT::catalog path /m);
  const key = await plan(
    { 'mcp.yaml': `version: 1\ncatalogs:\n  - path: cat\n    trust: [${join(out, 'k.key.pub')}]\n${servers}` },
    (dir) => {
      cpSync(join(out, 'cat'), join(dir, 'cat'), { recursive: true });
      execFileSync('git', ['add', 'cat'], { cwd: dir });
    },
  );
  refused(key, /^::error file=mcp\.yaml,line=4,col=13,title=E_OUTSIDE_ROOT::trusted key /m);
  const linked = await plan({ 'README.md': 'y\n' }, (dir) => {
    writeFileSync(join(out, 'mcp.yaml'), UNPINNED);
    symlinkSync(join(out, 'mcp.yaml'), join(dir, 'mcp.yaml'));
    execFileSync('git', ['add', 'mcp.yaml'], { cwd: dir });
  });
  assert.is(linked.code, 1, linked.stdout);
  assert.match(linked.stdout, /E_OUTSIDE_ROOT: input "file" \(mcp\.yaml\) leads outside the repository checkout/);
});

test('scan: a changed file that is a symlink out of the checkout is not read, and is listed as not scanned', async () => {
  const out = outsideDir();
  const token = 'ghp_Zq8vW3nR5tY1uI9oP2aS4dF6gH7jK0lXcVbN';
  writeFileSync(join(out, 'runner.env'), `GITHUB_TOKEN=${token}\n`);
  const repo = gitRepo();
  const base = repo.commit({ 'README.md': 'x\n' }, 'base');
  symlinkSync(join(out, 'runner.env'), join(repo.dir, 'linked.env'));
  mkdirSync(join(repo.dir, 'ok'));
  execFileSync('git', ['add', 'linked.env'], { cwd: repo.dir });
  const head = repo.commit({ 'ok/clean.txt': 'nothing\n' }, 'head');
  const r = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 32, base, head }),
    apiUrl: gh.url,
    inputs: { command: 'scan', comment: 'false' },
  });
  assert.is(r.code, 0, r.stdout);
  assert.not.match(r.stdout, /title=secret\/github-pat/);
  assert.match(r.stdout, /^::notice file=linked\.env::skipped: a symlink out of the repository checkout$/m);
});

test.run();
