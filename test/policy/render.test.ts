import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'smol-toml';
import { POLICY_RENDERERS } from '../../src/core/policy/render/index.js';
import { POLICY_TARGETS } from '../../src/cli/commands/policy.js';
import type { PolicyFile } from '../../src/core/generated/policy-types.js';
import { mcpctl } from '../helpers/cli.js';
import { POLICY, repo } from './_helpers.js';

const policy: PolicyFile = {
  version: 1,
  servers: {
    allow: [
      { name: 'github', command: ['npx', '-y', '@modelcontextprotocol/server-github@*'] },
      { url: 'https://mcp.acme.dev/*' },
      { name: 'memory' },
      { name: 'docs', url: 'https://docs.acme.dev/mcp' },
      { name: 'files', command: ['node', '/opt/mcp/*/index.js'] },
    ],
    deny: [{ name: '*-experimental' }, { name: 'shady' }, { command: ['docker', 'run', '*'] }],
  },
  rules: { 'policy/unpinned-package': 'error' },
};

const how = (target: string) =>
  Object.fromEntries(POLICY_RENDERERS[target]?.render(policy).notes.map((n) => [n.rule, n.how]) ?? []);

test('the CLI offers exactly the clients there is a renderer for', () => {
  assert.equal([...POLICY_TARGETS].sort(), Object.keys(POLICY_RENDERERS).sort());
});

test('Codex: each exact name with a command or url becomes a requirements identity, with prefix and regex matchers', () => {
  const r = POLICY_RENDERERS['codex']?.render(policy);
  assert.ok(r);
  const toml = JSON.parse(JSON.stringify(parse(r.text))) as {
    mcp_servers: Record<string, { identity: Record<string, unknown> }>;
  };
  assert.equal(Object.keys(toml.mcp_servers).sort(), ['docs', 'files', 'github']);
  assert.equal(toml.mcp_servers['github']?.identity, {
    command: {
      executable: 'npx',
      args: [
        { match: 'exact', value: '-y' },
        { match: 'prefix', value: '@modelcontextprotocol/server-github@' },
      ],
    },
  });
  assert.equal(toml.mcp_servers['docs']?.identity, { url: 'https://docs.acme.dev/mcp' });
  assert.equal(toml.mcp_servers['files']?.identity, {
    command: { executable: 'node', args: [{ match: 'regex', expression: '/opt/mcp/.*/index\\.js' }] },
  });
  const h = how('codex');
  assert.is(h['servers.allow[1]'], 'stricter'); // no name: Codex cannot list it
  assert.is(h['servers.allow[2]'], 'stricter'); // a name without a command or url
  assert.is(h['servers.deny[0]'], 'mcpctl-only');
  assert.is(h['rules'], 'mcpctl-only');
});

