// What mcpctl writes is what Codex reads: the real Codex CLI parses our output.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codex, codexGet, codexList } from '../helpers/codex.js';

function home(): string {
  const h = tempDir('mcpctl-codex-');
  mkdirSync(join(h, '.codex'));
  return h;
}

test('every compiled key is read back by Codex as intended', () => {
  const h = home();
  cpSync(join(ROOT, 'fixtures', 'codex', 'every-key', 'mcp.yaml'), join(h, 'mcp.yaml'));
  const r = mcpctl(['apply', '--yes'], { cwd: h, env: { HOME: h } });
  assert.is(r.code, 0, r.stderr);
  const local = codexGet(h, 'local');
  assert.is(local['enabled'], false);
  assert.equal(local['transport'], {
    type: 'stdio',
    command: 'npx',
    args: ['-y', '@modelcontextprotocol/server-everything@2026.8.31', 'stdio'],
    env: { LOG_LEVEL: 'debug', HOME_DIR: 'C:\\Users\\me' },
    env_vars: ['GITHUB_TOKEN'],
    cwd: '/srv/mcp',
  });
  assert.equal(local['enabled_tools'], ['echo', 'add']);
  assert.equal(local['disabled_tools'], ['printEnv']);
  assert.is(local['startup_timeout_sec'], 12.5);
  assert.is(local['tool_timeout_sec'], 90);
  const remote = codexGet(h, 'remote');
  assert.equal(remote['transport'], {
    type: 'streamable_http',
    url: 'https://mcp.example.com/mcp',
    bearer_token_env_var: 'REMOTE_TOKEN',
    http_headers: { 'X-Client': 'mcpctl "quoted"' },
    env_http_headers: { 'X-Team': 'REMOTE_TEAM' },
    http_headers_helper: null,
  });
  const odd = codexGet(h, 'odd-name_2');
  assert.is((odd['transport'] as { command: string }).command, '/usr/local/bin/server with space');
  assert.equal(
    codexList(h)
      .map((s) => s['name'])
      .sort(),
    ['local', 'odd-name_2', 'remote'],
  );
});

test('untouched servers stay; a later "codex mcp add" changes nothing of ours', () => {
  const h = home();
  writeFileSync(join(h, '.codex', 'config.toml'), '# mine\n[mcp_servers.handmade]\ncommand = "handmade"\n');
  writeFileSync(
    join(h, 'mcp.yaml'),
    'version: 1\nservers:\n  memory:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-memory@2026.8.31"]\n    env: { MEMORY_FILE_PATH: /tmp/memory.json }\n',
  );
  assert.is(mcpctl(['apply', '--yes'], { cwd: h, env: { HOME: h } }).code, 0);
  assert.equal(
    codexList(h)
      .map((s) => s['name'])
      .sort(),
    ['handmade', 'memory'],
  );

  const add = codex(h, ['mcp', 'add', 'other', '--', 'other-cmd', '--flag']);
  assert.is(add.code, 0, add.stderr);
  const plan = mcpctl(['plan', '--json'], { cwd: h, env: { HOME: h } });
  assert.is(plan.code, 0, plan.stderr);
  const doc = JSON.parse(plan.stdout);
  assert.equal(
    doc.changes.map((c: { name: string; action: string }) => [c.name, c.action]),
    [['memory', 'no-op']],
  );
  assert.equal(doc.targets[0].unmanaged.sort(), ['handmade', 'other']);
  assert.is(doc.summary.drift, 0);
  assert.match(readFileSync(join(h, '.codex', 'config.toml'), 'utf8'), /\[mcp_servers\.other\]/);
});

test('--profile and --project write where Codex reads them', () => {
  const h = home();
  writeFileSync(join(h, 'mcp.yaml'), 'version: 1\nservers:\n  p:\n    command: prof\n');
  assert.is(mcpctl(['apply', '--yes', '--profile', 'work'], { cwd: h, env: { HOME: h } }).code, 0);
  assert.match(readFileSync(join(h, '.codex', 'work.config.toml'), 'utf8'), /\[mcp_servers\.p\]\ncommand = "prof"/);
  assert.is(mcpctl(['apply', '--yes', '--project', 'proj'], { cwd: h, env: { HOME: h } }).code, 0);
  assert.match(readFileSync(join(h, 'proj', '.codex', 'config.toml'), 'utf8'), /command = "prof"/);
});

test.run();
