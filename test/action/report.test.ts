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
import type { MergePlan } from '../../src/action/pr-plan.js';
import type { TargetMerge } from '../../src/action/pr-targets.js';
import { codexTarget } from '../../src/core/targets/codex/index.js';
import { fenceFor, inlineCode, md } from '../../src/action/markdown.js';
import { reportSections } from '../../src/action/report.js';
import type { Outcome, ReportMeta } from '../../src/action/report.js';
import { COMMENT_LIMIT, stickyMarker } from '../../src/action/run.js';
import { SecretSet } from '../../src/action/secrets.js';
import { outputEntry } from '../../src/action/workflow.js';
import { parseOutputs } from './_fixture.js';

const META: ReportMeta = {
  marker: '<!-- mcpctl:mcp:mcp.yaml -->',
  tool: 'mcpctl 0.1.0',
  headSha: 'abcdef0123456789',
  failOn: 'error',
  planJson: '/tmp/plan.json',
};

function servers(n: number, version: string): Map<string, TomlTable> {
  const out = new Map<string, TomlTable>();
  for (let i = 0; i < n; i++)
    out.set(`server-${String(i).padStart(4, '0')}`, {
      command: 'npx',
      args: ['-y', `@example/server-${i}@${version}`, '--flag', 'x'.repeat(40)],
    });
  return out;
}

function finding(i: number): Finding {
  return {
    ruleId: 'policy/unpinned-package',
    severity: i % 2 ? 'warn' : 'error',
    message: `server "s${i}": package is not pinned`,
    file: 'mcp.yaml',
    line: i + 1,
    col: 5,
    hint: 'pin a version',
  };
}

/** Codex's config.toml alone: the plan of a mcp.yaml without targets. */
function codexFile(merge: MergePlan): TargetMerge[] {
  return [{ label: 'config.toml', scope: 'user', clients: [codexTarget], merge, inBase: true, baseServers: [] }];
}

function outcome(o: Partial<Outcome>): Outcome {
  return {
    command: 'plan',
    file: 'mcp.yaml',
    plan: null,
    findings: [],
    filesScanned: 1,
    skipped: [],
    failure: null,
    ...o,
  };
}

test('inputs: the runner’s names (upper case, hyphens kept), defaults, and clear errors', () => {
  const env = {
    INPUT_FILE: ' ./config/mcp.yaml ',
    'INPUT_FAIL-ON': 'warn',
    'INPUT_BASE-REF': 'main',
    INPUT_COMMENT: 'False',
    'INPUT_GITHUB-TOKEN': 't',
  };
  assert.equal(readInputs(env), {
    file: 'config/mcp.yaml',
    policy: undefined,
    command: 'plan',
    baseRef: 'main',
    comment: false,
    sarif: undefined,
    failOn: 'warn',
    token: 't',
    checkUpdates: false,
  });
  assert.equal(readInputs({}).comment, true);
  assert.throws(() => readInputs({ INPUT_COMMENT: 'yes' }), /input "comment" is "yes", which is not true or false/);
  assert.throws(() => readInputs({ INPUT_COMMAND: 'apply' }), /not one of plan, lint, scan, policy/);
  assert.throws(() => readInputs({ INPUT_FILE: '../other/mcp.yaml' }), /not a file inside the repository/);
  assert.throws(() => readInputs({ INPUT_FILE: '/etc/passwd' }), /not a file inside the repository/);
});

test('event: pull request number, base and head; a fork or a deleted head repository is a fork', () => {
  const pr = (head: unknown) => ({
    pull_request: {
      number: 3,
      base: { ref: 'main', sha: 'b', repo: { full_name: 'a/r' } },
      head: { ref: 'f', sha: 'h', repo: head },
    },
  });
  const same = eventFrom({ GITHUB_REPOSITORY: 'a/r', GITHUB_WORKFLOW: 'CI' }, pr({ full_name: 'a/r' }));
  assert.equal(same.pullRequest, {
    number: 3,
    base: { ref: 'main', sha: 'b', repo: 'a/r' },
    head: { ref: 'f', sha: 'h', repo: 'a/r' },
    fromFork: false,
  });
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
  assert.is(md('a | b <img src=x> @acme/team\nnext'), 'a \\| b \\<img src=x\\> @\u200Bacme/team next');
  assert.is(fenceFor('x ``` y'), '````');
  assert.is(fenceFor('plain'), '```');
  const body = fit(
    reportSections(outcome({ findings: [{ ...finding(0), message: 'uses </details> and @org | x' }] }), META),
    COMMENT_LIMIT,
  );
  assert.match(
    body,
    '| ❌ error | `mcp.yaml:1:5` | `policy/unpinned-package` | uses \\</details\\> and @\u200Borg \\| x<br><sub>pin a version</sub> |',
  );
});

