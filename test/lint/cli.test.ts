// mcpctl lint through the built CLI, and lint as a gate in plan and apply.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

const UNPINNED =
  'version: 1\nservers:\n  gh:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-github"]\n';
const CLEAN =
  'version: 1\nservers:\n  gh:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]\n    startup_timeout_sec: 600\n';

function setUp(yaml: string, files: Record<string, string> = {}) {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), yaml);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('exit codes: 0 with only warnings, 1 with errors, 2 for invalid input', () => {
  const warnOnly = mcpctl(['lint'], { cwd: setUp(CLEAN) });
  assert.is(warnOnly.code, 0, warnOnly.stdout);
  assert.match(warnOnly.stdout, /mcp\.yaml:6:26  warn   policy\/timeout-bounds/);
  const errors = mcpctl(['lint'], { cwd: setUp(UNPINNED) });
  assert.is(errors.code, 1);
  assert.match(errors.stdout, /mcp\.yaml:5:18  error  policy\/unpinned-package/);
  const invalid = mcpctl(['lint'], { cwd: setUp('version: 1\nservers:\n  gh:\n    comand: x\n') });
  assert.is(invalid.code, 2);
  assert.match(invalid.stderr, /did you mean "command"/);
  const missingPolicy = mcpctl(['lint', '--policy', 'nope.yaml'], { cwd: setUp(CLEAN) });
  assert.is(missingPolicy.code, 2);
});

test('severity off in mcp.yaml; an organisation policy (--policy or policy:) can only tighten', () => {
  const off = `${UNPINNED}lint:\n  rules:\n    policy/unpinned-package: off\n`;
  assert.is(mcpctl(['lint'], { cwd: setUp(off) }).code, 0);
  const policy = 'version: 1\nrules:\n  policy/unpinned-package: error\n  policy/timeout-bounds: error\n';
  const viaFlag = mcpctl(['lint', '--policy', 'org.yaml'], { cwd: setUp(off, { 'org.yaml': policy }) });
  assert.is(viaFlag.code, 1);
  assert.match(viaFlag.stdout, /error  policy\/unpinned-package/);
  const viaKey = mcpctl(['lint'], { cwd: setUp(`${CLEAN}policy: org.yaml\n`, { 'org.yaml': policy }) });
  assert.is(viaKey.code, 1);
  assert.match(viaKey.stdout, /error  policy\/timeout-bounds/);
  const badPolicy = mcpctl(['lint', '--policy', 'org.yaml'], {
    cwd: setUp(CLEAN, { 'org.yaml': 'version: 1\nrulez: {}\n' }),
  });
  assert.is(badPolicy.code, 2);
  assert.match(badPolicy.stderr, /org\.yaml:2:1: error E_SCHEMA: unknown key "rulez"\n  hint: did you mean "rules"\?/);
});

