// Server sets: `--set NAME` (or default_set) keeps only the set's servers on in every client — the client's own
// switch where it has one (Codex enabled = false, OpenCode enabled: false, Zed enabled: false), else left out
// of its file — and switching back gives every file's original bytes. One apply, one rollback step.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'smol-toml';
import { codexList } from '../helpers/codex.js';
import { mcpctl, tempDir } from '../helpers/cli.js';

const SPEC = `version: 1
targets:
  codex: {}
  claude-code: {}
  cursor: {}
  vscode: {}
  gemini: {}
  opencode: {}
  zed: {}
  windsurf: {}
  antigravity: {}
  claude-desktop: {}
servers:
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2026.8.31"]
  browser:
    command: npx
    args: ["-y", "@playwright/mcp@0.0.41"]
  files:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-filesystem@2026.8.31", "/tmp"]
sets:
  minimal: [github]
  web: [github, browser]
default_set: web
`;

function setup(): { dir: string; home: string; env: Record<string, string> } {
  const home = tempDir('mcpctl-home-');
  const dir = tempDir('mcpctl-sets-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'mcp.yaml'), SPEC);
  return { dir, home, env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config') } };
}

/** Every target file's path and sha256. */
function digests(paths: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of paths) out[p] = existsSync(p) ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'absent';
  return out;
}

function targetPaths(dir: string, home: string): string[] {
  return [
    join(home, '.codex', 'config.toml'),
    join(dir, '.mcp.json'),
    join(dir, '.cursor', 'mcp.json'),
    join(dir, '.vscode', 'mcp.json'),
    join(dir, '.gemini', 'settings.json'),
    join(dir, 'opencode.json'),
    join(dir, '.zed', 'settings.json'),
    join(home, '.codeium', 'windsurf', 'mcp_config.json'),
    join(dir, '.agents', 'mcp_config.json'),
    join(home, '.config', 'Claude', 'claude_desktop_config.json'),
  ];
}

test('a set switch and back gives the original bytes of every target file; rollback undoes a switch in one step', () => {
  const { dir, home, env } = setup();
  const all = mcpctl(['apply', '--yes', '--set', 'all'], { cwd: dir, env });
  assert.is(all.code, 0, all.stderr);
  const paths = targetPaths(dir, home);
  const original = digests(paths);
  assert.ok(
    Object.values(original).every((d) => d !== 'absent'),
    JSON.stringify(original),
  );

  const minimal = mcpctl(['apply', '--yes', '--set', 'minimal'], { cwd: dir, env });
  assert.is(minimal.code, 0, minimal.stderr);
  const switched = digests(paths);
  for (const p of paths) assert.is.not(switched[p], original[p], `${p} changes with the set`);

  const back = mcpctl(['apply', '--yes', '--set', 'all'], { cwd: dir, env });
  assert.is(back.code, 0, back.stderr);
  assert.equal(digests(paths), original);

  assert.is(mcpctl(['apply', '--yes', '--set', 'minimal'], { cwd: dir, env }).code, 0);
  const undo = mcpctl(['rollback', '--yes'], { cwd: dir, env });
  assert.is(undo.code, 0, undo.stderr);
  assert.match(undo.stdout, `to ${paths.length} files`);
  assert.equal(digests(paths), original);
});

test("each client's own switch where it has one, else left out; the real Codex and OpenCode read them as off", () => {
  const { dir, home, env } = setup();
  const r = mcpctl(['apply', '--yes'], { cwd: dir, env }); // default_set: web
  assert.is(r.code, 0, r.stderr);
  const codex = parse(readFileSync(join(home, '.codex', 'config.toml'), 'utf8')) as any;
  assert.is(codex.mcp_servers.memory.enabled, false);
  assert.is(codex.mcp_servers.files.enabled, false);
  assert.is(codex.mcp_servers.browser.enabled, undefined);
  const listed = Object.fromEntries(codexList(home).map((s) => [s['name'], s['enabled']]));
  assert.equal(listed, { browser: true, files: false, github: true, memory: false });

  const opencode = JSON.parse(readFileSync(join(dir, 'opencode.json'), 'utf8'));
  assert.is(opencode.mcp.memory.enabled, false);
  assert.is(opencode.mcp.github.enabled, undefined);
  const zed = JSON.parse(readFileSync(join(dir, '.zed', 'settings.json'), 'utf8'));
  assert.is(zed.context_servers.files.enabled, false);
  for (const [file, key] of [
    ['.mcp.json', 'mcpServers'],
    ['.cursor/mcp.json', 'mcpServers'],
    ['.vscode/mcp.json', 'servers'],
    ['.gemini/settings.json', 'mcpServers'],
  ] as const) {
    const servers = JSON.parse(readFileSync(join(dir, file), 'utf8'))[key];
    assert.equal(Object.keys(servers).sort(), ['browser', 'github'], file);
  }
  const oc = spawnSync(join(process.cwd(), 'node_modules', 'opencode-linux-x64', 'bin', 'opencode'), ['mcp', 'list'], {
    cwd: dir,
    env: { PATH: process.env['PATH'], HOME: home, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.match(oc.stdout + oc.stderr, /memory\S*\s+\S*disabled/);
  assert.not.match(oc.stdout + oc.stderr, /github\S*\s+\S*disabled/);
});

test('plan names the set and what it turns off in each file; --json says it per change and per file', () => {
  const { dir, env } = setup();
  assert.is(mcpctl(['apply', '--yes', '--set', 'all'], { cwd: dir, env }).code, 0);
  const r = mcpctl(['plan', '--target', 'codex', '--target', 'vscode'], { cwd: dir, env });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, 'Server set: web (default_set in mcp.yaml; off: memory, files)');
  assert.match(r.stdout, `off (outside set "web", the client's own switch): memory, files`);
  assert.match(r.stdout, 'left out (outside set "web", no switch in this client): memory, files');
  const j = JSON.parse(mcpctl(['plan', '--json', '--set', 'minimal'], { cwd: dir, env }).stdout);
  assert.equal(j.set, { name: 'minimal', from: 'flag', off: ['memory', 'browser', 'files'] });
  const vscode = j.targets.find((t: any) => t.clients.includes('vscode'));
  assert.equal(vscode.outside_set, { disabled: [], left_out: ['memory', 'browser', 'files'] });
  const del = j.changes.find((c: any) => c.clients.includes('vscode') && c.name === 'browser');
  assert.is(del.action, 'delete');
  assert.is(del.outside_set, true);
});

test('a saved plan keeps its set; an unknown set is a usage error with the sets there are', () => {
  const { dir, home, env } = setup();
  const out = join(dir, 'plan.json');
  assert.is(mcpctl(['plan', '--set', 'minimal', '--target', 'codex', '--out', out], { cwd: dir, env }).code, 0);
  const applied = mcpctl(['apply', out], { cwd: dir, env });
  assert.is(applied.code, 0, applied.stderr);
  const codex = parse(readFileSync(join(home, '.codex', 'config.toml'), 'utf8')) as any;
  assert.is(codex.mcp_servers.browser.enabled, false);
  const bad = mcpctl(['plan', '--set', 'mininal'], { cwd: dir, env });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, 'no server set "mininal"');
  assert.match(bad.stderr, 'did you mean "minimal"?');
  assert.not.match(bad.stderr, '    at ');
});

test('a set naming a server mcp.yaml lacks, or a default_set naming no set: file:line:col, exit 2', () => {
  const dir = tempDir('mcpctl-sets-');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\nservers:\n  github: { command: npx, args: ["-y", "a@1.0.0"] }\nsets:\n  web: [github, gihtub]\ndefault_set: wbe\n',
  );
  const r = mcpctl(['validate'], { cwd: dir });
  assert.is(r.code, 2);
  assert.match(r.stderr, /mcp\.yaml:5:\d+.*set "web" names the server "gihtub"/);
  assert.match(r.stderr, 'did you mean "github"?');
  assert.match(r.stderr, /mcp\.yaml:6:\d+.*default_set names the set "wbe"/);
  const all = tempDir('mcpctl-sets-');
  writeFileSync(join(all, 'mcp.yaml'), 'version: 1\nservers: {}\nsets:\n  all: []\n');
  const reserved = mcpctl(['validate'], { cwd: all });
  assert.is(reserved.code, 2);
  assert.match(reserved.stderr, /mcp\.yaml:4:\d+.*the set name "all" is kept for every server/);
});

test('mcpctl test --set skips the servers outside the set, saying why', () => {
  const dir = tempDir('mcpctl-sets-');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\nservers:\n  a: { command: node, args: ["-e", "process.exit(3)"] }\n  b: { command: node, args: ["-e", "0"] }\nsets:\n  only-a: [a]\n',
  );
  const r = mcpctl(['test', '--set', 'only-a', '--json', '--timeout', '10'], { cwd: dir });
  const doc = JSON.parse(r.stdout);
  const b = doc.servers.find((x: any) => x.name === 'b');
  const a = doc.servers.find((x: any) => x.name === 'a');
  assert.is(b.status, 'skipped');
  assert.match(b.skipped_reason, 'outside the server set "only-a"');
  assert.is.not(a.status, 'skipped');
});

