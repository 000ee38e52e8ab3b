// The bundled action (action/dist/index.js) run as the runner runs it, against a git repository with
// base and head commits and a loopback GitHub API: the sticky comment (created once, then updated),
// outputs, job summary, annotations, SARIF, the forked-PR and read-only paths, and a planted token
// that must appear nowhere but in ::add-mask::.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, PLANTED, prEvent, REPOSITORY, runAction, TOKEN } from './_fixture.js';
import type { Run } from './_fixture.js';

const BASE_YAML = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.4.8"]
  docs:
    url: https://docs.example.com/mcp
  old:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-everything@2025.4.8"]
`;

const HEAD_YAML = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.5.1"]
  docs:
    url: https://docs.example.com/mcp
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: ${PLANTED}
`;

const MARKER = '<!-- mcpctl:mcp:mcp.yaml -->';

let gh: FakeGitHub;
test.before(async () => {
  gh = await fakeGitHub({ repository: REPOSITORY, token: TOKEN });
});
test.after(async () => {
  await gh.close();
});
test.before.each(() => {
  gh.calls.length = 0;
  gh.comments.length = 0;
  gh.readOnly = false;
});

/** The secret appears in no output but the ::add-mask:: lines of stdout. */
function assertMasked(run: Run, secret: string, extra: Record<string, string> = {}): void {
  for (const line of run.stdout.split('\n')) {
    if (line.includes(secret)) assert.ok(line.startsWith('::add-mask::'), `unmasked on stdout: ${line}`);
  }
  assert.ok(run.stdout.includes(`::add-mask::${secret}\n`), 'the secret was not registered with ::add-mask::');
  const places: Record<string, string> = {
    stderr: run.stderr,
    summary: run.summary,
    outputs: readFileSync(run.files.output, 'utf8'),
    ...Object.fromEntries(gh.comments.map((c) => [`comment ${c.id}`, c.body])),
    ...Object.fromEntries(gh.calls.map((c, i) => [`request ${i} ${c.method} ${c.path}`, c.body])),
    ...extra,
  };
  const planJson = run.outputs['plan-json'];
  if (planJson) places['plan-json'] = readFileSync(planJson, 'utf8');
  for (const [where, text] of Object.entries(places))
    assert.not.ok(text.includes(secret), `the secret is in the ${where}`);
}

const writes = () => gh.calls.filter((c) => c.method !== 'GET');
const stickies = () => gh.comments.filter((c) => c.body.startsWith(MARKER));