/** Every markup character of `text` is backslash-escaped (preceded by an odd number of backslashes). */
function allEscaped(text: string): boolean {
  for (const m of text.matchAll(/[`*_~[\]()!<>&#|$]/g)) {
    const before = /\\*$/.exec(text.slice(0, m.index))?.[0].length ?? 0;
    if (before % 2 === 0) return false;
  }
  return true;
}

test('markdown injection: links, images, emphasis, code, HTML, headings, tables, math, autolinks and mentions stay text', () => {
  const attacks = [
    '[click here](https://evil.example/login)',
    '![tracker](https://evil.example/pixel.png)',
    '![x][ref] [ref]: https://evil.example',
    '**bold** __bold__ *it* _it_ ~~gone~~',
    '`code` ``two`` <b>bold</b> <img src=x onerror=alert(1)> </details>',
    '# heading | a | b |',
    '$\\color{red}{\\text{PASSED}}$ &lt;entity&gt; &#x5B;',
    'https://evil.example/a www.evil.example mallory@evil.example @acme/security #1 acme/tools#2',
    'a\\[b\\] already \\escaped',
  ];
  for (const a of attacks) {
    const out = md(a);
    assert.ok(allEscaped(out), `${a} → ${out}`);
    assert.not.match(out, /:\/\//, 'no scheme:// left for the autolinker');
    assert.not.match(out, /www\./i);
    assert.not.match(out, /@[^\u200B]/, 'no mention or e-mail autolink');
    assert.not.match(out, /#[A-Za-z0-9]/, 'no issue reference');
    assert.not.match(out, /\n/);
    // what a reader sees: the same characters (backslash escapes and zero-width spaces removed)
    assert.is(out.replace(/\u200B/g, '').replace(/\\([\\`*_~[\]()!<>&#|$])/g, '$1'), a);
  }
  assert.is(md('x\u202Ey\u0007z'), 'x\uFFFDy\uFFFDz', 'no bidi override, no control character');
  // code spans: a backtick in the text cannot close them, a | cannot end a table cell
  assert.is(inlineCode('a`b'), '``a`b``');
  assert.is(inlineCode('`x`'), '`` `x` ``');
  assert.is(inlineCode('a|b'), '`a\\|b`');
});

test('the report: a PR’s package names, file names and values render as text in every section, the diff cannot close its fence', () => {
  const evil = '![x](https://evil.example/p.png)[y](https://evil.example)';
  const merge = planMerge(
    new Map(),
    new Map([['srv', { command: 'npx', args: ['-y', evil, '```', '````\n</details>'] }]]),
  );
  const o = outcome({
    plan: {
      files: codexFile(merge),
      baseLabel: '`main` at `1234567`',
      baseExists: true,
      baseProblem: `E_YAML: ${evil}`,
    },
    findings: [
      {
        ...finding(0),
        message: `server "srv": "${evil}" is not pinned`,
        hint: `pin it, e.g. ${evil}@1.0.0`,
        file: `dir/${evil}.yaml`,
      },
    ],
    skipped: [{ file: evil, reason: `too large <b>${evil}</b>` }],
    failure: `E_X: ${evil}`,
  });
  for (const body of [
    fit(reportSections(o, META), COMMENT_LIMIT),
    fit(reportSections({ ...o, command: 'lint' }, { ...META, marker: '' }), 1_000_000),
  ]) {
    const fence = /^(`{3,})diff$/m.exec(body)?.[1] ?? '';
    assert.ok(fence.length > 4, 'a fence longer than the backtick runs of the diff');
    const [before = '', diff = '', after = ''] = body.split(new RegExp(`^${fence}(?:diff)?$`, 'm'));
    assert.match(diff, evil, 'the diff shows the value as written, inside the fence');
    for (const text of [before, after]) {
      const outside = text.replace(/(`+)[^`][\s\S]*?\1(?!`)/g, '<code span>'); // nothing in a code span is markup
      assert.not.match(outside, /(^|[^\\])!\[/, 'no image');
      assert.not.match(outside, /(^|[^\\])\]\(/, 'no link');
      assert.not.match(outside, /(^|[^\\])<b>/, 'no HTML tag');
    }
  }
});

test('a plan too large for a comment is cut under 65,536 characters, diff first, with notes', () => {
  const merge = planMerge(servers(1500, '1.0.0'), servers(1500, '2.0.0'));
  const o = outcome({
    plan: { files: codexFile(merge), baseLabel: '`main` at `1234567`', baseExists: true, baseProblem: null },
    findings: Array.from({ length: 3000 }, (_, i) => finding(i)),
  });
  const whole = reportSections(o, META)
    .map((s) => s.text)
    .join('');
  assert.ok(whole.length > 400_000, `the uncut report is ${whole.length} characters`);
  const body = fit(reportSections(o, META), COMMENT_LIMIT);
  assert.ok(body.length <= COMMENT_LIMIT, `${body.length} characters`);
  assert.ok(Buffer.byteLength(body) <= COMMENT_LIMIT);
  assert.ok(body.startsWith(`${META.marker}\n### mcpctl plan: \`mcp.yaml\``));
  assert.match(
    body,
    /_The diff is cut here: \d+ more lines; the whole diff is in the job summary or the plan-json output\._/,
  );
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
  const body = fit(
    reportSections(
      outcome({
        plan: { files: codexFile(merge), baseLabel: '`main` at `1234567`', baseExists: true, baseProblem: null },
      }),
      META,
    ),
    COMMENT_LIMIT,
  );
  assert.not.match(body, 'cut here');
  assert.match(body, '1 to create, 3 to update, 0 to delete, 0 unchanged.');
  assert.match(body, '✅ Lint: no findings.');
});

test('step outputs: the multi-line syntax, read back as the runner reads it', () => {
  const text =
    outputEntry('plan-json', '/tmp/a b/plan.json') +
    outputEntry('notes', 'line 1\nline 2\n') +
    outputEntry('empty', '');
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
  assert.equal(s.add('first-line-secret\nsecond-line-secret'), [
    'first-line-secret\nsecond-line-secret',
    'first-line-secret',
    'second-line-secret',
  ]);
  assert.is(s.scrub('a second-line-secret'), 'a ***');
  s.add('quo"te\\secret');
  assert.is(s.scrub(JSON.stringify({ v: 'quo"te\\secret' })), '{"v":"***"}');
  // and as the markdown report shows it (escaped), so an escape cannot carry a secret past the scrub
  s.add('ghp_tok*en@host');
  assert.is(s.scrub(`| ${md('ghp_tok*en@host')} |`), '| *** |');
});

test.run();
