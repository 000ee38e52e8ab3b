// Every lint rule: true positives and near-miss negatives; severities, policy floors, suppressions, positions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import type { PolicyFile } from '../../src/core/generated/policy-types.js';
import type { Finding } from '../../src/core/lint/finding.js';
import { allRules, lintSource } from '../../src/core/lint/lint.js';
import { sourceFromSpec, sourceFromToml } from '../../src/core/lint/source.js';
import { loadYaml } from '../../src/core/load.js';
import { tomlPositions } from '../../src/core/toml/positions.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import { validate } from '../../src/core/validate.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const githubPat = () => `ghp_${rand(ALPHABET.alnum, 36)}`;

function lintYaml(yaml: string, policies: PolicyFile[] = []): Finding[] {
  const doc = loadYaml(yaml, 'mcp.yaml');
  const { spec, diagnostics } = validate(doc, schema);
  assert.equal(diagnostics, []);
  if (!spec) throw new Error('invalid');
  return lintSource(sourceFromSpec(spec, doc), { rules: spec.lint?.rules, policies });
}
const stdio = (command: string, args: string[], extra = '') =>
  `version: 1\nservers:\n  s:\n    command: ${command}\n    args: ${JSON.stringify(args)}\n${extra}`;
const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

test('policy/unpinned-package: npx, uvx, pipx, docker', () => {
  const bad: Array<[string, string[]]> = [
    ['npx', ['-y', '@modelcontextprotocol/server-github']],
    ['npx', ['-y', '@modelcontextprotocol/server-github@latest']],
    ['npx', ['-y', 'pkg@^1.2.0']],
    ['npx', ['--package=pkg', 'pkg-bin']],
    ['bunx', ['pkg']],
    ['pnpm', ['dlx', 'pkg@next']],
    ['uvx', ['mcp-server-time']],
    ['uvx', ['mcp-server-time>=0.6']],
    ['uvx', ['--from', 'mcp-server-git', 'mcp-server-git']],
    ['pipx', ['run', 'tool']],
    ['docker', ['run', '-i', '--rm', '-e', 'TOKEN', 'ghcr.io/github/github-mcp-server']],
    ['docker', ['run', '-i', 'mcp/time:latest']],
  ];
  for (const [cmd, args] of bad)
    assert.equal(ids(lintYaml(stdio(cmd, args))), ['policy/unpinned-package'], `${cmd} ${args.join(' ')}`);
  const good: Array<[string, string[]]> = [
    ['npx', ['-y', '@modelcontextprotocol/server-github@2025.4.8']],
    ['npx', ['-y', 'pkg@1.2.3', '--flag', 'latest']],
    ['uvx', ['mcp-server-time==0.6.2']],
    ['uvx', ['mcp-server-time@0.6.2']],
    ['uvx', ['--from', 'mcp-server-git==1.0.0', 'mcp-server-git']],
    ['docker', ['run', '-i', '--rm', 'mcp/time@sha256:' + 'a'.repeat(64)]],
    ['node', ['server.js']],
  ];
  for (const [cmd, args] of good) assert.equal(ids(lintYaml(stdio(cmd, args))), [], `${cmd} ${args.join(' ')}`);
});

test('the finding points at the offending value in mcp.yaml, with a fix hint', () => {
  const [f] = lintYaml(
    'version: 1\nservers:\n  gh:\n    command: npx\n    args:\n      - -y\n      - "@modelcontextprotocol/server-github"\n',
  );
  assert.ok(f);
  assert.equal([f?.file, f?.line, f?.col, f?.severity], ['mcp.yaml', 7, 9, 'error']);
  assert.match(f?.message ?? '', /server "gh": "@modelcontextprotocol\/server-github" is not pinned/);
  assert.match(f?.hint ?? '', /@modelcontextprotocol\/server-github@1\.2\.3/);
});

test('policy/shell-wrapper', () => {
  assert.equal(ids(lintYaml(stdio('bash', ['-c', 'npx -y pkg@1.0.0']))), ['policy/shell-wrapper']);
  assert.equal(ids(lintYaml(stdio('cmd', ['/c', 'server.exe']))), ['policy/shell-wrapper']);
  assert.equal(ids(lintYaml(stdio('bash', ['server.sh']))), []);
});