test('Codex: no allow list, nothing to enforce; an empty one, no server', () => {
  const none = POLICY_RENDERERS['codex']?.render({ version: 1, servers: { deny: [{ name: 'x' }] } });
  assert.not.ok(/^\[mcp_servers/m.test(none?.text ?? ''));
  const empty = POLICY_RENDERERS['codex']?.render({ version: 1, servers: { allow: [] } });
  assert.equal(JSON.parse(JSON.stringify(parse(empty?.text ?? ''))), { mcp_servers: {} });
});

test('Claude Code and VS Code: one key an entry, the identity before the name, deny only where it can be said exactly', () => {
  const claude = JSON.parse(POLICY_RENDERERS['claude-code']?.render(policy).text ?? '{}');
  assert.equal(claude.allowedMcpServers, [
    { serverName: 'github' },
    { serverUrl: 'https://mcp.acme.dev/*' },
    { serverName: 'memory' },
    { serverUrl: 'https://docs.acme.dev/mcp' },
    { serverName: 'files' },
  ]);
  assert.equal(claude.deniedMcpServers, [{ serverName: 'shady' }]);
  const vscode = JSON.parse(POLICY_RENDERERS['vscode']?.render(policy).text ?? '{}');
  // VS Code's policy values are JSON strings
  assert.equal(JSON.parse(vscode.ChatAllowedMcpServers), claude.allowedMcpServers);
  assert.equal(JSON.parse(vscode.ChatDeniedMcpServers), claude.deniedMcpServers);
  const h = how('vscode');
  assert.is(h['servers.allow[0]'], 'looser');
  assert.is(h['servers.allow[1]'], 'enforced');
  assert.is(h['servers.deny[0]'], 'mcpctl-only');
  assert.is(h['servers.deny[1]'], 'enforced');
  assert.is(h['servers.deny[2]'], 'mcpctl-only');
});

test('Gemini CLI: exact names only, into mcp.allowed and mcp.excluded', () => {
  const r = POLICY_RENDERERS['gemini']?.render(policy);
  assert.equal(JSON.parse(r?.text ?? '{}'), {
    mcp: { allowed: ['github', 'memory', 'docs', 'files'], excluded: ['shady'] },
  });
  const h = how('gemini');
  assert.is(h['servers.allow[0]'], 'looser');
  assert.is(h['servers.allow[1]'], 'stricter');
  assert.is(h['servers.allow[2]'], 'enforced');
});

test('policy render: the file on stdout, where it goes and how each rule is held on stderr; --json has all three', () => {
  const dir = repo({ 'org.yaml': POLICY });
  const r = mcpctl(['policy', 'render', '--target', 'claude-code', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).allowedMcpServers);
  assert.match(r.stderr, '/etc/claude-code/managed-settings.d/50-mcpctl.json');
  assert.match(r.stderr, 'mcpctl only: servers.deny[0]');
  const j = mcpctl(['policy', 'render', '--target', 'gemini', '--policy', 'org.yaml', '--json'], { cwd: dir });
  assert.is(j.code, 0, j.stderr);
  const doc = JSON.parse(j.stdout);
  assert.is(doc.kind, 'mcpctl.policy-render');
  assert.is(doc.install.linux, '/etc/gemini-cli/settings.json');
  assert.ok(
    doc.notes.some((n: { rule: string; how: string }) => n.rule === 'servers.deny[1]' && n.how === 'mcpctl-only'),
  );
});

test('policy render: the policy from mcp.yaml; none anywhere, or an unknown client, is a usage error', () => {
  const dir = repo({ 'org.yaml': POLICY, 'mcp.yaml': 'version: 1\npolicy: org.yaml\nservers: {}\n' });
  assert.is(mcpctl(['policy', 'render', '--target', 'codex'], { cwd: dir }).code, 0);
  const none = mcpctl(['policy', 'render', '--target', 'codex'], { cwd: repo({}) });
  assert.is(none.code, 2);
  assert.match(none.stderr, '--policy FILE');
  const bad = mcpctl(['policy', 'render', '--target', 'cursor', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(bad.code, 2);
  assert.not.match(bad.stderr, '    at ');
});

const BAD = `version: 1
servers:
  allow:
    - name: "git hub"
    - url: "mcp.acme.dev/*"
    - name: "a**"
    - name: shady
    - command: [node]
      url: https://x.dev/
  deny:
    - name: shady
`;

test('a bad policy: unknown keys, a bad glob, a url that is not one, an entry that both allows and denies — file:line:col, exit 2', () => {
  // the schema first: an unknown key
  const r = mcpctl(['policy', 'render', '--target', 'codex', '--policy', 'org.yaml'], {
    cwd: repo({ 'org.yaml': `${BAD}  block: []\n` }),
  });
  assert.is(r.code, 2);
  assert.match(r.stderr, 'org.yaml:12:3');
  const s = mcpctl(['policy', 'check', '--policy', 'org.yaml'], { cwd: repo({ 'org.yaml': BAD }) });
  assert.is(s.code, 2, s.stderr);
  assert.match(s.stderr, /org\.yaml:4:\d+.*white space/);
  assert.match(s.stderr, /org\.yaml:5:\d+.*not a URL glob/);
  assert.match(s.stderr, /org\.yaml:6:\d+.*"\*\*"/);
  assert.match(s.stderr, /org\.yaml:7:\d+.*both allows and denies/);
  assert.match(s.stderr, /org\.yaml:9:\d+.*matches nothing/);
  assert.not.match(s.stderr, '    at ');
});

test.run();