test('plan: the first run creates the sticky comment, the next push updates the same one', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const head = repo.commit({ 'mcp.yaml': HEAD_YAML }, 'add github');
  // 120 other comments: the sticky one lands on page 2; a quote of the marker is not it
  for (let i = 0; i < 119; i++) gh.seed(7, `comment ${i}`);
  gh.seed(7, `> ${MARKER}\n> quoted by a reviewer`);

  const first = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 7, base, head }),
    apiUrl: gh.url,
    inputs: { sarif: 'mcpctl.sarif' },
  });
  assert.is(first.code, 1, `${first.stdout}\n${first.stderr}`); // a plaintext token is an error finding
  assert.ok(
    gh.calls.every((c) => c.authorized),
    'every call carries the token',
  );
  assert.equal(
    gh.calls.map(
      (c) =>
        `${c.method} ${c.path}${c.query['page'] ? ` page=${c.query['page']} per_page=${c.query['per_page']}` : ''}`,
    ),
    [
      `GET /repos/${REPOSITORY}/issues/7/comments page=1 per_page=100`,
      `GET /repos/${REPOSITORY}/issues/7/comments page=2 per_page=100`,
      `POST /repos/${REPOSITORY}/issues/7/comments`,
    ],
  );
  assert.is(stickies().length, 1);
  const body = stickies()[0]?.body ?? '';
  assert.match(body, '### mcpctl plan: `mcp.yaml`');
  assert.match(body, '1 to create, 1 to update, 1 to delete, 1 unchanged');
  assert.match(body, '| ➕ | `github` | create | `command`, `args`, `env` |');
  assert.match(body, '| ✏️ | `memory` | update | `args` |');
  assert.match(body, '| ➖ | `old` | delete |');
  assert.match(
    body,
    /<details><summary>What changes in config\.toml \(secret values masked\)<\/summary>\n\n```diff\n--- config\.toml\tbefore merge\n\+\+\+ config\.toml\tafter merge\n/,
  );
  assert.match(body, '+GITHUB_PERSONAL_ACCESS_TOKEN = "(sensitive)"');
  assert.match(body, '| ❌ error | `mcp.yaml:12:37` | `secret/github-pat` |');
  assert.match(body, `head \`${head.slice(0, 7)}\``);
  assert.match(body, `base \`main\` at \`${base.slice(0, 7)}\``);
  assert.match(
    first.stdout,
    /^::error file=mcp\.yaml,line=12,col=37,endLine=12,endColumn=77,title=secret\/github-pat::server "github": GitHub personal access token in plain text%0A/m,
  );
  assert.match(first.stdout, /^::error::mcpctl plan: 1 error in mcp\.yaml \(fail-on: error\)/m);
  assert.match(
    first.stdout,
    /^Created the pull request comment https:\/\/github\.com\/acme\/tools\/pull\/7#issuecomment-\d+\.$/m,
  );

  assert.equal(
    { ...first.outputs, 'plan-json': '' },
    {
      'has-changes': 'true',
      creates: '1',
      updates: '1',
      deletes: '1',
      findings: '1',
      'plan-json': '',
      'upgrades-available': '',
    },
  );
  const planJson = first.outputs['plan-json'] ?? '';
  assert.ok(planJson.startsWith(first.files.temp), planJson);
  const doc = JSON.parse(readFileSync(planJson, 'utf8'));
  assert.is(doc.kind, 'mcpctl.plan');
  assert.equal(doc.summary, { create: 1, update: 1, delete: 1, no_op: 1, drift: 0, unmanaged: 0 });
  assert.equal(doc.base, { ref: 'main', commit: base, file_exists: true, problem: null });
  assert.match(first.summary, '### mcpctl plan: `mcp.yaml`');
  assert.not.match(first.summary, '<!-- mcpctl:');
  assert.match(first.summary, '| ✏️ | `memory` | update | `args` |');
  const sarif = JSON.parse(readFileSync(join(repo.dir, 'mcpctl.sarif'), 'utf8'));
  assert.is(sarif.version, '2.1.0');
  assert.equal(
    sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
    ['secret/github-pat'],
  );
  assert.is(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'mcp.yaml');
  assertMasked(first, PLANTED, { sarif: readFileSync(join(repo.dir, 'mcpctl.sarif'), 'utf8') });
  assertMasked(first, TOKEN);

  // the next push: the token is gone, docs gets a timeout
  const fixed = HEAD_YAML.replace(PLANTED, '${secret:github/pat}').replace(
    'url: https://docs.example.com/mcp',
    'url: https://docs.example.com/mcp\n    startup_timeout_sec: 20',
  );
  const head2 = repo.commit({ 'mcp.yaml': fixed }, 'use the secret store');
  const id = stickies()[0]?.id;
  gh.calls.length = 0;
  const second = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 7, base, head: head2 }),
    apiUrl: gh.url,
  });
  assert.is(second.code, 0, second.stdout);
  assert.equal(
    writes().map((c) => `${c.method} ${c.path}`),
    [`PATCH /repos/${REPOSITORY}/issues/comments/${id}`],
  );
  assert.is(stickies().length, 1, 'never a second comment');
  assert.is(stickies()[0]?.id, id);
  assert.match(stickies()[0]?.body ?? '', `head \`${head2.slice(0, 7)}\``);
  assert.match(stickies()[0]?.body ?? '', '| ✏️ | `docs` | update | `startup_timeout_sec` |');
  assert.match(stickies()[0]?.body ?? '', '✅ Lint: no findings.');
  assert.match(second.stdout, /^Updated the pull request comment /m);
  assert.is(gh.comments.length, 121);
  assert.is(second.outputs['updates'], '2');
});

