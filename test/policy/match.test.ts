// The policy's server matcher and what the review found in the renderers: URL globs that cannot be escaped
// through the path, one Codex identity per name, Gemini's empty allow list, and floors a project cannot lower.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'smol-toml';
import { urlMatches, verdict } from '../../src/core/policy/server-match.js';
import { POLICY_RENDERERS } from '../../src/core/policy/render/index.js';
import { mcpctl } from '../helpers/cli.js';
import { repo } from './_helpers.js';

test('a URL glob: the host part cannot be reached through the path, query or user info', () => {
  const g = 'https://*.acme.dev/*';
  assert.ok(urlMatches(g, 'https://mcp.acme.dev/x'));
  assert.ok(urlMatches(g, 'https://MCP.Acme.DEV/x'), 'scheme and host ignore case');
  assert.ok(urlMatches(g, 'https://a.b.acme.dev/mcp'));
  for (const evil of [
    'https://evil.example/x?.acme.dev/',
    'https://evil.example/.acme.dev/mcp',
    'https://evil.example#.acme.dev/',
    'https://x@evil.example/.acme.dev/',
    'http://mcp.acme.dev/x',
  ])
    assert.not.ok(urlMatches(g, evil), evil);
  assert.equal(
    verdict({ version: 1, servers: { allow: [{ url: g }] } }, { name: 'x', url: 'https://evil.example/x?.acme.dev/' }),
    {
      ok: false,
      why: 'not-allowed',
    },
  );
});

test('Codex: the URL regex keeps the host apart too; two entries for one name give one table Codex can read', () => {
  const r = POLICY_RENDERERS['codex']?.render({
    version: 1,
    servers: {
      allow: [
        { name: 'github', command: ['npx', '-y', '@acme/github@1.0.0'] },
        { name: 'github', command: ['docker', 'run', 'acme/github:1.0.0'] },
        { name: 'docs', url: 'https://*.acme.dev/mcp' },
      ],
    },
  });
  const toml = JSON.parse(JSON.stringify(parse(r?.text ?? ''))) as { mcp_servers: Record<string, { identity: any }> };
  assert.equal(Object.keys(toml.mcp_servers).sort(), ['docs', 'github']);
  const expression: string = toml.mcp_servers['docs']?.identity.url.expression;
  const re = new RegExp(`^(?:${expression})$`);
  assert.ok(re.test('https://mcp.acme.dev/mcp'));
  assert.not.ok(re.test('https://evil.example/x?.acme.dev/mcp'));
  assert.ok(r?.notes.some((n) => n.rule === 'servers.allow[1]' && n.how === 'stricter'));
});

test('Gemini CLI: no empty mcp.allowed (it would allow every server); the auto-approval is said', () => {
  const none = POLICY_RENDERERS['gemini']?.render({ version: 1, servers: { allow: [{ url: 'https://x.dev/*' }] } });
  assert.equal(JSON.parse(none?.text ?? ''), { mcp: {} });
  assert.ok(none?.notes.some((n) => n.rule === 'servers.allow' && n.how === 'mcpctl-only'));
  const some = POLICY_RENDERERS['gemini']?.render({ version: 1, servers: { allow: [{ name: 'a' }] } });
  assert.ok(some?.notes.some((n) => /approves every tool/.test(n.note)));
});

test('an allow list a client cannot say at all: one note says the file admits no server', () => {
  for (const t of ['codex', 'claude-code', 'vscode']) {
    const r = POLICY_RENDERERS[t]?.render({ version: 1, servers: { allow: [{ name: 'internal-*' }] } });
    assert.is(r?.notes[0]?.rule, 'servers.allow', t);
    assert.match(r?.notes[0]?.note ?? '', 'admits no server', t);
  }
});

test("a policy's server list holds at error: mcp.yaml's lint.rules and an allow comment cannot turn it off", () => {
  const dir = repo({
    'org.yaml': 'version: 1\nservers:\n  deny: [{name: bad}]\n',
    'mcp.yaml':
      'version: 1\npolicy: org.yaml\nlint:\n  rules: { policy/server-denied: "off" }\nservers:\n  bad: { command: node, args: [x.js] } # mcpctl:allow policy/server-denied\n',
  });
  const r = mcpctl(['policy', 'check'], { cwd: dir });
  assert.is(r.code, 1, r.stdout);
  assert.match(r.stdout, 'policy/server-denied');
  const l = mcpctl(['lint'], { cwd: dir });
  assert.is(l.code, 1);
});

test.run();
