import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { POLICY, repo } from './_helpers.js';

const SPEC = `version: 1
policy: org.yaml
targets: { claude-code: {}, vscode: {}, opencode: {} }
servers:
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env: { GITHUB_TOKEN: "\${secret:gh}" }
  tracker:
    url: https://mcp.acme.dev/mcp
`;

test('policy check: mcp.yaml and every client file of the repository, each violation at its file:line:col; exit 1', () => {
  const dir = repo({
    'org.yaml': POLICY,
    'mcp.yaml': SPEC,
    '.cursor/mcp.json': '{\n  "mcpServers": {\n    "shell-experimental": { "command": "bash" }\n  }\n}\n',
    'opencode.json':
      '{\n  "mcp": {\n    "box": { "type": "local", "command": ["docker", "run", "evil@sha256:00"] }\n  }\n}\n',
  });
  const r = mcpctl(['policy', 'check'], { cwd: dir });
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stdout, /\.cursor\/mcp\.json:3:\d+\s+error\s+policy\/server-denied\s+server "shell-experimental"/);
  assert.match(r.stdout, /opencode\.json:3:\d+\s+error\s+policy\/server-denied\s+server "box"/);
  assert.not.match(r.stdout, /mcp\.yaml:\d+:\d+\s+error/, 'mcp.yaml itself obeys the policy');
  const sarif = JSON.parse(mcpctl(['policy', 'check', '--format', 'sarif'], { cwd: dir }).stdout);
  const uris = sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
  assert.equal(uris, ['.cursor/mcp.json', 'opencode.json']);
});

test("policy check reads through mcpctl's launcher: the server it starts is what the policy judges", () => {
  const home = tempDir('mcpctl-home-');
  const dir = repo({
    'org.yaml': POLICY,
    'mcp.yaml': SPEC.replace('targets: { claude-code: {}, vscode: {}, opencode: {} }', 'targets: { claude-code: {} }'),
  });
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  assert.is(mcpctl(['secret', 'set', 'gh'], { cwd: dir, env, input: 'ghp_x' }).code, 0);
  const applied = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(applied.code, 0, applied.stderr);
  // Claude Code starts github through the launcher (a secret in its env): the file names mcpctl, not npx
  assert.match(readFileSync(join(dir, '.mcp.json'), 'utf8'), '"exec"');
  const ok = mcpctl(['policy', 'check', '--format', 'json'], { cwd: dir, env });
  assert.is(ok.code, 0, ok.stdout + ok.stderr);
  // allowed only with its command, which Claude Code does not see: a warning, for the client would refuse it
  const warned = JSON.parse(ok.stdout).findings.filter((f: any) => f.rule === 'policy/identity-through-mcpctl');
  assert.equal(
    warned.map((f: any) => [f.file, f.severity]),
    [['.mcp.json', 'warn']],
  );
  // the same file judged by a policy that allows only another github build
  const strict = POLICY.replace('server-github@*', 'server-github@2099.*');
  const dir2 = repo({ 'org.yaml': strict, '.mcp.json': readFileSync(join(dir, '.mcp.json'), 'utf8') });
  const bad = mcpctl(['policy', 'check', '--policy', 'org.yaml', '--format', 'json'], { cwd: dir2, env });
  assert.is(bad.code, 1);
  const doc = JSON.parse(bad.stdout);
  assert.ok(doc.findings.some((f: any) => f.rule === 'policy/server-not-allowed' && f.file === '.mcp.json'));
});

test('lint and plan hold the server list too; without a policy, policy check is a usage error', () => {
  const dir = repo({
    'org.yaml': POLICY,
    'mcp.yaml': `version: 1\npolicy: org.yaml\nservers:\n  rogue-experimental: { command: npx, args: ["-y", "x@1.0.0"] }\n  other: { command: npx, args: ["-y", "y@1.0.0"] }\n`,
  });
  const lint = mcpctl(['lint'], { cwd: dir });
  assert.is(lint.code, 1);
  assert.match(lint.stdout, /mcp\.yaml:4:3\s+error\s+policy\/server-denied/);
  assert.match(lint.stdout, /policy\/server-not-allowed/);
  const none = mcpctl(['policy', 'check'], { cwd: repo({ 'mcp.yaml': 'version: 1\nservers: {}\n' }) });
  assert.is(none.code, 2);
  assert.match(none.stderr, 'no organisation policy');
});

test('policy check: the client files beside an mcp.yaml in a subfolder, and nested ones git knows of', () => {
  const dir = repo({
    'org.yaml': POLICY,
    'sub/mcp.yaml': 'version: 1\nservers: {}\n',
    'sub/.vscode/mcp.json': '{ "servers": { "x-experimental": { "type": "stdio", "command": "node" } } }\n',
    'packages/web/.cursor/mcp.json': '{ "mcpServers": { "y-experimental": { "command": "node" } } }\n',
  });
  spawnSync('git', ['init', '-q'], { cwd: dir });
  const r = mcpctl(['policy', 'check', '-f', 'sub/mcp.yaml', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /sub\/\.vscode\/mcp\.json:1:\d+\s+error\s+policy\/server-denied/);
  assert.match(r.stdout, /packages\/web\/\.cursor\/mcp\.json:1:\d+\s+error\s+policy\/server-denied/);
});

test.run();