test('policy/denied-env, with policy additions', () => {
  const f = lintYaml(
    stdio(
      'node',
      ['s.js'],
      '    env:\n      LD_PRELOAD: /tmp/x.so\n      DYLD_INSERT_LIBRARIES: y\n      NODE_OPTIONS: --require=/tmp/x\n      LOG_LEVEL: debug\n      CUSTOM_HOOK: x\n',
    ),
  );
  assert.equal(ids(f), ['policy/denied-env', 'policy/denied-env', 'policy/denied-env']);
  assert.equal(
    f.map((x) => x.line),
    [7, 8, 9],
  );
  const p = lintYaml(stdio('node', ['s.js'], '    env:\n      CUSTOM_HOOK: x\n'), [
    { version: 1, env: { deny: ['CUSTOM_*'] } },
  ]);
  assert.equal(ids(p), ['policy/denied-env']);
});

test('policy/insecure-url: http only on loopback; policy/host-not-allowed', () => {
  const url = (u: string, policies: PolicyFile[] = []) =>
    ids(lintYaml(`version: 1\nservers:\n  r:\n    url: ${u}\n`, policies));
  assert.equal(url('http://mcp.example.com/mcp'), ['policy/insecure-url']);
  assert.equal(url('http://localhost:3000/mcp'), []);
  assert.equal(url('http://127.0.0.1:3000/mcp'), []);
  assert.equal(url('http://[::1]:3000/mcp'), []);
  assert.equal(url('https://mcp.example.com/mcp'), []);
  const hosts: PolicyFile[] = [{ version: 1, remote: { hosts: ['*.acme.dev', 'mcp.linear.app'] } }];
  assert.equal(url('https://mcp.linear.app/mcp', hosts), []);
  assert.equal(url('https://tools.acme.dev/mcp', hosts), []);
  assert.equal(url('https://evil.example/mcp', hosts), ['policy/host-not-allowed']);
});

test('policy/command-not-allowed: basenames, absolute paths, globs', () => {
  const policies: PolicyFile[] = [{ version: 1, commands: { allow: ['npx', 'uvx', '/opt/mcp/*'] } }];
  const run = (cmd: string) =>
    ids(lintYaml(stdio(cmd, ['x@1.0.0']), policies)).filter((i) => i === 'policy/command-not-allowed');
  assert.equal(run('npx'), []);
  assert.equal(run('/opt/mcp/bin/server'), []);
  assert.equal(run('/usr/local/bin/npx'), []);
  assert.equal(run('curl'), ['policy/command-not-allowed']);
  assert.equal(run('/tmp/npx-evil/server'), ['policy/command-not-allowed']);
});

test('policy/timeout-bounds: defaults and policy limits', () => {
  assert.equal(ids(lintYaml(stdio('node', ['s'], '    startup_timeout_sec: 600\n'))), ['policy/timeout-bounds']);
  assert.equal(ids(lintYaml(stdio('node', ['s'], '    startup_timeout_sec: 60\n'))), []);
  assert.equal(
    ids(
      lintYaml(stdio('node', ['s'], '    tool_timeout_sec: 120\n'), [{ version: 1, timeouts: { tool_max_sec: 60 } }]),
    ),
    ['policy/timeout-bounds'],
  );
});

test('secrets in env, headers and args are found; references and placeholders are not; nothing shows the secret', () => {
  const gh = githubPat();
  const f = lintYaml(
    `version: 1\nservers:\n  s:\n    command: node\n    args: ["s.js", "--token", "${gh}"]\n    env:\n      API_TOKEN: "Zq8vN3xK7mP2wR9tL5yB1cF6hJ4dG0sA"\n      OTHER_TOKEN: \${env:OTHER_TOKEN}\n      PASSWORD: changeme\n  r:\n    url: https://x.example/mcp\n    headers:\n      X-Api-Key: "Ab3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ"\n`,
  );
  assert.equal(
    f.map((x) => [x.ruleId, x.line]),
    [
      ['secret/github-pat', 5],
      ['secret/generic-high-entropy', 7],
      ['secret/generic-high-entropy', 13],
    ],
  );
  for (const x of f) {
    assert.ok(x.secret?.fingerprint.match(/^[0-9a-f]{32}$/));
    assert.not.match(JSON.stringify(x), gh.slice(6));
    assert.not.match(JSON.stringify(x), 'Zq8vN3xK7mP2wR9t');
  }
});

