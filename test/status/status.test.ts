// mcpctl status: the grid of servers × clients read from the plan of every file — written, off with the
// client's switch, left out, to apply, edited by hand, not mcpctl's, not for this client — with missing secrets
// and unpinned packages; the layout at 80 and 120 columns (golden); --watch shows it again on a change.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';

const SPEC = `version: 1
lint: { rules: { policy/unpinned-package: warn } }
targets:
  codex: {}
  claude-code: {}
  vscode: {}
  opencode: {}
  zed: {}
servers:
  github:
    command: npx
    args: ["-y", "@acme/github@2025.4.8"]
    env: { TOKEN: "\${secret:gh/token}" }
  memory:
    command: npx
    args: ["-y", "@acme/memory"]
  docs:
    url: https://docs.example.com/mcp
    exclude_targets: [zed]
  browser:
    command: npx
    args: ["-y", "@acme/browser@1.0.0"]
sets:
  web: [github, docs, memory]
default_set: web
`;

function project(spec = SPEC) {
  const dir = tempDir('mcpctl-status-');
  const home = tempDir('mcpctl-home-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'mcp.yaml'), spec);
  return { dir, home, env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file', COLUMNS: '100' } };
}

const cellsOf = (doc: any) => Object.fromEntries(doc.servers.map((s: any) => [s.name, s.clients]));

test('each cell says what the file holds; missing secrets and unpinned packages per server; --json', () => {
  const p = project();
  assert.is(mcpctl(['secret', 'set', 'gh/token'], { cwd: p.dir, env: p.env, input: 'ghp_x' }).code, 0);
  const applied = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(applied.code, 0, applied.stderr);
  // a hand edit in VS Code's file, and a server of VS Code's own
  const vscodeFile = join(p.dir, '.vscode', 'mcp.json');
  const vs = JSON.parse(readFileSync(vscodeFile, 'utf8'));
  vs.servers.memory.args = ['-y', '@acme/memory@9.9.9'];
  vs.servers.mine = { type: 'stdio', command: 'mine' };
  writeFileSync(vscodeFile, JSON.stringify(vs, null, 2));
  assert.is(mcpctl(['secret', 'rm', 'gh/token'], { cwd: p.dir, env: p.env }).code, 0);
  const r = mcpctl(['status', '--json'], { cwd: p.dir, env: p.env });
  assert.is(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.is(doc.kind, 'mcpctl.status');
  assert.is(doc.set, 'web');
  assert.equal(doc.clients, ['codex', 'claude-code', 'vscode', 'opencode', 'zed']);
  assert.equal(cellsOf(doc), {
    github: { codex: 'ok', 'claude-code': 'ok', vscode: 'ok', opencode: 'ok', zed: 'ok' },
    memory: { codex: 'ok', 'claude-code': 'ok', vscode: 'drift', opencode: 'ok', zed: 'ok' },
    docs: { codex: 'ok', 'claude-code': 'ok', vscode: 'ok', opencode: 'ok', zed: 'none' },
    browser: { codex: 'off', 'claude-code': 'left-out', vscode: 'left-out', opencode: 'off', zed: 'off' },
  });
  const github = doc.servers.find((s: any) => s.name === 'github');
  assert.equal(github.missing_secrets, ['gh/token']);
  assert.is(doc.servers.find((s: any) => s.name === 'memory').unpinned, true);
  assert.is(github.unpinned, false);
  // --set all: browser would be written back everywhere
  const all = JSON.parse(mcpctl(['status', '--json', '--set', 'all'], { cwd: p.dir, env: p.env }).stdout);
  assert.equal(cellsOf(all).browser, {
    codex: 'update',
    'claude-code': 'create',
    vscode: 'create',
    opencode: 'update',
    zed: 'update',
  });
  const text = mcpctl(['status'], { cwd: p.dir, env: p.env });
  assert.match(text.stdout, /^memory\s+✓\s+✓\s+!\s+✓\s+✓\s+never tested; unpinned$/m);
  assert.match(text.stdout, /^github .* never tested; missing secret gh\/token$/m);
});

test("a server of that name mcpctl did not write, unlike mcp.yaml's: ≠, and the footer says apply refuses it", () => {
  const p = project('version: 1\ntargets: { vscode: {} }\nservers:\n  x: { command: node, args: ["-e", "0"] }\n');
  mkdirSync(join(p.dir, '.vscode'));
  writeFileSync(
    join(p.dir, '.vscode', 'mcp.json'),
    '{ "servers": { "x": { "type": "stdio", "command": "rm", "args": ["-rf", "x"] } } }\n',
  );
  const doc = JSON.parse(mcpctl(['status', '--json'], { cwd: p.dir, env: p.env }).stdout);
  assert.equal(cellsOf(doc), { x: { vscode: 'adopt' } });
  const text = mcpctl(['status'], { cwd: p.dir, env: p.env }).stdout;
  assert.match(text, /^x\s+≠/m);
  assert.match(text, "1 not mcpctl's (apply refuses them without --adopt)");
});

test('100 servers × 5 clients: one screen per 40 rows, at 80 and at 120 columns', () => {
  let spec =
    'version: 1\ntargets: { codex: {}, claude-code: {}, cursor: {scope: project}, vscode: {}, gemini: {} }\nservers:\n';
  for (let i = 0; i < 100; i++) {
    const name = i % 7 === 0 ? `a-rather-long-server-name-for-the-layout-${i}` : `server-${i}`;
    spec += `  ${name}: { command: npx, args: ["-y", "@acme/s${i}@1.${i % 10}.0"]${i % 9 === 0 ? ', exclude_targets: [gemini]' : ''} }\n`;
  }
  const p = project(spec);
  const applied = mcpctl(['apply', '--yes', '--target', 'codex', '--target', 'vscode'], { cwd: p.dir, env: p.env });
  assert.is(applied.code, 0, applied.stderr);
  for (const columns of [80, 120]) {
    const r = mcpctl(['status'], { cwd: p.dir, env: { ...p.env, COLUMNS: String(columns) } });
    assert.is(r.code, 0, r.stderr);
    for (const line of r.stdout.split('\n')) assert.ok([...line].length <= columns, `longer than ${columns}: ${line}`);
    assert.is(r.stdout.split('\n').filter((l) => l.startsWith('server ')).length, 3, 'the header every 40 rows');
    assertGolden(join(ROOT, 'fixtures', 'status', `100x5-${columns}.golden`), r.stdout);
  }
});

test('--watch shows the status again when mcp.yaml changes, and stops on SIGINT', async () => {
  const p = project('version: 1\nservers:\n  a: { command: node, args: ["-e", "0"] }\n');
  const child = spawn(process.execPath, [BIN, 'status', '--watch'], {
    cwd: p.dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: p.home, CODEX_HOME: join(p.home, '.codex'), NO_COLOR: '1' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const until = async (what: RegExp) => {
    for (let i = 0; i < 200 && !what.test(out); i++) await new Promise((r) => setTimeout(r, 25));
    assert.match(out, what);
  };
  await until(/1 server in 1 client/);
  writeFileSync(
    join(p.dir, 'mcp.yaml'),
    'version: 1\nservers:\n  a: { command: node, args: ["-e", "0"] }\n  b: { command: node, args: ["-e", "1"] }\n',
  );
  await until(/2 servers in 1 client/);
  child.kill('SIGINT');
  const code = await new Promise((r) => child.on('close', r));
  assert.is(code, 0);
});

test.run();
