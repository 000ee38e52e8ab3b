// The pure parts of the action: inputs, the event, the markdown report and its cut under GitHub's
// 65,536-character limit, the sticky marker, step outputs and secret scrubbing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../../src/core/lint/finding.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { eventFrom } from '../../src/action/event.js';
import { fit } from '../../src/action/fit.js';
import { readInputs } from '../../src/action/inputs.js';
import { planMerge } from '../../src/action/pr-plan.js';
import { fenceFor, md, reportSections } from '../../src/action/report.js';
import type { Outcome, ReportMeta } from '../../src/action/report.js';
import { COMMENT_LIMIT, stickyMarker } from '../../src/action/run.js';
import { SecretSet } from '../../src/action/secrets.js';
import { outputEntry } from '../../src/action/workflow.js';
import { parseOutputs } from './_fixture.js';

const META: ReportMeta = { marker: '<!-- mcpctl:mcp:mcp.yaml -->', tool: 'mcpctl 0.1.0', headSha: 'abcdef0123456789', failOn: 'error', planJson: '/tmp/plan.json' };

function servers(n: number, version: string): Map<string, TomlTable> {
  const out = new Map<string, TomlTable>();
  for (let i = 0; i < n; i++) out.set(`server-${String(i).padStart(4, '0')}`, { command: 'npx', args: ['-y', `@example/server-${i}@${version}`, '--flag', 'x'.repeat(40)] });
  return out;
}

function finding(i: number): Finding {
  return { ruleId: 'policy/unpinned-package', severity: i % 2 ? 'warn' : 'error', message: `server "s${i}": package is not pinned`, file: 'mcp.yaml', line: i + 1, col: 5, hint: 'pin a version' };
}

function outcome(o: Partial<Outcome>): Outcome {
  return { command: 'plan', file: 'mcp.yaml', plan: null, findings: [], filesScanned: 1, skipped: [], failure: null, ...o };
}

test('inputs: the runner’s names (upper case, hyphens kept), defaults, and clear errors', () => {
  const env = { INPUT_FILE: ' ./config/mcp.yaml ', 'INPUT_FAIL-ON': 'warn', 'INPUT_BASE-REF': 'main', INPUT_COMMENT: 'False', 'INPUT_GITHUB-TOKEN': 't' };
  assert.equal(readInputs(env), { file: 'config/mcp.yaml', policy: undefined, command: 'plan', baseRef: 'main', comment: false, sarif: undefined, failOn: 'warn', token: 't' });
  assert.equal(readInputs({}).comment, true);
  assert.throws(() => readInputs({ INPUT_COMMENT: 'yes' }), /input "comment" is "yes", which is not true or false/);
  assert.throws(() => readInputs({ INPUT_COMMAND: 'apply' }), /not one of plan, lint, scan/);
  assert.throws(() => readInputs({ INPUT_FILE: '../other/mcp.yaml' }), /not a file inside the repository/);
  assert.throws(() => readInputs({ INPUT_FILE: '/etc/passwd' }), /not a file inside the repository/);
});

test('event: pull request number, base and head; a fork or a deleted head repository is a fork', () => {
  const pr = (head: unknown) => ({ pull_request: { number: 3, base: { ref: 'main', sha: 'b', repo: { full_name: 'a/r' } }, head: { ref: 'f', sha: 'h', repo: head } } });
  const same = eventFrom({ GITHUB_REPOSITORY: 'a/r', GITHUB_WORKFLOW: 'CI' }, pr({ full_name: 'a/r' }));
  assert.equal(same.pullRequest, { number: 3, base: { ref: 'main', sha: 'b', repo: 'a/r' }, head: { ref: 'f', sha: 'h', repo: 'a/r' }, fromFork: false });
  assert.is(eventFrom({}, pr({ full_name: 'x/r' })).pullRequest?.fromFork, true);
  assert.is(eventFrom({}, pr(null)).pullRequest?.fromFork, true);
  assert.is(eventFrom({}, { ref: 'refs/heads/main' }).pullRequest, null);
  assert.is(eventFrom({}, null).workflow, 'workflow');
  assert.is(eventFrom({}, { before: '0000000000000000000000000000000000000000' }).before, null);
});

test('the sticky marker: one per workflow and file, never closing the HTML comment early', () => {
  assert.is(stickyMarker('mcp', 'mcp.yaml'), '<!-- mcpctl:mcp:mcp.yaml -->');
  const odd = stickyMarker('CI --> <b>x</b>\n', 'a--b.yaml');
  const inner = odd.slice('<!-- '.length, -' -->'.length);
  assert.ok(inner.startsWith('mcpctl:CI ') && inner.endsWith(':a-b.yaml'), odd);
  assert.not.match(inner, /--|[<>\n]/);
  assert.is(stickyMarker('CI --> <b>x</b>\n', 'a--b.yaml'), odd, 'stable from run to run');
});