test('severity overrides in mcp.yaml; a policy can raise but never lower', () => {
  const base = stdio('npx', ['-y', 'pkg'], '    startup_timeout_sec: 900\n');
  const withLint = (rules: string) => `${base}lint:\n  rules:\n${rules}`;
  assert.equal(
    lintYaml(withLint('    policy/unpinned-package: off\n')).map((f) => f.ruleId),
    ['policy/timeout-bounds'],
  );
  assert.equal(
    lintYaml(withLint('    policy/*: warn\n')).map((f) => f.severity),
    ['warn', 'warn'],
  );
  assert.equal(
    lintYaml(withLint('    policy/*: off\n    policy/timeout-bounds: error\n')).map((f) => [f.ruleId, f.severity]),
    [['policy/timeout-bounds', 'error']],
  );
  const floors: PolicyFile[] = [
    { version: 1, rules: { 'policy/unpinned-package': 'error', 'policy/timeout-bounds': 'error' } },
  ];
  assert.equal(
    lintYaml(withLint('    policy/unpinned-package: off\n'), floors).map((f) => [f.ruleId, f.severity]),
    [
      ['policy/unpinned-package', 'error'],
      ['policy/timeout-bounds', 'error'],
    ],
  );
  // a policy "off" does not switch off what mcp.yaml keeps on
  assert.equal(lintYaml(base, [{ version: 1, rules: { 'policy/unpinned-package': 'off' } }]).length, 2);
});

test('inline suppression: mcpctl:allow on the line', () => {
  const yaml =
    'version: 1\nservers:\n  s:\n    command: npx\n    args: ["-y", "pkg"] # mcpctl:allow policy/unpinned-package (vendored)\n';
  assert.equal(lintYaml(yaml), []);
  assert.equal(ids(lintYaml(yaml.replace('policy/unpinned-package', 'policy/shell-wrapper'))), [
    'policy/unpinned-package',
  ]);
  assert.equal(lintYaml(yaml.replace('policy/unpinned-package', 'all')), []);
});

test('config.toml: foreign keys, plaintext secrets and positions in the TOML source', () => {
  const gh = githubPat();
  const text = `model = "x"\n\n[mcp_servers.a]\ntype = "stdio"\ncommand = "npx"\nargs = ["-y", "pkg"]\n\n[mcp_servers.a.env]\nGITHUB_TOKEN = "${gh}"\n\n[mcp_servers.b]\nserverUrl = "https://x.example"\nurl = "http://x.example/mcp"\n`;
  const doc = readTarget(text, 'config.toml');
  const f = lintSource(sourceFromToml('config.toml', text, doc.servers, tomlPositions(text)), { policies: [] });
  assert.equal(
    f.map((x) => [x.ruleId, x.line, x.col]),
    [
      ['policy/foreign-key', 4, 1],
      ['policy/unpinned-package', 6, 15],
      // where the token itself starts, as scan reports it (not the opening quote)
      ['secret/github-pat', 9, 17],
      ['policy/foreign-key', 12, 1],
      ['policy/insecure-url', 13, 7],
    ],
  );
  assert.match(f[2]?.message ?? '', /^server "a": GitHub/);
  assert.match(f[0]?.hint ?? '', /Codex infers the transport/);
});

test('every rule has an id, a title, help text and a default severity', () => {
  const rules = [...allRules().values()];
  assert.ok(rules.length >= 50, `${rules.length} rules`);
  for (const r of rules) {
    assert.match(r.id, /^(secret|policy)\/[a-z0-9-]+$/);
    assert.ok(r.title.length > 5 && r.help.length > 20, r.id);
    assert.ok(r.defaultSeverity === 'error' || r.defaultSeverity === 'warn');
  }
});

test.run();