test('a forked pull request: no comment, a notice, the summary and outputs still written', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const head = repo.commit({ 'mcp.yaml': HEAD_YAML }, 'head');
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 9, base, head, fork: true }),
    apiUrl: gh.url,
    inputs: { 'fail-on': 'never' },
  });
  assert.is(run.code, 0, run.stdout);
  assert.equal(gh.calls, [], 'no call to the API at all');
  assert.match(
    run.stdout,
    /^::notice::mcpctl: pull request #9 comes from a fork, whose token cannot comment; the report is in the job summary\.$/m,
  );
  assert.match(run.summary, '1 to create, 1 to update, 1 to delete');
  assert.is(run.outputs['has-changes'], 'true');
  assertMasked(run, PLANTED);
});

test('a read-only token (403 on create): a notice, no failure of its own, the summary written', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const head = repo.commit({ 'mcp.yaml': BASE_YAML.replace('2025.4.8"]\n  docs', '2025.5.1"]\n  docs') }, 'bump');
  gh.readOnly = true;
  const run = await runAction({ workspace: repo.dir, event: prEvent({ number: 11, base, head }), apiUrl: gh.url });
  assert.is(run.code, 0, run.stdout);
  assert.equal(
    writes().map((c) => c.method),
    ['POST'],
  );
  assert.is(gh.comments.length, 0);
  assert.match(run.stdout, /^::notice::mcpctl: the token cannot comment on this pull request \(403/m);
  assert.match(run.summary, '| ✏️ | `memory` | update | `args` |');
  assert.equal(
    { ...run.outputs, 'plan-json': '' },
    {
      'has-changes': 'true',
      creates: '0',
      updates: '1',
      deletes: '0',
      findings: '0',
      'plan-json': '',
      'upgrades-available': '',
    },
  );
});

test('mcp.yaml absent at the base: every server is a create', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'README.md': '# tools\n' }, 'base');
  const head = repo.commit({ 'mcp.yaml': BASE_YAML }, 'add mcp.yaml');
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 12, base, head }),
    apiUrl: gh.url,
    inputs: { comment: 'false' },
  });
  assert.is(run.code, 0, run.stdout);
  assert.equal(gh.calls, []);
  assert.equal(
    { ...run.outputs, 'plan-json': '' },
    {
      'has-changes': 'true',
      creates: '3',
      updates: '0',
      deletes: '0',
      findings: '0',
      'plan-json': '',
      'upgrades-available': '',
    },
  );
  assert.match(run.summary, '`mcp.yaml` is new in this pull request: every server is created.');
  assert.match(run.summary, '@@ -0,0 +1,10 @@\n+[mcp_servers.memory]\n'); // the diff starts from an empty config.toml
});

test('no change to the servers: has-changes false, and the comment says so', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const head = repo.commit({ 'mcp.yaml': `# a comment only\n${BASE_YAML}` }, 'comment');
  const run = await runAction({ workspace: repo.dir, event: prEvent({ number: 13, base, head }), apiUrl: gh.url });
  assert.is(run.code, 0, run.stdout);
  assert.is(run.outputs['has-changes'], 'false');
  assert.match(
    stickies()[0]?.body ?? '',
    '**No changes:** merging this pull request leaves every Codex config that applies `mcp.yaml` as it is (3 servers unchanged).',
  );
  assert.not.match(stickies()[0]?.body ?? '', '<details>');
});

test('a head mcp.yaml that does not load: annotations at its lines, a comment that says so, exit 1', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const head = repo.commit(
    {
      'mcp.yaml': BASE_YAML.replace(
        '    url: https://docs.example.com/mcp',
        `    url: https://docs.example.com/mcp\n    comand: ${PLANTED}`,
      ),
    },
    'typo',
  );
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 14, base, head }),
    apiUrl: gh.url,
    inputs: { 'fail-on': 'never', sarif: 'out/mcpctl.sarif' },
  });
  assert.is(run.code, 1, run.stdout);
  assert.match(run.stdout, /^::error file=mcp\.yaml,line=8,col=5,title=E_SCHEMA::/m);
  assert.match(run.stdout, /^::error::mcpctl plan: E_SCHEMA: mcp\.yaml is not a valid mcp\.yaml/m);
  const body = stickies()[0]?.body ?? '';
  assert.match(body, '❌ **E\\_SCHEMA: mcp.yaml is not a valid mcp.yaml \\(1 problem\\)** The problems:');
  assert.match(body, '| ❌ error | `mcp.yaml:8:5` | `E_SCHEMA` |');
  assert.is(run.outputs['has-changes'], 'false');
  assert.is(run.outputs['findings'], '1');
  const sarif = JSON.parse(readFileSync(join(repo.dir, 'out', 'mcpctl.sarif'), 'utf8'));
  assert.is(sarif.runs[0].results[0].ruleId, 'E_SCHEMA');
  assertMasked(run, PLANTED, { sarif: JSON.stringify(sarif) });
});