test('markdown: user text cannot open tags, break a table or mention anyone', () => {
  assert.is(md('a | b <img src=x> @acme/team\nnext'), 'a \\| b &lt;img src=x&gt; @\u200Bacme/team next');
  assert.is(fenceFor('x ``` y'), '````');
  assert.is(fenceFor('plain'), '```');
  const body = fit(reportSections(outcome({ findings: [{ ...finding(0), message: 'uses </details> and @org | x' }] }), META), COMMENT_LIMIT);
  assert.match(body, '| ❌ error | `mcp.yaml:1:5` | `policy/unpinned-package` | uses &lt;/details&gt; and @\u200Borg \\| x<br><sub>pin a version</sub> |');
});

test('a plan too large for a comment is cut under 65,536 characters, diff first, with notes', () => {
  const merge = planMerge(servers(1500, '1.0.0'), servers(1500, '2.0.0'));
  const o = outcome({ plan: { merge, baseLabel: '`main` at `1234567`', baseExists: true, baseProblem: null }, findings: Array.from({ length: 3000 }, (_, i) => finding(i)) });
  const whole = reportSections(o, META).map((s) => s.text).join('');
  assert.ok(whole.length > 400_000, `the uncut report is ${whole.length} characters`);
  const body = fit(reportSections(o, META), COMMENT_LIMIT);
  assert.ok(body.length <= COMMENT_LIMIT, `${body.length} characters`);
  assert.ok(Buffer.byteLength(body) <= COMMENT_LIMIT);
  assert.ok(body.startsWith(`${META.marker}\n### mcpctl plan: \`mcp.yaml\``));
  assert.match(body, /_The diff is cut here: \d+ more lines; the whole diff is in the job summary or the plan-json output\._/);
  assert.match(body, /_…and \d+ more findings: see the annotations of this run, or the SARIF file\._/);
  assert.match(body, '0 to create, 1500 to update, 0 to delete');
  assert.is((body.match(/^```/gm) ?? []).length % 2, 0, 'every code fence is closed');
  assert.is((body.match(/<details>/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length);
  assert.ok(body.trimEnd().endsWith('fail-on: error</sub>'), 'the footer stays');
  // the job summary has room for much more of it
  const summary = fit(reportSections(o, { ...META, marker: '' }), 1_000_000);
  assert.ok(summary.length > body.length * 5);
});

test('a report that fits is not cut', () => {
  const merge = planMerge(servers(3, '1.0.0'), servers(4, '2.0.0'));
  const body = fit(reportSections(outcome({ plan: { merge, baseLabel: '`main` at `1234567`', baseExists: true, baseProblem: null } }), META), COMMENT_LIMIT);
  assert.not.match(body, 'cut here');
  assert.match(body, '1 to create, 3 to update, 0 to delete, 0 unchanged.');
  assert.match(body, '✅ Lint: no findings.');
});

test('step outputs: the multi-line syntax, read back as the runner reads it', () => {
  const text = outputEntry('plan-json', '/tmp/a b/plan.json') + outputEntry('notes', 'line 1\nline 2\n') + outputEntry('empty', '');
  assert.equal(parseOutputs(text), { 'plan-json': '/tmp/a b/plan.json', notes: 'line 1\nline 2\n', empty: '' });
  assert.match(outputEntry('x', 'y', 'D'), /^x<<D\ny\nD\n$/);
  assert.throws(() => outputEntry('x', 'a D b', 'D'), /delimiter/);
});

test('secrets: scrubbed longest first, lines of a multi-line value too, JSON-escaped forms too', () => {
  const s = new SecretSet();
  assert.equal(s.add('abcd1234efgh'), ['abcd1234efgh']);
  assert.equal(s.add('abcd1234efgh'), []);
  assert.equal(s.add('abcd1234efgh5678'), ['abcd1234efgh5678']);
  assert.is(s.scrub('x abcd1234efgh5678 y abcd1234efgh z'), 'x *** y *** z');
  assert.equal(s.add('first-line-secret\nsecond-line-secret'), ['first-line-secret\nsecond-line-secret', 'first-line-secret', 'second-line-secret']);
  assert.is(s.scrub('a second-line-secret'), 'a ***');
  s.add('quo"te\\secret');
  assert.is(s.scrub(JSON.stringify({ v: 'quo"te\\secret' })), '{"v":"***"}');
});

test.run();
