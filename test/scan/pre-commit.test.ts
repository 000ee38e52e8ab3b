// The shipped .pre-commit-hooks.yaml under the real pre-commit framework (Debian's pre-commit 3.0.4
// in CI): a snapshot of this working tree becomes a hook repository, a temp project uses it as a user
// would (`repo:` + `rev:`), and real `git commit`s are blocked or let through.
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';
import { fixtureTokens } from './_fixtures.js';

const token = fixtureTokens(11)['github-pat'] ?? '';
const home = tempDir('mcpctl-pc-home-');
/**
 * The machine's environment (its CA certificates and proxy settings reach the npm registry) without
 * what a surrounding `npm run`, git hook or terminal adds, plus a home and a pre-commit store of our own.
 */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|GIT_|PRE_COMMIT|FORCE_COLOR)/i.test(k))),
  HOME: home,
  PRE_COMMIT_HOME: join(home, 'pre-commit'),
  // the npm cache that `npm ci` filled: pre-commit's `npm install` of the hook repo reads from it
  npm_config_cache: process.env['npm_config_cache'] ?? join(process.env['HOME'] ?? '/root', '.npm'),
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  NO_COLOR: '1',
};

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 480_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** This working tree as committed plus its new files (what a push would publish), as a git repo. */
function hookRepo(): { path: string; rev: string } {
  const path = tempDir('mcpctl-hook-repo-');
  const files = ok(sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT), 'git ls-files')
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    let st;
    try {
      st = lstatSync(join(ROOT, f));
    } catch {
      continue; // deleted in the working tree
    }
    mkdirSync(dirname(join(path, f)), { recursive: true });
    if (st.isSymbolicLink()) symlinkSync(readlinkSync(join(ROOT, f)), join(path, f));
    else copyFileSync(join(ROOT, f), join(path, f));
  }
  ok(sh('git', ['init', '-q'], path), 'git init');
  ok(sh('git', ['add', '-A'], path), 'git add');
  ok(sh('git', ['commit', '-q', '-m', 'snapshot'], path), 'git commit');
  return { path, rev: ok(sh('git', ['rev-parse', 'HEAD'], path), 'rev-parse').trim() };
}

test('pre-commit runs the shipped hooks: a token blocks the commit, a clean commit passes', () => {
  const version = sh('pre-commit', ['--version'], home);
  assert.ok(version.status === 0, 'the pre-commit framework is needed: apt-get install -y pre-commit');
  const hooks = hookRepo();
  const project = tempDir('mcpctl-pc-project-');
  ok(sh('git', ['init', '-q'], project), 'git init');
  writeFileSync(
    join(project, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hooks.path}\n    rev: ${hooks.rev}\n    hooks:\n      - id: mcpctl-scan\n      - id: mcpctl-lint\n`,
  );
  ok(sh('pre-commit', ['install'], project), 'pre-commit install');
  writeFileSync(join(project, 'README.md'), '# demo\n');
  ok(sh('git', ['add', '.'], project), 'git add');
  const first = sh('git', ['commit', '-m', 'clean start'], project);
  assert.is(
    first.status,
    0,
    `a clean commit passes (this first run also installs the hook environment):\n${first.stdout}\n${first.stderr}`,
  );
  assert.match(first.stdout + first.stderr, /mcpctl scan \(plain-text secrets\)\.+Passed/);

  // a token in a Codex config: blocked, and the finding is printed (only its first 4 characters)
  mkdirSync(join(project, '.codex'));
  writeFileSync(
    join(project, '.codex', 'config.toml'),
    `[mcp_servers.github.env]\nGITHUB_PERSONAL_ACCESS_TOKEN = "${token}"\n`,
  );
  ok(sh('git', ['add', '.'], project), 'git add');
  const blocked = sh('git', ['commit', '-m', 'add config'], project);
  const out = blocked.stdout + blocked.stderr;
  assert.is.not(blocked.status, 0, out);
  assert.match(out, /mcpctl scan \(plain-text secrets\)\.+Failed/);
  assert.match(
    out,
    /\.codex\/config\.toml:2:33 {2}error {2}secret\/github-pat {2}GitHub personal access token in plain text: ghp_…\(40 chars\)/,
  );
  assert.not.ok(out.includes(token.slice(4)), 'the token is not printed');
  assert.is(sh('git', ['rev-list', '--count', 'HEAD'], project).stdout.trim(), '1', 'nothing was committed');

  // the fix: a reference instead of the literal
  writeFileSync(
    join(project, '.codex', 'config.toml'),
    '[mcp_servers.github]\nenv_vars = ["GITHUB_PERSONAL_ACCESS_TOKEN"]\n',
  );
  ok(sh('git', ['add', '.'], project), 'git add');
  const fixed = sh('git', ['commit', '-m', 'add config'], project);
  assert.is(fixed.status, 0, fixed.stdout + fixed.stderr);

  // mcpctl-lint runs on mcp.yaml only: an unpinned package is refused, a pinned one passes
  const yaml = (pkg: string) => `version: 1\nservers:\n  github:\n    command: npx\n    args: ["-y", "${pkg}"]\n`;
  writeFileSync(join(project, 'mcp.yaml'), yaml('@modelcontextprotocol/server-github'));
  ok(sh('git', ['add', '.'], project), 'git add');
  const lint = sh('git', ['commit', '-m', 'mcp.yaml'], project);
  assert.is.not(lint.status, 0);
  assert.match(
    lint.stdout + lint.stderr,
    /mcpctl lint \(mcp\.yaml\)\.+Failed[\s\S]*mcp\.yaml:5:\d+ {2}error {2}policy\/unpinned-package/,
  );
  writeFileSync(join(project, 'mcp.yaml'), yaml('@modelcontextprotocol/server-github@2025.4.8'));
  ok(sh('git', ['add', '.'], project), 'git add');
  const pinned = sh('git', ['commit', '-m', 'mcp.yaml'], project);
  assert.is(pinned.status, 0, pinned.stdout + pinned.stderr);
  assert.match(pinned.stdout + pinned.stderr, /mcpctl lint \(mcp\.yaml\)\.+Passed/);
});

test.run();
