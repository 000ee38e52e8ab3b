// The shared .mcp.json: Claude Code and Copilot (both with scope project) read the same file, so mcpctl writes
// each server once in the form both accept, and both real CLIs (Claude Code 2.1.328, Copilot 1.0.102) read
// every entry of it. What only one of them could read is refused at plan time, naming the server, the two
// clients, the file and the fix.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';
import { copilot, copilotCache, entryOnly } from '../helpers/copilot.js';

const CACHE = copilotCache();
const CLAUDE = join(ROOT, 'node_modules', '.bin', 'claude');
const SECRET = 'pat-5e1d0c9b8a7f6e42'; // a test value: it must appear in no file we write

function claude(args: string[], home: string, cwd: string): RunResult {
  const r = spawnSync('timeout', ['90', CLAUDE, ...args], {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      DISABLE_AUTOUPDATER: '1',
      DISABLE_TELEMETRY: '1',
      MCP_TIMEOUT: '2000',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function project(targets: string, servers: string): { home: string; dir: string; env: Record<string, string> } {
  const home = tempDir('mcpctl-shared-home-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  spawnSync('git', ['init', '-q', dir]);
  writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ntargets:\n${targets}servers:\n${servers}`);
  return { home, dir, env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' } };
}

const BOTH = '  claude-code: {scope: project}\n  copilot: {scope: project}\n';
const SERVERS = `  runner:
    command: node
    args: ["/srv/x.js", "--mode=\${env:MODE | value:fast}"]
    env: {TOKEN: "\${env:TOKEN}", GH: "\${secret:gh/pat}"}
  remote:
    url: https://mcp.example.invalid/mcp
    headers: {Authorization: "Bearer \${env:API_KEY}"}
  sse-free:
    command: npx
    args: ["-y", "some-server@1.0.0"]
`;

test('one .mcp.json for Claude Code and Copilot: every entry is read by both real CLIs', () => {
  const p = project(BOTH, SERVERS);
  const set = mcpctl(['secret', 'set', 'gh/pat'], { cwd: p.dir, env: p.env, input: `${SECRET}\n` });
  assert.is(set.code, 0, set.stderr);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  const text = readFileSync(join(p.dir, '.mcp.json'), 'utf8');
  assert.not.ok(text.includes(SECRET), 'the secret value is in .mcp.json');
  const file: { mcpServers: Record<string, Record<string, unknown>> } = JSON.parse(text);
  // the shape both accept: stdio "type": "stdio" (not Copilot's "local"), http with "type", no "tools", ${VAR} only
  const runner = file.mcpServers['runner'];
  assert.is(runner?.['type'], 'stdio');
  assert.is(runner?.['command'], process.execPath);
  assert.equal(runner?.['env'], { TOKEN: '${TOKEN}' });
  const args = runner?.['args'];
  assert.ok(Array.isArray(args));
  assert.equal(args.slice(0, 4), [BIN, 'exec', '--server', 'runner']);
  assert.ok(args.includes('GH=${secret:gh/pat}'));
  assert.equal(args.slice(args.indexOf('--')), ['--', 'node', '/srv/x.js', '--mode=${MODE:-fast}']);
  assert.equal(file.mcpServers['remote'], {
    type: 'http',
    url: 'https://mcp.example.invalid/mcp',
    headers: { Authorization: 'Bearer ${API_KEY}' },
  });
  assert.equal(file.mcpServers['sse-free'], {
    type: 'stdio',
    command: 'npx',
    args: ['-y', 'some-server@1.0.0'],
    env: {},
  });
  assert.not.ok(text.includes('"tools"') || text.includes('"type": "local"') || text.includes('${env:'));

  // Claude Code: has each one (get exits 0), and skips none
  for (const name of ['runner', 'remote', 'sse-free']) {
    const got = claude(['mcp', 'get', name], p.home, p.dir);
    assert.is(got.code, 0, `claude mcp get ${name}: ${got.stderr}`);
    assert.match(got.stdout, 'Scope: Project config (shared via .mcp.json)');
  }
  assert.match(claude(['mcp', 'get', 'remote'], p.home, p.dir).stdout, 'Authorization: Bearer ${API_KEY}');
  const list = claude(['mcp', 'list'], p.home, p.dir);
  assert.is(list.code, 0, list.stderr);
  assert.not.match(list.stdout, /Skipped/);
  assert.not.match(list.stdout, /\[Error\]/);

  // Copilot (a trusted folder): the same entries, as a workspace file, with nothing skipped
  const r = copilot(['mcp', 'list', '--json'], {
    home: p.home,
    cwd: p.dir,
    cache: CACHE,
    env: { COPILOT_ALLOW_ALL: 'true' },
  });
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stderr, /Skipping|malformed/);
  const seen: Record<string, Record<string, unknown>> = JSON.parse(r.stdout).mcpServers;
  assert.equal(Object.keys(seen).sort(), ['remote', 'runner', 'sse-free']);
  for (const name of Object.keys(seen)) {
    assert.is(seen[name]?.['source'], 'workspace');
    assert.equal(entryOnly(seen[name]), { ...file.mcpServers[name], tools: ['*'] });
  }
});

test('the measured trap: a tool list on an HTTP server is what Copilot needs and what Claude Code skips', () => {
  // given to Copilot alone, the entry carries "tools" (Copilot reads it)...
  const alone = project(
    '  copilot: {scope: project}\n',
    `  remote:\n    url: https://m.example.invalid/mcp\n    enabled_tools: [search]\n`,
  );
  const apply = mcpctl(['apply', '--yes'], { cwd: alone.dir, env: alone.env });
  assert.is(apply.code, 0, apply.stderr);
  const r = copilot(['mcp', 'get', 'remote', '--json'], {
    home: alone.home,
    cwd: alone.dir,
    cache: CACHE,
    env: { COPILOT_ALLOW_ALL: 'true' },
  });
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).remote.tools, ['search']);
  // ...and Claude Code, reading the same file, skips it
  assert.is(claude(['mcp', 'get', 'remote'], alone.home, alone.dir).code, 1);
  assert.match(
    claude(['mcp', 'list'], alone.home, alone.dir).stdout,
    '[remote] mcpServers.remote: Skipped — invalid MCP server config for "remote": tools.0: expected object, received string',
  );

  // so with both clients on the file, plan refuses it, and names the server, both clients, the file and the fix
  const both = project(BOTH, `  remote:\n    url: https://m.example.invalid/mcp\n    enabled_tools: [search]\n`);
  const plan = mcpctl(['plan'], { cwd: both.dir, env: both.env });
  assert.is(plan.code, 2, plan.stderr);
  const file = join(both.dir, '.mcp.json');
  // Claude Code has no tool filter at all: it refuses enabled_tools itself, and the hint names the way out of
  // the shared file (leaving Claude Code out of the server would be refused there too)
  assert.match(plan.stderr, 'error E_REF: server "remote": enabled_tools cannot be written for Claude Code');
  assert.match(
    plan.stderr,
    `Claude Code and Copilot share ${file}, so leaving one of them out of this server is refused too: give one of them a file of its own under targets (claude-code: {scope: user} or copilot: {scope: user})`,
  );
  const applied = mcpctl(['apply', '--yes'], { cwd: both.dir, env: both.env });
  assert.is(applied.code, 2);
  assert.not.ok(spawnSync('test', ['-e', file]).status === 0, '.mcp.json was written');
});

