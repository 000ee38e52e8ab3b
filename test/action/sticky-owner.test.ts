// The sticky comment is the action's own: a comment by anyone else that starts with the marker is never
// updated (that would put our report under their name, and they could edit it afterwards). The token's
// identity decides: GET /user for a personal access token, github-actions[bot] for the GITHUB_TOKEN.
// And what the pull request writes (package names here) shows as text in the comment and the summary.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ACTIONS_BOT, fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, prEvent, REPOSITORY, runAction } from './_fixture.js';

const MARKER = '<!-- mcpctl:mcp:mcp.yaml -->';
const YAML = (v: string) =>
  `version: 1\nservers:\n  memory:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-memory@${v}"]\n`;

let gh: FakeGitHub;
test.before(async () => {
  gh = await fakeGitHub({ repository: REPOSITORY, token: 'ghs_L0opbackT0kenF0rTheActi0nTests000001' });
});
test.after(async () => {
  await gh.close();
});
test.before.each(() => {
  gh.calls.length = 0;
  gh.comments.length = 0;
  gh.identity = null;
});

const writes = () => gh.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);

async function twoRuns(pr: number) {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': YAML('2025.4.8') }, 'base');
  const head = repo.commit({ 'mcp.yaml': YAML('2025.5.1') }, 'bump');
  const run = () => runAction({ workspace: repo.dir, event: prEvent({ number: pr, base, head }), apiUrl: gh.url });
  return { run };
}

test('GITHUB_TOKEN: a marker comment by someone else is left alone; ours is created, then updated', async () => {
  const fake = gh.seed(21, `${MARKER}\n### mcpctl plan: \`mcp.yaml\`\n\n**No changes** (a forged report)`, {
    login: 'mallory',
    id: 666,
    type: 'User',
  });
  const { run } = await twoRuns(21);
  const first = await run();
  assert.is(first.code, 0, first.stdout);
  assert.equal(
    writes(),
    [`POST /repos/${REPOSITORY}/issues/21/comments`],
    'a comment of our own, not a PATCH of theirs',
  );
  assert.match(fake.body, 'a forged report', 'their comment is untouched');
  assert.match(
    first.stdout,
    /^::warning::mcpctl: pull request #21 has a comment that starts with mcpctl's marker but was not written with this token: left alone/m,
  );
  const ours = gh.comments.find((c) => c.user.login === ACTIONS_BOT.login);
  assert.ok(ours, 'written by github-actions[bot]');
  gh.calls.length = 0;
  const second = await run();
  assert.is(second.code, 0, second.stdout);
  assert.equal(writes(), [`PATCH /repos/${REPOSITORY}/issues/comments/${ours.id}`]);
  assert.ok(
    gh.calls.some((c) => c.path === '/user'),
    'the token was asked who it is',
  );
  assert.match(fake.body, 'a forged report');
  assert.is(gh.comments.length, 2);
});

test('a personal access token: GET /user names the account; a github-actions[bot] or look-alike comment is not ours', async () => {
  gh.identity = { login: 'acme-ci', id: 4242, type: 'User' };
  const bot = gh.seed(22, `${MARKER}\nby the workflow token`, ACTIONS_BOT);
  const renamed = gh.seed(22, `${MARKER}\nby an account that took the name acme-ci later`, {
    login: 'acme-ci',
    id: 9999,
    type: 'User',
  });
  const { run } = await twoRuns(22);
  const first = await run();
  assert.is(first.code, 0, first.stdout);
  assert.equal(writes(), [`POST /repos/${REPOSITORY}/issues/22/comments`]);
  assert.match(bot.body, 'by the workflow token');
  assert.match(renamed.body, 'took the name');
  const ours = gh.comments.find((c) => c.user.id === 4242);
  assert.ok(ours);
  gh.calls.length = 0;
  const second = await run();
  assert.equal(writes(), [`PATCH /repos/${REPOSITORY}/issues/comments/${ours.id}`]);
  assert.is(second.code, 0);
});

test('package names from the pull request render as text, not as links or images, in the comment and the summary', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': YAML('2025.4.8') }, 'base');
  const evil = '![pwned](https://evil.example/p.png)[login](https://evil.example/login)';
  const head = repo.commit(
    { 'mcp.yaml': `version: 1\nservers:\n  memory:\n    command: npx\n    args: ["-y", "${evil}"]\n` },
    'evil',
  );
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 23, base, head }),
    apiUrl: gh.url,
    inputs: { 'fail-on': 'never' },
  });
  assert.is(run.code, 0, run.stdout);
  const body = gh.comments[0]?.body ?? '';
  for (const [where, text] of Object.entries({ comment: body, summary: run.summary })) {
    assert.match(text, 'policy/unpinned-package', `${where}: the finding is reported`);
    const outside = text.replace(/^(`{3,})diff\n[\s\S]*?^\1$/m, '').replace(/(`+)[^`][\s\S]*?\1(?!`)/g, '');
    assert.not.match(outside, /(^|[^\\])!\[/, `${where}: an image`);
    assert.not.match(outside, /(^|[^\\])\]\(/, `${where}: a link`);
    assert.not.match(outside, /https:\/\/evil/, `${where}: a bare link`);
    assert.match(outside, '\\!\\[pwned\\]\\(https:', `${where}: shown as written`);
  }
});

test.run();
