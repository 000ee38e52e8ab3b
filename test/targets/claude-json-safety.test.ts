// ~/.claude.json through the built CLI: apply edits only the user mcpServers (or this project's, for the
// local scope) of a several-MB file Claude Code keeps its whole state in; add then remove gives back the
// original bytes; the real claude reads the servers back from it. A file that is not strict JSON (a comment, a
// trailing comma: Claude Code has lost whole files for them) is refused with file:line:col, exit 2, nothing
// written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { claude, FIRST_RUN, parseGet } from '../helpers/claude.js';
import { claudeJson } from '../helpers/claude-json.js';

const SERVERS = [
  '  added-a:',
  '    command: /bin/true',
  '    args: ["--x"]',
  '    env: {K: "${env:K}"}',
  '  added-b:',
  '    url: http://127.0.0.1:9/mcp',
  '    headers: {X-A: "1"}',
  '',
].join('\n');

function setUp(scope: 'user' | 'local') {
  const root = tempDir('mcpctl-claude-json-');
  const home = join(root, 'home');
  const repo = join(root, 'repo');
  mkdirSync(home);
  mkdirSync(repo);
  spawnSync('git', ['init', '-q', repo]);
  // a real-sized file: settings, history and 'projects', this repo one of them (with a server of its own)
  const big = claudeJson(4_000_000).replace('"/home/dev/work/project-9"', JSON.stringify(repo));
  const original = big.replace('{\n', `{\n${JSON.stringify(FIRST_RUN, null, 2).slice(2, -2)},\n`);
  const file = join(home, '.claude.json');
  writeFileSync(file, original);
  const yaml = (servers: string) =>
    writeFileSync(
      join(repo, 'mcp.yaml'),
      `version: 1\ntargets:\n  claude-code: {scope: ${scope}}\nservers:\n${servers}`,
    );
  const run = (args: string[]) => mcpctl(args, { cwd: repo, env: { HOME: home } });
  return { home, repo, file, original, yaml, run };
}

for (const scope of ['user', 'local'] as const) {
  test(`${scope}: a several-MB ~/.claude.json keeps every other byte; add then remove gives back the file`, async () => {
    const { home, repo, file, original, yaml, run } = setUp(scope);
    assert.ok(original.length > 4_000_000);
    yaml(SERVERS);
    const added = run(['apply', '--yes']);
    assert.is(added.code, 0, added.stderr);
    const now = readFileSync(file, 'utf8');
    const parsed = JSON.parse(now);
    const before = JSON.parse(original);
    const servers = scope === 'user' ? parsed.mcpServers : parsed.projects[repo].mcpServers;
    assert.equal(
      Object.keys(servers),
      scope === 'user' ? ['time', 'docs', 'added-a', 'added-b'] : ['db-9', 'added-a', 'added-b'],
    );
    // everything else is what it was, key for key, in its order
    if (scope === 'user') parsed.mcpServers = before.mcpServers;
    else parsed.projects[repo].mcpServers = before.projects[repo].mcpServers;
    assert.equal(parsed, before);
    assert.equal(Object.keys(parsed), Object.keys(before));
    // only the bytes of the servers object changed: the file before it and after it is the same
    const at = original.indexOf(scope === 'user' ? '"mcpServers"' : `${JSON.stringify(repo)}: {`);
    assert.is(now.slice(0, at), original.slice(0, at));
    // the real claude reads them (and leaves the file alone: its first-run keys are there)
    const get = await claude(['mcp', 'get', 'added-a'], { cwd: repo, env: { HOME: home } });
    assert.is(get.code, 0, get.stdout + get.stderr);
    assert.equal(parseGet(get.stdout).env, { K: '${K}' });
    assert.is(readFileSync(file, 'utf8'), now);

    writeFileSync(join(repo, 'mcp.yaml'), `version: 1\ntargets:\n  claude-code: {scope: ${scope}}\nservers: {}\n`);
    const removed = run(['apply', '--yes']);
    assert.is(removed.code, 0, removed.stderr);
    assert.ok(readFileSync(file, 'utf8') === original, 'add then remove gives back the exact bytes');
  });
}

test('a comment or a trailing comma in ~/.claude.json: exit 2 at file:line:col, nothing written', () => {
  for (const [text, line, col, what] of [
    ['{\n  "numStartups": 3, // how often\n  "mcpServers": {}\n}\n', 2, 21, 'a comment'],
    ['{\n  "numStartups": 3,\n  "mcpServers": {},\n}\n', 3, 19, 'a trailing comma'],
  ] as const) {
    const { file, yaml, run, home } = setUp('user');
    writeFileSync(file, text);
    yaml(SERVERS);
    for (const cmd of [['plan'], ['apply', '--yes']]) {
      const r = run(cmd);
      assert.is(r.code, 2, r.stderr);
      assert.ok(r.stderr.includes(`${file}:${line}:${col}`), r.stderr);
      assert.match(r.stderr, `must be strict JSON (Claude Code rewrites this file and has lost whole files`);
      assert.match(r.stderr, what);
      assert.is(readFileSync(file, 'utf8'), text);
    }
    assert.equal(readdirSync(home).sort(), ['.claude.json', ...(existsSync(join(home, '.config')) ? ['.config'] : [])]);
  }
});

test.run();