test('a server that goes to only one of the two clients is refused while they share the file', () => {
  const p = project(
    BOTH,
    `  both:\n    command: node\n  mine:\n    command: node\n    targets: [copilot]\n  theirs:\n    command: node\n    exclude_targets: [copilot]\n`,
  );
  const plan = mcpctl(['plan'], { cwd: p.dir, env: p.env });
  assert.is(plan.code, 2, plan.stderr);
  const file = join(p.dir, '.mcp.json');
  assert.match(
    plan.stderr,
    `mcp.yaml:8:3: error E_REF: server "mine" goes to Copilot but not Claude Code, and Claude Code and Copilot both read ${file}: one entry there is for both`,
  );
  assert.match(
    plan.stderr,
    'hint: give it to both (its targets: [...] or exclude_targets: [...] in mcp.yaml; it goes to: copilot)',
  );
  assert.match(plan.stderr, 'server "theirs" goes to Claude Code but not Copilot');
  assert.not.match(plan.stderr, /server "both"/);
  assert.match(plan.stderr, /\(2 problems\)/);
});

test('a ${secret:} header in the shared file: Copilot runs no headersHelper, so the one entry both read is the bridge', () => {
  const p = project(
    BOTH,
    `  api:\n    url: https://a.example.invalid/mcp\n    headers: {Authorization: "Bearer \${secret:api/t}"}\n`,
  );
  assert.is(mcpctl(['secret', 'set', 'api/t'], { cwd: p.dir, env: p.env, input: 'api-secret-31d8f0a2c5' }).code, 0);
  const plan = mcpctl(['plan'], { cwd: p.dir, env: p.env });
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /\+ create api +\[through mcpctl proxy: https:\/\/a\.example\.invalid\/mcp\]/);
  assert.is(mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env }).code, 0);
  const text = readFileSync(join(p.dir, '.mcp.json'), 'utf8');
  assert.not.ok(text.includes('api-secret-31d8f0a2c5'));
  // both real CLIs read the one entry as a local server that is mcpctl proxy
  const got = claude(['mcp', 'get', 'api'], p.home, p.dir);
  assert.is(got.code, 0, got.stderr);
  assert.match(got.stdout, /proxy --server api/);
  const listed = copilot(['mcp', 'list', '--json'], {
    home: p.home,
    cwd: p.dir,
    cache: CACHE,
    env: { COPILOT_ALLOW_ALL: 'true' },
  });
  assert.is(listed.code, 0, listed.stderr);
  assert.ok((JSON.parse(listed.stdout).mcpServers.api.args as string[]).includes('proxy'), listed.stdout);
});

test('--target claude-code alone still plans the shared file for both clients', () => {
  const p = project(BOTH, `  one:\n    command: node\n    args: [a.js]\n`);
  const plan = mcpctl(['plan', '--target', 'claude-code', '--json'], { cwd: p.dir, env: p.env });
  assert.is(plan.code, 0, plan.stderr);
  const doc: { targets: Array<{ clients: string[]; file: string; scope: string }> } = JSON.parse(plan.stdout);
  assert.equal(
    doc.targets.map((t) => [t.clients, t.scope, t.file]),
    [[['claude-code', 'copilot'], 'project', join(p.dir, '.mcp.json')]],
  );
  const apply = mcpctl(['apply', '--yes', '--target', 'copilot'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  assert.is(claude(['mcp', 'get', 'one'], p.home, p.dir).code, 0);
});

test.run();