test('outside the set: an unmanaged server of that name is not "left out"; a secret blocks nothing; a Zed entry it cannot write is left out', () => {
  const dir = tempDir('mcpctl-sets-');
  const home = tempDir('mcpctl-home-');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1
targets: { vscode: {}, zed: {} }
servers:
  a: { command: node, args: ["-e", "0"] }
  b: { command: node, args: ["-e", "1"], env: { TOKEN: "\${secret:never/set}" } }
  c: { command: node, args: ["-e", "2"], cwd: /srv, exclude_targets: [vscode] }
sets:
  only-a: [a]
`,
  );
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.vscode', 'mcp.json'), '{ "servers": { "b": { "type": "stdio", "command": "mine" } } }\n');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const plan = mcpctl(['plan', '--set', 'only-a', '--json'], { cwd: dir, env });
  assert.is(plan.code, 0, plan.stderr);
  const doc = JSON.parse(plan.stdout);
  const vscode = doc.targets.find((t: any) => t.clients.includes('vscode'));
  assert.equal(vscode.unmanaged, ['b']);
  assert.equal(vscode.outside_set, { disabled: [], left_out: [] });
  assert.equal(doc.blocking, [], 'the secret of a server that is off blocks nothing');
  const zed = doc.targets.find((t: any) => t.clients.includes('zed'));
  assert.equal(zed.outside_set, { disabled: ['b'], left_out: ['c'] }); // Zed has no cwd: c is left out, not an error
  const applied = mcpctl(['apply', '--yes', '--set', 'only-a'], { cwd: dir, env });
  assert.is(applied.code, 0, applied.stderr);
});

test.run();