test('command lint: findings of the head only, no plan outputs', async () => {
  const repo = gitRepo();
  repo.commit({ 'mcp.yaml': HEAD_YAML.replace('server-github@2025.4.8', 'server-github') }, 'only');
  const run = await runAction({
    workspace: repo.dir,
    event: { action: 'push' },
    apiUrl: gh.url,
    inputs: { command: 'lint', comment: 'false', 'fail-on': 'warn' },
    env: { GITHUB_EVENT_NAME: 'push' },
  });
  assert.is(run.code, 1);
  assert.match(run.stdout, /^::error file=mcp\.yaml,line=10,col=18,title=policy\/unpinned-package::/m);
  assert.match(
    run.stdout,
    /^::error file=mcp\.yaml,line=12,col=37,endLine=12,endColumn=77,title=secret\/github-pat::/m,
  );
  assert.equal(run.outputs, {
    'has-changes': 'false',
    creates: '0',
    updates: '0',
    deletes: '0',
    findings: '2',
    'plan-json': '',
    'upgrades-available': '',
  });
  assert.match(run.summary, '### mcpctl lint: `mcp.yaml`');
  assert.match(run.summary, '#### ❌ Lint: 2 errors, 0 warnings');
  assertMasked(run, PLANTED);
});

test('command scan: the files the pull request changes, tokens masked', async () => {
  const repo = gitRepo();
  const base = repo.commit(
    { 'mcp.yaml': BASE_YAML, 'old.env': `OLD_TOKEN=${PLANTED.replace('Zq8', 'Yq8')}\n` },
    'base',
  );
  const head = repo.commit({ 'deploy/.env': `GITHUB_TOKEN=${PLANTED}\n`, 'notes.md': 'nothing here\n' }, 'head');
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 15, base, head }),
    apiUrl: gh.url,
    inputs: { command: 'scan', sarif: 'scan.sarif' },
  });
  assert.is(run.code, 1, run.stdout);
  assert.match(
    run.stdout,
    /^::error file=deploy\/\.env,line=1,col=14,endLine=1,endColumn=54,title=secret\/github-pat::/m,
  );
  assert.not.match(run.stdout, 'old.env', 'a file the pull request does not change is not scanned');
  assert.match(run.summary, '### mcpctl scan: the 2 files changed since `main` at');
  assert.is(run.outputs['findings'], '1');
  assert.equal(
    gh.comments.map((c) => c.body.split('\n')[0]),
    ['<!-- mcpctl:mcp:scan -->'],
    'its own sticky comment',
  );
  assertMasked(run, PLANTED, { sarif: readFileSync(join(repo.dir, 'scan.sarif'), 'utf8') });
});

test('bad inputs: an error annotation naming the input, exit 1, nothing else done', async () => {
  const repo = gitRepo();
  const head = repo.commit({ 'mcp.yaml': BASE_YAML }, 'base');
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 16, base: head, head }),
    apiUrl: gh.url,
    inputs: { 'fail-on': 'sometimes' },
  });
  assert.is(run.code, 1);
  assert.match(
    run.stdout,
    /^::error::E_USAGE: input "fail-on" is "sometimes", which is not one of error, warn, never%0Ahint: /m,
  );
  assert.equal(gh.calls, []);
  assert.is(run.summary, '');
  assert.not.ok(existsSync(join(repo.dir, 'mcpctl.sarif')));
});

test.run();
