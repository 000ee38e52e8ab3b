// `mcpctl scan` as a user runs it: exit codes, the four formats (golden files), SARIF structure,
// baselines, --staged, hostile input. Every output of every run is checked at the end for the
// planted tokens: only their first 4 characters may ever be printed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { assertGolden } from '../helpers/golden.js';
import { BIN, mcpctl as run, tempDir } from '../helpers/cli.js';
import type { RunOptions, RunResult } from '../helpers/cli.js';
import { ALPHABET as A, rand } from '../secrets/_gen.js';
import { fixtureTokens, materialize, SCAN_FIXTURES } from './_fixtures.js';

const TOKENS = fixtureTokens();
const outputs: string[] = [];
const secrets: string[] = Object.entries(TOKENS)
  .filter(([name]) => name !== 'integrity')
  .map(([, t]) => t);

/** Runs the CLI and keeps what it printed for the leak check at the end. */
function mcpctl(args: string[], opts: RunOptions = {}): RunResult {
  const r = run(args, opts);
  outputs.push(r.stdout, r.stderr);
  return r;
}

function withBinary(dir: string): string {
  // a PNG-like file: its NUL bytes make it binary
  writeFileSync(
    join(dir, 'logo.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  );
  return dir;
}

const FORMATS: Array<[string, string]> = [
  ['pretty', 'expected.pretty.txt'],
  ['json', 'expected.json'],
  ['sarif', 'expected.sarif.json'],
  ['github', 'expected.github.txt'],
];

for (const [name, code] of [
  ['basic', 1],
  ['clean', 0],
  ['warn-only', 0],
] as const) {
  test(`${name}: exit ${code}, golden output in every format`, () => {
    const dir = name === 'basic' ? withBinary(materialize(name)) : materialize(name);
    for (const [format, expected] of FORMATS) {
      const r = mcpctl(['scan', '--format', format], { cwd: dir });
      assert.is(r.code, code, `${format}: ${r.stderr}`);
      assert.is(r.stderr, '', format);
      assertGolden(join(SCAN_FIXTURES, name, expected), r.stdout);
    }
  });
}

test('paths: named files and folders, relative paths as named', () => {
  const dir = materialize('basic');
  const r = mcpctl(['scan', '.codex/config.toml', 'docs'], { cwd: dir });
  assert.is(r.code, 1);
  assert.match(
    r.stdout,
    /^\.codex\/config\.toml:9:33  error  secret\/github-pat  GitHub personal access token in plain text: ghp_…\(40 chars\)$/m,
  );
  assert.match(r.stdout, /^docs\/setup\.md:4:32  error  secret\/slack-bot-token /m);
  assert.not.match(r.stdout, /\.env/);
  assert.match(r.stdout, /2 errors, 0 warnings in 2 files \(2 files scanned\)/);
});

test('SARIF: valid 2.1.0 shape for GitHub code scanning', () => {
  const dir = withBinary(materialize('basic'));
  const r = mcpctl(['scan', '--format', 'sarif'], { cwd: dir });
  const log: unknown = JSON.parse(r.stdout);
  assert.ok(isRecord(log));
  assert.is(log['version'], '2.1.0');
  assert.match(String(log['$schema']), /sarif-2\.1\.0/);
  const runs = log['runs'];
  assert.ok(Array.isArray(runs) && runs.length === 1);
  const run0: unknown = runs[0];
  assert.ok(isRecord(run0));
  const driver = get(run0, 'tool', 'driver');
  assert.ok(isRecord(driver));
  assert.is(driver['name'], 'mcpctl');
  assert.match(String(driver['version']), /^\d+\.\d+\.\d+/);
  assert.match(String(driver['informationUri']), /^https:\/\//);
  const rules = driver['rules'];
  assert.ok(Array.isArray(rules) && rules.length > 0);
  const ids = rules.map((rule: unknown) => {
    assert.ok(isRecord(rule));
    for (const key of ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration'])
      assert.ok(key in rule, `rule.${key}`);
    assert.type(get(rule, 'shortDescription', 'text'), 'string');
    assert.type(get(rule, 'help', 'text'), 'string');
    assert.type(get(rule, 'help', 'markdown'), 'string');
    assert.ok(['error', 'warning', 'note'].includes(String(get(rule, 'defaultConfiguration', 'level'))));
    return String(rule['id']);
  });
  assert.is(new Set(ids).size, ids.length, 'rule ids are unique');
  const results = run0['results'];
  assert.ok(Array.isArray(results));
  assert.is(results.length, 4);
  for (const res of results) {
    assert.ok(isRecord(res));
    const index = res['ruleIndex'];
    assert.ok(typeof index === 'number' && index >= 0 && index < rules.length, 'ruleIndex in range');
    assert.is(ids[index], res['ruleId'], 'ruleIndex points at its rule');
    assert.ok(['error', 'warning'].includes(String(res['level'])));
    assert.type(get(res, 'message', 'text'), 'string');
    const locations = res['locations'];
    assert.ok(Array.isArray(locations) && locations.length === 1);
    const physical = get(locations[0], 'physicalLocation');
    assert.is(get(physical, 'artifactLocation', 'uriBaseId'), '%SRCROOT%');
    assert.not.match(String(get(physical, 'artifactLocation', 'uri')), /^\/|\\/);
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'])
      assert.type(get(physical, 'region', k), 'number');
    assert.match(String(get(res, 'partialFingerprints', 'mcpctl/v1')), /^[0-9a-f]{32}$/);
  }
  assert.equal(
    results.map((x: unknown) => get(x, 'level')),
    ['error', 'error', 'warning', 'error'],
  );
});

test('github format: workflow commands with escaped properties and data', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a,b:c'));
  writeFileSync(join(dir, 'a,b:c', '100%.env'), `TOKEN=${TOKENS['github-pat']}\n`);
  const r = mcpctl(['scan', '--format', 'github'], { cwd: dir });
  assert.is(r.code, 1);
  const line = r.stdout.split('\n')[0] ?? '';
  assert.match(
    line,
    /^::error file=a%2Cb%3Ac\/100%25\.env,line=1,col=7,endLine=1,endColumn=47,title=secret\/github-pat::GitHub personal access token in plain text: ghp_…\(40 chars\)%0ARevoke it/,
  );
  assert.not.match(line, /\n|\r/);
});

test('colour only when asked for and never with NO_COLOR', () => {
  const dir = materialize('warn-only');
  assert.not.match(mcpctl(['scan'], { cwd: dir }).stdout, /\u001b\[/);
  assert.match(mcpctl(['scan'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout, /\u001b\[33m/);
  assert.not.match(mcpctl(['scan'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
});

test('exit 2: a named path that does not exist, usage errors', () => {
  const dir = materialize('clean');
  const missing = mcpctl(['scan', 'mcp.yaml', 'nope.toml'], { cwd: dir });
  assert.is(missing.code, 2);
  assert.is(missing.stdout, '');
  assert.match(missing.stderr, /^error E_NOT_FOUND: nope\.toml does not exist\n {2}hint: /);
  for (const args of [
    ['--format', 'xml'],
    ['--max-bytes', '0'],
    ['--max-bytes', 'lots'],
    ['--bogus'],
    ['--baseline'],
  ]) {
    const r = mcpctl(['scan', ...args], { cwd: dir });
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /E_USAGE/, args.join(' '));
  }
  const json = mcpctl(['scan', '--format', 'json', 'nope'], { cwd: dir });
  assert.is(json.code, 2);
  assert.match(json.stdout, /"code": "E_NOT_FOUND"/);
});

test('--help goes through the full CLI; an unusual flag gives the same scan as the fast path', () => {
  const dir = withBinary(materialize('basic'));
  const help = mcpctl(['scan', '--help'], { cwd: dir });
  assert.is(help.code, 0);
  for (const word of [
    '--staged',
    '--baseline',
    '--write-baseline',
    '--format',
    '--max-bytes',
    'mcpctl:allow',
    'Exit codes',
  ])
    assert.ok(help.stdout.includes(word), word);
  const fast = mcpctl(['scan', '--format=json', '.'], { cwd: dir });
  const full = mcpctl(['scan', '--no-staged', '--format', 'json', '.'], { cwd: dir });
  assert.is(full.code, fast.code);
  assert.is(full.stdout, fast.stdout);
});

test('baseline: accepted findings stay accepted when they move, new ones are reported', () => {
  const dir = materialize('basic');
  const write = mcpctl(['scan', '--write-baseline', '.mcpctl-baseline.json'], { cwd: dir });
  assert.is(write.code, 0, write.stderr);
  // not "no findings" and then "4 findings accepted": one line that says what happened
  assert.is(
    write.stderr,
    'Wrote .mcpctl-baseline.json: 4 findings accepted (4 files scanned). Scans with --baseline .mcpctl-baseline.json report only new ones.\n',
  );
  assert.is(write.stdout, '');
  const doc: unknown = JSON.parse(readFileSync(join(dir, '.mcpctl-baseline.json'), 'utf8'));
  assert.ok(isRecord(doc));
  assert.is(doc['format_version'], 1);
  assert.is(doc['kind'], 'mcpctl.baseline');
  const entries = doc['findings'];
  assert.ok(Array.isArray(entries));
  assert.equal(
    entries.map((e: unknown) => [get(e, 'file'), get(e, 'rule')]),
    [
      ['.codex/config.toml', 'secret/github-pat'],
      ['.env', 'secret/generic-high-entropy'],
      ['.env', 'secret/stripe-test-key'],
      ['docs/setup.md', 'secret/slack-bot-token'],
    ],
  );

  const clean = mcpctl(['scan', '--baseline', '.mcpctl-baseline.json'], { cwd: dir });
  assert.is(clean.code, 0, clean.stdout);
  assert.match(clean.stderr, /findings accepted in the baseline \.mcpctl-baseline\.json not shown/);

  // the token moves down five lines, and the same secret appears in another file: still accepted
  const config = join(dir, '.codex', 'config.toml');
  writeFileSync(config, `# moved\n\n\n\n\n${readFileSync(config, 'utf8')}`);
  writeFileSync(join(dir, 'copy.toml'), `[x]\nTOKEN = "${TOKENS['github-pat']}"\n`);
  assert.is(mcpctl(['scan', '--baseline', '.mcpctl-baseline.json'], { cwd: dir }).code, 0);

  // a new secret is reported, and only it
  const fresh = `ghp_${rand(A.alnum, 36)}`;
  secrets.push(fresh);
  appendFileSync(config, `\n[mcp_servers.other.env]\nGH = "${fresh}"\n`);
  const r = mcpctl(['scan', '--baseline', '.mcpctl-baseline.json', '--format', 'json'], { cwd: dir });
  assert.is(r.code, 1);
  const report: unknown = JSON.parse(r.stdout);
  assert.equal(get(report, 'summary'), { error: 1, warn: 0, files_scanned: 6, skipped: 0 });

  // not a baseline: exit 2
  writeFileSync(join(dir, 'bad.json'), '{"kind": "something else"}');
  const bad = mcpctl(['scan', '--baseline', 'bad.json'], { cwd: dir });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /error E_INPUT: bad\.json is not an mcpctl baseline/);
});

function git(dir: string, ...args: string[]): string {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args],
    { cwd: dir, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('--staged scans the index, not the working tree', () => {
  const dir = tempDir();
  git(dir, 'init', '-q');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'config.toml'), `[env]\nTOKEN = "${TOKENS['github-pat']}"\n`);
  writeFileSync(join(dir, 'clean.toml'), 'name = "ok"\n');
  git(dir, 'add', '.');
  // the token leaves the working file but is still staged: found
  writeFileSync(join(dir, 'sub', 'config.toml'), '[env]\nTOKEN = "${env:TOKEN}"\n');
  // a token only in the working tree of a staged clean file: not found
  writeFileSync(join(dir, 'clean.toml'), `name = "ok"\nTOKEN = "${TOKENS['github-pat-old']}"\n`);
  const r = mcpctl(['scan', '--staged'], { cwd: join(dir, 'sub') });
  assert.is(r.code, 1, r.stderr);
  assert.match(
    r.stdout,
    /^sub\/config\.toml:2:10  error  secret\/github-pat /m,
    'paths relative to the repository root',
  );
  assert.not.match(r.stdout, /clean\.toml:/);
  assert.match(r.stdout, /\(2 files scanned\)/);
  // without --staged the working tree is what counts
  const tree = mcpctl(['scan', '.'], { cwd: dir });
  assert.match(tree.stdout, /^clean\.toml:2:10 /m);
  assert.not.match(tree.stdout, /sub\/config\.toml/);
  // named paths restrict the staged set (relative to the working folder, like git's pathspecs)
  const only = mcpctl(['scan', '--staged', 'clean.toml'], { cwd: dir });
  assert.is(only.code, 0, only.stdout);
  assert.match(only.stdout, /no findings \(1 file scanned\)/);
  // a deletion and a binary are not scanned; a commit leaves nothing staged
  git(dir, 'commit', '-q', '-m', 'x');
  git(dir, 'rm', '-q', '-f', 'clean.toml');
  writeFileSync(join(dir, 'blob.bin'), Buffer.from([1, 0, 2, 0]));
  git(dir, 'add', 'blob.bin');
  const after = mcpctl(['scan', '--staged'], { cwd: dir });
  assert.is(after.code, 0, after.stdout);
  assert.match(after.stdout, /skipped blob\.bin: binary/);
  // outside a repository: exit 2
  const outside = mcpctl(['scan', '--staged'], { cwd: tempDir() });
  assert.is(outside.code, 2);
  assert.match(outside.stderr, /E_INPUT: git rev-parse failed: .*not a git repository/);
});

test('a 50 MB single-line file: skipped by default, scanned to the end with a large --max-bytes', () => {
  const dir = tempDir();
  const unit = '{"id":"6f1c2a9e-1b7d-4c3e-9a55-0d2f4b8e7c11","name":"item","auth":"${env:TOKEN}","tags":["a","b"]},';
  const token = TOKENS['github-pat'];
  writeFileSync(
    join(dir, 'huge.json'),
    `[${unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length))}{"token":"${token}"}]`,
  );
  writeFileSync(join(dir, 'small.toml'), 'a = 1\n');
  const skipped = mcpctl(['scan'], { cwd: dir });
  assert.is(skipped.code, 0, skipped.stderr);
  assert.match(skipped.stdout, /^skipped huge\.json: \d+ bytes, over --max-bytes 5242880$/m);
  assert.match(skipped.stdout, /no findings \(1 file scanned, 1 skipped\)/);
  const full = mcpctl(['scan', '--max-bytes', String(200 * 1024 * 1024), '--format', 'json', 'huge.json'], {
    cwd: dir,
  });
  assert.is(full.code, 1, full.stderr);
  const report: unknown = JSON.parse(full.stdout);
  const findings = get(report, 'findings');
  assert.ok(Array.isArray(findings) && findings.length === 1);
  assert.is(get(findings[0], 'rule'), 'secret/github-pat');
  assert.is(get(findings[0], 'line'), 1);
  assert.ok(Number(get(findings[0], 'col')) > 50 * 1024 * 1024, 'found at the end of the line');
});

test('invalid UTF-8, a fifo, a dangling symlink, a symlink to a folder: notes, no crash', () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'latin1.env'),
    Buffer.concat([Buffer.from('NAME=caf\xe9 \xff\xfe\n', 'latin1'), Buffer.from(`TOKEN=${TOKENS['github-pat']}\n`)]),
  );
  symlinkSync(join(dir, 'deleted-since.toml'), join(dir, 'dangling.toml'));
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'x.toml'), `T = "${TOKENS['github-pat-old']}"\n`);
  symlinkSync(join(dir, 'real'), join(dir, 'loop'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe')]);
  const r = mcpctl(['scan', '--format', 'json'], { cwd: dir });
  assert.is(r.code, 1, r.stderr);
  const report: unknown = JSON.parse(r.stdout);
  const findings = get(report, 'findings');
  assert.ok(Array.isArray(findings));
  assert.equal(
    findings.map((f: unknown) => [get(f, 'file'), get(f, 'line'), get(f, 'col')]),
    [
      ['latin1.env', 2, 7],
      ['real/x.toml', 1, 6],
    ],
    'the folder behind the symlink is scanned once, under its own name',
  );
  const skipped = get(report, 'skipped');
  assert.ok(Array.isArray(skipped));
  assert.ok(skipped.some((s: unknown) => get(s, 'file') === 'dangling.toml' && get(s, 'reason') === 'broken symlink'));
  if (fifo.status === 0)
    assert.ok(
      skipped.some((s: unknown) => get(s, 'file') === 'pipe' && /not a regular file/.test(String(get(s, 'reason')))),
    );
  // named directly, a dangling symlink is a note too (it is there, only its target is gone)
  const named = mcpctl(['scan', 'dangling.toml'], { cwd: dir });
  assert.is(named.code, 0);
  assert.match(named.stdout, /skipped dangling\.toml: broken symlink/);
  rmSync(join(dir, 'pipe'), { force: true });
});

test('paths are shown relative to the working folder, also when a named folder (..) holds it', () => {
  const root = tempDir();
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  mkdirSync(join(root, 'c'));
  const token = () => `ghp_${rand(A.alnum, 36)}`;
  const planted = [token(), token(), token()];
  secrets.push(...planted);
  writeFileSync(join(root, 'a', 'b', 'f.toml'), `TOKEN = "${planted[0]}"\n`);
  writeFileSync(join(root, 'a', 'here.toml'), `TOKEN = "${planted[1]}"\n`);
  writeFileSync(join(root, 'c', 'g.toml'), `TOKEN = "${planted[2]}"\n`);
  for (const [named, want] of [
    [['..'], ['../c/g.toml', 'b/f.toml', 'here.toml']],
    [['.'], ['b/f.toml', 'here.toml']],
    [
      ['b/', '../c'],
      ['../c/g.toml', 'b/f.toml'],
    ],
  ] as const) {
    const r = mcpctl(['scan', '--format', 'json', ...named], { cwd: join(root, 'a') });
    assert.is(r.code, 1, r.stderr);
    const files = get(JSON.parse(r.stdout), 'findings');
    assert.ok(Array.isArray(files));
    assert.equal(
      files.map((f: unknown) => get(f, 'file')),
      [...want],
      named.join(' '),
    );
  }
});

test('a large tree (spread over worker threads): every file scanned once, every token found once', () => {
  const dir = tempDir();
  const tokens: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const sub = join(dir, `d${i % 40}`);
    mkdirSync(sub, { recursive: true });
    const token = `ghp_${rand(A.alnum, 36)}`;
    tokens.push(token);
    writeFileSync(join(sub, `f${i}.toml`), `# file ${i}\n${'name = "x"\n'.repeat(100)}TOKEN = "${token}"\n`);
  }
  secrets.push(...tokens);
  const r = mcpctl(['scan', '--format', 'json'], { cwd: dir });
  assert.is(r.code, 1, r.stderr);
  const report: unknown = JSON.parse(r.stdout);
  assert.equal(get(report, 'summary'), { error: 1200, warn: 0, files_scanned: 1200, skipped: 0 });
  const findings = get(report, 'findings');
  assert.ok(Array.isArray(findings));
  assert.is(new Set(findings.map((f: unknown) => get(f, 'file'))).size, 1200, 'one finding per file');
  assert.is(new Set(findings.map((f: unknown) => get(f, 'secret', 'fingerprint'))).size, 1200, 'each token once');
  // and worker threads did take part: a preload counts the workers that came online (none on one core)
  const aside = tempDir(); // outside the scanned tree
  const preload = join(aside, 'count-workers.cjs');
  writeFileSync(
    preload,
    `const wt = require('node:worker_threads');
if (wt.isMainThread) {
  let online = 0;
  const Base = wt.Worker;
  wt.Worker = class extends Base { constructor(...a) { super(...a); this.once('online', () => online++); } };
  process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(aside, 'workers.txt'))}, String(online)));
}
`,
  );
  const counted = spawnSync(process.execPath, ['-r', preload, BIN, 'scan', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, NO_COLOR: '1' },
  });
  assert.is(counted.status, 1, counted.stderr);
  assert.is(counted.stdout, r.stdout);
  const online = Number(readFileSync(join(aside, 'workers.txt'), 'utf8'));
  if (availableParallelism() > 1) assert.ok(online >= 1, `workers online: ${online}`);
  else assert.is(online, 0);
});

test('no output ever shows a planted secret beyond its first 4 characters', () => {
  assert.ok(outputs.length > 20);
  const all = outputs.join('\n');
  for (const secret of secrets)
    assert.not.ok(all.includes(secret.slice(4, 16)), `a secret leaked: ${secret.slice(0, 4)}…`);
});

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** v[k1][k2]… or undefined. */
function get(v: unknown, ...keys: string[]): unknown {
  let at = v;
  for (const k of keys) at = isRecord(at) ? at[k] : undefined;
  return at;
}

test.run();
