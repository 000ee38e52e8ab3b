// The plan of a pull request per client file: every target of the head mcp.yaml (and of the base, for a
// target the pull request drops) planned from what apply wrote at the base to what it writes at the head,
// the sticky comment grouped by file and client, outputs over all files. A mcp.yaml without targets gives
// exactly the Codex report it gave before targets existed (the goldens of fixtures/action/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSpecText } from '../../src/app/pipeline.js';
import type { Context } from '../../src/app/pipeline.js';
import { planTargets } from '../../src/action/pr-targets.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
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

// Base: Codex, Claude Code's .mcp.json and Cursor's user file. Head: Copilot joins the shared .mcp.json, VS Code
// is added, Cursor is dropped; one server goes to Codex only; a secret in a local server goes through the launcher.
const MULTI_BASE = `version: 1
targets:
  codex: {}
  claude-code: {scope: project}
  cursor: {scope: user}
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

const MULTI_HEAD = `version: 1
targets:
  codex: {}
  claude-code: {scope: project}
  copilot: {scope: project}
  vscode: {scope: project}
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.5.1"]
  docs:
    url: https://docs.example.com/mcp
    headers:
      Authorization: "Bearer \${env:DOCS_TOKEN}"
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: \${secret:github/pat}
  codex-only:
    command: uvx
    args: [codex-helper==1.2.0]
    targets: [codex]
`;

test('targets: one section per client file, grouped by client (a shared .mcp.json once), outputs over all files', async () => {
  const { run, texts } = await planRun({ 'mcp.yaml': MULTI_BASE }, { 'mcp.yaml': MULTI_HEAD }, 22);
  assert.is(run.code, 0, `${run.stdout}\n${run.stderr}`);
  for (const [name, text] of Object.entries(texts)) assertGolden(join(GOLDEN, 'targets', `${name}.golden`), text);
  const body = texts['comment'] ?? '';
  const headings = [...body.matchAll(/^#### (.*)$/gm)].map((m) => m[1]);
  assert.equal(headings, [
    '`config.toml` (Codex)',
    '`.mcp.json` (Claude Code, Copilot)',
    '`.vscode/mcp.json` (VS Code)',
    '`~/.cursor/mcp.json` (Cursor)',
  ]);
  assert.match(body, '`mcp.yaml` no longer configures Cursor here: after the merge, apply leaves this file as it is');
  // Codex: memory and github change, codex-only is new, old goes; .mcp.json the same but codex-only; VS Code: all new
  assert.equal(
    { ...run.outputs, 'plan-json': '' },
    {
      'has-changes': 'true',
      creates: '6',
      updates: '2',
      deletes: '2',
      findings: '0',
      'plan-json': '',
      'upgrades-available': '',
    },
  );
  const doc = JSON.parse(readFileSync(run.outputs['plan-json'] ?? '', 'utf8'));
  assert.is(doc.format_version, 2);
  assert.equal(
    doc.targets.map((t: { clients: string[]; file: string; exists: boolean }) => [t.clients, t.file, t.exists]),
    [
      [['codex'], 'config.toml', true],
      [['claude-code', 'copilot'], '.mcp.json', true],
      [['vscode'], '.vscode/mcp.json', false],
    ],
  );
  assert.equal(doc.dropped_targets, [
    { clients: ['cursor'], scope: 'user', file: '~/.cursor/mcp.json', servers_left: ['memory', 'docs', 'old'] },
  ]);
  assert.not.match(texts['plan'] ?? '', /mcpctl-action-runner|__mcpctl_home__/);
});

test('targets: a comment-only change: has-changes false, every file says so', async () => {
  const { run, texts } = await planRun(
    { 'mcp.yaml': MULTI_HEAD },
    { 'mcp.yaml': `# a comment only\n${MULTI_HEAD}` },
    23,
  );
  assert.is(run.code, 0, run.stdout);
  assert.is(run.outputs['has-changes'], 'false', texts['comment']);
  assert.match(
    texts['comment'] ?? '',
    '**No changes:** merging this pull request leaves the 3 client files that `mcp.yaml` writes as they are (10 servers unchanged).',
  );
  assert.is((texts['comment']?.match(/^No changes \(/gm) ?? []).length, 3);
});

test('targets: each file’s plan is what apply writes there, base applied and then head, with the real CLI', async () => {
  const home = tempDir('mcpctl-action-home-');
  const work = join(home, 'work');
  mkdirSync(work);
  const env = { HOME: home, MCPCTL_LAUNCHER: 'mcpctl' };
  const ctx: Context = { cwd: work, env, home };
  const path = join(work, 'mcp.yaml');
  const noSecret = (y: string) => y.replace('${secret:github/pat}', '${env:GITHUB_PAT}');
  const base = noSecret(MULTI_BASE);
  const head = noSecret(MULTI_HEAD).replace(
    '  vscode: {scope: project}\n',
    '  cursor: {scope: user}\n  vscode: {scope: project}\n',
  );
  const spec = (text: string) => loadSpecText(text, 'mcp.yaml', path, ctx);
  const files = planTargets(await spec(base), await spec(head), path, ctx);
  assert.equal(
    files.map((f) => `${f.label} ${f.clients.map((c) => c.name).join('+')} ${f.inBase}`),
    [
      'config.toml codex true',
      '.mcp.json claude-code+copilot true',
      '~/.cursor/mcp.json cursor true',
      '.vscode/mcp.json vscode false',
    ],
  );
  const fileOf = (label: string) =>
    label === 'config.toml'
      ? join(home, '.codex', 'config.toml')
      : label.startsWith('~/')
        ? join(home, label.slice(2))
        : join(work, label);
  for (const [yaml, side] of [
    [base, 'baseText'],
    [head, 'headText'],
  ] as const) {
    writeFileSync(path, yaml);
    const r = mcpctl(['apply', '--yes'], { cwd: work, env });
    assert.is(r.code, 0, `${r.stdout}\n${r.stderr}`);
    for (const f of files) {
      if (!f.merge) continue;
      const file = fileOf(f.label);
      if (side === 'baseText' && !f.inBase) assert.not.ok(existsSync(file), `${f.label} is not written at the base`);
      else assert.fixture(readFileSync(file, 'utf8'), f.merge[side], `${f.label}, ${side}`);
    }
  }
});

test('mcp.yaml deleted by the pull request: every server of every file it wrote is deleted (Codex alone: as before targets)', async () => {
  const dir = tempDir();
  const ctx: Context = { cwd: dir, env: { MCPCTL_LAUNCHER: 'mcpctl' }, home: dir };
  const path = join(dir, 'mcp.yaml');
  const codex = planTargets(await loadSpecText(CODEX_BASE, 'mcp.yaml', path, ctx), null, path, ctx);
  assert.equal(
    codex.map((f) => [f.label, f.merge?.plan.summary.delete]),
    [['config.toml', 3]],
  );
  const multi = planTargets(await loadSpecText(MULTI_BASE, 'mcp.yaml', path, ctx), null, path, ctx);
  assert.equal(
    multi.map((f) => [f.label, f.merge?.plan.summary.delete, f.merge?.headText]),
    [
      ['config.toml', 3, ''],
      ['.mcp.json', 3, '{\n  "mcpServers": {}\n}\n'],
      ['~/.cursor/mcp.json', 3, '{\n  "mcpServers": {}\n}\n'],
    ],
  );
});

test.run();
