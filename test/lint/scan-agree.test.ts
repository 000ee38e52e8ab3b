// Lint and scan read the same literal the same way: one engine, one rule id, one line:col, one
// fingerprint, so a scan baseline or an mcpctl:allow comment written for one carries over to the other.
// And an organisation policy's floor holds against both kinds of suppression unless it accepts them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import type { PolicyFile } from '../../src/core/generated/policy-types.js';
import type { Finding } from '../../src/core/lint/finding.js';
import { lintSource } from '../../src/core/lint/lint.js';
import { sourceFromSpec } from '../../src/core/lint/source.js';
import { loadYaml } from '../../src/core/load.js';
import { baselineDocument } from '../../src/core/scan/baseline.js';
import { scanText } from '../../src/core/scan/scan-text.js';
import { validate } from '../../src/core/validate.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

function lint(yaml: string, policies: PolicyFile[] = [], baseline?: ReadonlySet<string>): Finding[] {
  const doc = loadYaml(yaml, 'mcp.yaml');
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid');
  return lintSource(sourceFromSpec(spec, doc), { rules: spec.lint?.rules, policies, baseline }).filter((f) =>
    f.ruleId.startsWith('secret/'),
  );
}
const key = (f: Finding) => [f.ruleId, f.line, f.col, f.endLine, f.endCol, f.secret?.fingerprint];

const gh = `ghp_${rand(ALPHABET.alnum, 36)}`;
const generic = 'Zq8vN3xK7mP2wR9tL5yB1cF6hJ4dG0sA';
const FILE =
  `version: 1\nservers:\n  s:\n    command: node\n    args: ["s.js", "--token", "${gh}"]\n    env:\n      API_TOKEN: "${generic}"\n      PASSWORD: changeme\n` +
  `  r:\n    url: https://x.example/mcp\n    headers: {X-Api-Key: Ab3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ}\n`;

test('lint and scan report the same secrets with the same rule id, line:col and fingerprint', () => {
  const scanned = scanText(FILE, 'mcp.yaml');
  const linted = lint(FILE);
  assert.ok(scanned.length >= 3, JSON.stringify(scanned.map(key)));
  assert.equal(linted.map(key), scanned.map(key));
  // lint still says which server holds it
  assert.match(linted[0]?.message ?? '', /^server "s": GitHub/);
  assert.match(linted[linted.length - 1]?.message ?? '', /^server "r": /);
});

test('a scan baseline and an mcpctl:allow comment written for scan silence lint too', () => {
  const baseline = new Set(baselineDocument(scanText(FILE, 'mcp.yaml')).findings.map((e) => e.fingerprint));
  assert.equal(lint(FILE, [], baseline), []);
  const commented = FILE.replace(`"${gh}"]`, `"${gh}"] # mcpctl:allow secret/github-pat`);
  assert.equal(
    scanText(commented, 'mcp.yaml').filter((f) => f.ruleId === 'secret/github-pat'),
    [],
  );
  assert.equal(
    lint(commented).filter((f) => f.ruleId === 'secret/github-pat'),
    [],
  );
});

test('a policy floor holds against mcpctl:allow comments and baselines, unless the policy accepts them', () => {
  const commented = FILE.replace(`"${gh}"]`, `"${gh}"] # mcpctl:allow all`);
  const floor: PolicyFile = { version: 1, rules: { 'secret/*': 'error' } };
  const held = lint(commented, [floor]).filter((f) => f.ruleId === 'secret/github-pat');
  assert.equal(
    held.map((f) => [f.line, f.severity]),
    [[5, 'error']],
  );
  assert.match(held[0]?.hint ?? '', /does not accept an mcpctl:allow comment/);
  const baseline = new Set(baselineDocument(scanText(FILE, 'mcp.yaml')).findings.map((e) => e.fingerprint));
  const kept = lint(FILE, [floor], baseline);
  assert.is(kept.length, scanText(FILE, 'mcp.yaml').length);
  assert.match(kept[0]?.hint ?? '', /does not accept a baseline entry/);
  // the policy may accept suppressions for some rules: listed ids or prefixes
  assert.equal(
    lint(commented, [{ ...floor, allow_suppressions: ['secret/github-pat'] }]).filter(
      (f) => f.ruleId === 'secret/github-pat',
    ),
    [],
  );
  assert.equal(lint(FILE, [{ ...floor, allow_suppressions: ['secret/*'] }], baseline), []);
  // every policy with a floor must accept it; a policy without a floor for the rule does not matter
  assert.is(
    lint(commented, [{ ...floor, allow_suppressions: ['secret/*'] }, floor]).filter(
      (f) => f.ruleId === 'secret/github-pat',
    ).length,
    1,
  );
  assert.equal(
    lint(commented, [{ version: 1, rules: { 'policy/*': 'error' } }]).filter((f) => f.ruleId === 'secret/github-pat'),
    [],
  );
  // policy rules too: a floor on policy/unpinned-package holds against "# mcpctl:allow all"
  const unpinned = 'version: 1\nservers:\n  s:\n    command: npx\n    args: ["-y", "pkg"] # mcpctl:allow all\n';
  const doc = loadYaml(unpinned, 'mcp.yaml');
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid');
  const policyFloor: PolicyFile = { version: 1, rules: { 'policy/unpinned-package': 'error' } };
  assert.equal(
    lintSource(sourceFromSpec(spec, doc), { policies: [policyFloor] }).map((f) => f.ruleId),
    ['policy/unpinned-package'],
  );
  assert.equal(
    lintSource(sourceFromSpec(spec, doc), { policies: [] }).map((f) => f.ruleId),
    [],
  );
});

test.run();