test('formats: json is versioned; sarif is SARIF 2.1.0 with rules and locations; github prints annotations', () => {
  const dir = setUp(UNPINNED);
  const json = JSON.parse(mcpctl(['lint', '--format', 'json'], { cwd: dir }).stdout);
  assert.is(json.format_version, 1);
  assert.is(json.findings[0].ruleId ?? json.findings[0].rule, 'policy/unpinned-package');
  const sarif = JSON.parse(mcpctl(['lint', '--format', 'sarif'], { cwd: dir }).stdout);
  assert.is(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.is(run.tool.driver.name, 'mcpctl');
  const result = run.results[0];
  assert.is(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  assert.is(result.locations[0].physicalLocation.region.startLine, 5);
  const gh = mcpctl(['lint', '--format', 'github'], { cwd: dir });
  assert.match(gh.stdout, /^::error file=mcp\.yaml,line=5,col=18,.*title=policy\/unpinned-package::/m);
});

test('lint --config checks an existing Codex config.toml, with positions in it', () => {
  const dir = setUp(CLEAN, {
    'config.toml': '[mcp_servers.x]\ntype = "stdio"\ncommand = "uvx"\nargs = ["mcp-server-time"]\n',
  });
  const r = mcpctl(['lint', '--config', 'config.toml'], { cwd: dir });
  assert.is(r.code, 1);
  assert.match(r.stdout, /config\.toml:2:1  warn   policy\/foreign-key/);
  assert.match(r.stdout, /config\.toml:4:9  error  policy\/unpinned-package/);
});

test('apply refuses on error findings and writes nothing; turning the rule off lets it through', () => {
  const dir = setUp(UNPINNED);
  const target = join(dir, 'config.toml');
  const refused = mcpctl(['apply', '--yes', '--config', target], { cwd: dir });
  assert.is(refused.code, 1);
  assert.match(refused.stderr, /policy\/unpinned-package/);
  assert.match(refused.stderr, /E_LINT: not applied: lint found 1 error in mcp\.yaml/);
  assert.not.ok(existsSync(target));
  writeFileSync(join(dir, 'mcp.yaml'), `${UNPINNED}lint:\n  rules:\n    policy/unpinned-package: warn\n`);
  const ok = mcpctl(['apply', '--yes', '--config', target], { cwd: dir });
  assert.is(ok.code, 0, ok.stderr);
  assert.match(readFileSync(target, 'utf8'), /server-github"\]/);
  const plan = JSON.parse(mcpctl(['plan', '--json', '--config', target], { cwd: dir }).stdout);
  assert.equal(
    plan.findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity]),
    [['policy/unpinned-package', 'warn']],
  );
});

test('a policy floor holds against "# mcpctl:allow all": lint --policy fails and apply writes nothing', () => {
  const token = `ghp_${'Zq8vN3xK7mP2wR9tL5yB1cF6hJ4dG0sAq8vN3'.slice(0, 36)}`;
  const yaml = `version: 1\nservers:\n  gh:\n    command: node\n    args: ["s.js"]\n    env:\n      GITHUB_TOKEN: "${token}" # mcpctl:allow all\n`;
  const floor = 'version: 1\nrules:\n  secret/*: error\n';
  const dir = setUp(yaml, { 'org.yaml': floor });
  // without a policy the comment is honoured
  assert.is(mcpctl(['lint'], { cwd: dir }).code, 0);
  const linted = mcpctl(['lint', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(linted.code, 1, linted.stdout);
  assert.match(linted.stdout, /mcp\.yaml:7:22  error  secret\/github-pat/);
  const target = join(dir, 'config.toml');
  const applied = mcpctl(['apply', '--yes', '--policy', 'org.yaml', '--config', target], { cwd: dir });
  assert.is(applied.code, 1, applied.stderr);
  assert.not.ok(existsSync(target));
  // the policy may accept suppressions of listed rules
  writeFileSync(join(dir, 'org.yaml'), `${floor}allow_suppressions: [secret/github-pat]\n`);
  assert.is(mcpctl(['lint', '--policy', 'org.yaml'], { cwd: dir }).code, 0);
});

test('a scan baseline serves lint: same ids and positions, and lint --baseline accepts its entries', () => {
  const token = `ghp_${'Ab3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZc4Fq'.slice(0, 36)}`;
  const dir = setUp(
    `version: 1\nservers:\n  gh:\n    command: node\n    args: ["s.js", "--token", "${token}"]\n    startup_timeout_sec: 60\n`,
  );
  const scanned = JSON.parse(mcpctl(['scan', '--format', 'json', 'mcp.yaml'], { cwd: dir }).stdout);
  const linted = JSON.parse(mcpctl(['lint', '--format', 'json'], { cwd: dir }).stdout);
  const pick = (
    fs: Array<{ rule: string; line: number; col: number; end_col: number; secret: { fingerprint: string } | null }>,
  ) =>
    fs
      .filter((f) => f.rule.startsWith('secret/'))
      .map((f) => [f.rule, f.line, f.col, f.end_col, f.secret?.fingerprint]);
  assert.is(pick(scanned.findings).length, 1);
  assert.equal(pick(linted.findings), pick(scanned.findings));
  assert.is(mcpctl(['scan', '--write-baseline', 'baseline.json', 'mcp.yaml'], { cwd: dir }).code, 0);
  assert.is(mcpctl(['lint'], { cwd: dir }).code, 1);
  const accepted = mcpctl(['lint', '--baseline', 'baseline.json'], { cwd: dir });
  assert.is(accepted.code, 0, accepted.stdout);
  // a floor refuses the baseline as it refuses a comment
  writeFileSync(join(dir, 'org.yaml'), 'version: 1\nrules:\n  secret/*: error\n');
  assert.is(mcpctl(['lint', '--baseline', 'baseline.json', '--policy', 'org.yaml'], { cwd: dir }).code, 1);
});

test.run();
