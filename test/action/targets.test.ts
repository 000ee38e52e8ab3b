// The plan of a pull request per client file: every target of the head mcp.yaml (and of the base, for a
// target the pull request drops) planned from what apply wrote at the base to what it writes at the head,
// the sticky comment grouped by file and client, outputs over all files. A mcp.yaml without targets gives
// exactly the Codex report it gave before targets existed (the goldens of fixtures/action/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, prEvent, REPOSITORY, runAction, TOKEN } from './_fixture.js';
import type { Run } from './_fixture.js';

const GOLDEN = fileURLToPath(new URL('../../fixtures/action/', import.meta.url));

const CODEX_BASE = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.4.8"]
  docs:
    url: https://docs.example.com/mcp
    headers:
      Authorization: "Bearer \${env:DOCS_TOKEN}"
  old:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-everything@2025.4.8"]
`;

const CODEX_HEAD = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.5.1"]
    env:
      MEMORY_FILE_PATH: /data/memory.json
  docs:
    url: https://docs.example.com/mcp
    headers:
      Authorization: "Bearer \${env:DOCS_TOKEN}"
    startup_timeout_sec: 20
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: \${secret:github/pat}
`;

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
});

/** The run's texts with what changes from run to run (commit ids, temp paths, the version) replaced. */
function stable(run: Run, dir: string, commits: Record<string, string>): Record<string, string> {
  const fix = (s: string) => {
    let out = s.split(run.files.temp).join('<runner temp>').split(dir).join('<repository>');
    for (const [name, sha] of Object.entries(commits))
      out = out.split(sha).join(`<${name}>`).split(sha.slice(0, 7)).join(`<${name}>`);
    return out
      .replace(/mcpctl \d+\.\d+\.\d+[^ \n"`]*/g, 'mcpctl <version>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<stop token>');
  };
  const planJson = run.outputs['plan-json'] ?? '';
  return {
    comment: fix(gh.comments[0]?.body ?? ''),
    summary: fix(run.summary),
    log: fix(run.stdout.replace(/^Created the pull request comment .*$/m, 'Created the pull request comment <url>.')),
    outputs: fix(JSON.stringify(run.outputs, null, 2)),
    plan: planJson ? fix(readFileSync(planJson, 'utf8')) : '',
  };
}

async function planRun(base: Record<string, string | null>, head: Record<string, string | null>, number: number) {
  const repo = gitRepo();
  const b = repo.commit(base, 'base');
  const h = repo.commit(head, 'head');
  const run = await runAction({ workspace: repo.dir, event: prEvent({ number, base: b, head: h }), apiUrl: gh.url });
  return { run, texts: stable(run, repo.dir, { base: b, head: h }) };
}

test('mcp.yaml without targets: the comment, summary, log, outputs and plan JSON of Codex alone, as before targets', async () => {
  const { run, texts } = await planRun({ 'mcp.yaml': CODEX_BASE }, { 'mcp.yaml': CODEX_HEAD }, 21);
  assert.is(run.code, 0, `${run.stdout}\n${run.stderr}`);
  for (const [name, text] of Object.entries(texts)) assertGolden(join(GOLDEN, 'codex-only', `${name}.golden`), text);
});

test.run();
