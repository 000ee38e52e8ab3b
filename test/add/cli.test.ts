// mcpctl add/remove from flags (--non-interactive, or no terminal): the file written, what is printed, and
// every refusal with its exit code. Secrets passed as plaintext are never echoed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, ROOT, scrub } from '../helpers/cli.js';
import { assertGolden } from '../helpers/golden.js';
import { PLANTED, project } from './_setup.js';

const golden = (c: string, f: string) => join(ROOT, 'fixtures', 'add', c, f);
const DEMO = [
  'add',
  'demo',
  '--set',
  'root=/srv/data',
  '--set',
  'toolsets=repos,issues',
  '--secret',
  'DEMO_TOKEN=demo/token',
  '--config',
  'c.toml',
];

test('basic: add writes the server at the end of servers:, validates and plans; remove gives back the original bytes', () => {
  const { dir, run } = project('basic');
  const original = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  const r = run(...DEMO, '--non-interactive');
  assert.is(r.code, 0, r.stderr);
  assertGolden(golden('basic', 'expected.cli.yaml'), readFileSync(join(dir, 'mcp.yaml'), 'utf8'));
  assertGolden(
    golden('basic', 'expected.cli.txt'),
    scrub(r.stdout, dir).split(BIN).join('<mcpctl>').split(process.execPath).join('<node>'),
  );
  assert.match(
    r.stderr,
    /warning: the secret "demo\/token" is not in the secret store yet; set it before apply: mcpctl secret set demo\/token/,
  );
  assert.is(run('validate').code, 0);
  // the secret is not set yet: plan shows the server and that apply would refuse it (issue 13, item 4)
  const plan = run('plan', '--config', 'c.toml');
  assert.is(plan.code, 1, plan.stderr);
  assert.match(plan.stderr, /error E_SECRET_MISSING: no secret "demo\/token"/);
  assert.match(plan.stdout, /\+ create demo/);
  assert.match(plan.stdout, /"--toolsets", "repos,issues", "\/srv\/data"/);
  const rm = run('remove', 'demo', '--config', 'c.toml');
  assert.is(rm.code, 0, rm.stderr);
  assert.match(rm.stdout, /^Updated mcp\.yaml: removed server "demo"\n- demo:\n-   template: demo@1\.2\.0\n/);
  assert.match(rm.stdout, /The secret "demo\/token" stays in the store/);
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), original);
});

for (const c of ['four-spaces', 'flow-empty']) {
  test(`${c}: add then remove by the CLI is byte-identical; the added file validates`, () => {
    const { dir, run } = project(c);
    const original = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
    assert.is(run(...DEMO).code, 0);
    assert.is(run('validate').code, 0);
    assert.is(run('remove', 'demo').code, 0);
    assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), original);
  });
}

test('--json reports what was written: the server, its text, secrets (stored or not), the plan', () => {
  const { run } = project('flow-empty');
  const stored = run('secret', 'set', 'demo/token');
  assert.is(stored.code, 2); // nothing on stdin
  const r = run(...DEMO, '--json');
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stderr, '');
  const doc = JSON.parse(r.stdout);
  assert.is(doc.kind, 'mcpctl.add');
  assert.is(doc.format_version, 1);
  assert.equal(doc.server, {
    name: 'demo',
    template: 'demo@1.2.0',
    spec: {
      template: 'demo@1.2.0',
      with: { root: '/srv/data', toolsets: 'repos,issues', DEMO_TOKEN: '${secret:demo/token}' },
    },
  });
  assert.is(
    doc.text,
    '  demo:\n    template: demo@1.2.0\n    with:\n      root: /srv/data\n      toolsets: repos,issues\n      DEMO_TOKEN: ${secret:demo/token}\n',
  );
  assert.equal(doc.secrets, [{ name: 'demo/token', stored: false }]);
  assert.equal(doc.plan.changes, [{ name: 'demo', action: 'create' }]);
  assert.is(doc.next, 'mcpctl apply --config c.toml');
  const rm = JSON.parse(run('remove', 'demo', '--json').stdout);
  assert.is(rm.kind, 'mcpctl.remove');
  assert.is(rm.server.name, 'demo');
});

test('without a template: --command with --args split like a shell (quotes kept together), --arg, words after --', () => {
  const { dir, run } = project();
  const r = run(
    'add',
    '--name',
    'notes',
    '--command',
    'uvx',
    '--args',
    `notes-mcp==0.4.2 --root '/my docs' "a \\"b\\""`,
    '--arg',
    '$HOME',
    '--env',
    'NOTES_TOKEN=${secret:notes/token}',
  );
  assert.is(r.code, 0, r.stderr);
  const text = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  assert.is(
    text,
    '# yaml-language-server: $schema=https://unpkg.com/mcpctl/schema/mcp.schema.json\nversion: 1\nservers:\n  notes:\n    command: uvx\n    args: [notes-mcp==0.4.2, --root, /my docs, a "b", $HOME]\n    env:\n      NOTES_TOKEN: ${secret:notes/token}\n',
  );
  assert.match(r.stdout, /^Created mcp\.yaml: added server "notes"\n/);
  const dashes = run(
    'add',
    '--name',
    'remote',
    '--url',
    'https://mcp.example.com/mcp',
    '--header',
    'Authorization=Bearer ${secret:ex/token}',
  );
  assert.is(dashes.code, 0, dashes.stderr);
  const words = run('add', '--name', 'n2', '--', 'npx', '-y', '@acme/notes@1.0.0');
  assert.is(words.code, 0, words.stderr);
  assert.match(
    readFileSync(join(dir, 'mcp.yaml'), 'utf8'),
    /  n2:\n    command: npx\n    args: \[-y, "@acme\/notes@1\.0\.0"\]\n$/,
  );
  assert.is(run('validate').code, 0);
  const unclosed = run('add', '--name', 'x', '--command', 'uvx', '--args', "a 'b");
  assert.is(unclosed.code, 2);
  assert.match(unclosed.stderr, /error E_USAGE: --args has an unclosed single quote/);
});

test('refused with exit 2: a name in use (suggests --name), an invalid name, missing inputs (all listed), a bad choice', () => {
  const { dir, run } = project('basic');
  const before = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  const taken = run('add', 'demo', '--name', 'notes', '--set', 'root=/x', '--secret', 'DEMO_TOKEN=demo/token');
  assert.is(taken.code, 2);
  assert.match(
    taken.stderr,
    /error E_NAME_IN_USE: a server named "notes" is already in mcp\.yaml\n  hint: choose another name with --name/,
  );
  const bad = run('add', 'demo', '--name', 'my.server', '--set', 'root=/x', '--secret', 'DEMO_TOKEN=demo/token');
  assert.is(bad.code, 2);
  assert.match(
    bad.stderr,
    /error E_NAME: "my\.server" is not a valid server name: Codex allows only letters, digits, "_" and "-"/,
  );
  const missing = run('add', 'demo');
  assert.is(missing.code, 2);
  assert.match(
    missing.stderr,
    /error E_INPUT: template "demo" needs 2 inputs that were not given: root \(Folder to serve\), DEMO_TOKEN \(API token; secret\)\n  hint: pass --set root=VALUE --secret DEMO_TOKEN=NAME/,
  );
  const choice = run('add', 'demo', '--set', 'root=/x', '--set', 'toolsets=all', '--secret', 'DEMO_TOKEN=demo/token');
  assert.is(choice.code, 2);
  assert.match(choice.stderr, /input "toolsets" must be one of repos, issues, repos,issues/);
  const unknown = run('add', 'demo', '--set', 'root=/x', '--set', 'colour=red', '--secret', 'DEMO_TOKEN=demo/token');
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /the template has no input "colour"/);
  const nothing = run('add');
  assert.is(nothing.code, 2);
  assert.match(nothing.stderr, /without a template, give --command \(and --args\) or --url/);
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), before);
});

test('refused with exit 2, the value never shown: plaintext secrets in --set, --env, --header, --args', () => {
  const { dir, run } = project('basic');
  const before = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  const cases: Array<[string[], RegExp]> = [
    [
      ['add', 'demo', '--set', `DEMO_TOKEN=${PLANTED}`, '--set', 'root=/x'],
      /input "DEMO_TOKEN" is a secret: it cannot be given with --set/,
    ],
    [
      ['add', 'demo', '--set', `root=${PLANTED}`, '--secret', 'DEMO_TOKEN=demo/token'],
      /--set root=… looks like a plaintext secret \(ghp_…\(40 chars\)\); nothing was written/,
    ],
    [
      ['add', '--name', 'x', '--command', 'npx', '--env', `GITHUB_TOKEN=${PLANTED}`],
      /--env GITHUB_TOKEN=… looks like a plaintext secret \(ghp_…\(40 chars\)\)/,
    ],
    [
      [
        'add',
        '--name',
        'x',
        '--url',
        'https://mcp.example.com/mcp',
        '--header',
        'Authorization=Bearer q8Zk2PLx9vR4mW7tN1cJ5hY3gF6dS0aB',
      ],
      /--header Authorization=… looks like a plaintext secret/,
    ],
    [
      ['add', '--name', 'x', '--command', 'npx', `--args=-y @acme/x@1.0.0 --token ${PLANTED}`],
      /--args … looks like a plaintext secret \(ghp_…\(40 chars\)\)/,
    ],
  ];
  for (const [args, message] of cases) {
    const r = run(...args, '--non-interactive');
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /error E_SECRET_LITERAL: /);
    assert.match(r.stderr, message);
    assert.not.ok(`${r.stdout}${r.stderr}`.includes(PLANTED), 'the planted secret is never printed');
    assert.not.ok(`${r.stdout}${r.stderr}`.includes('q8Zk2PLx9vR4'), 'the header value is never printed');
  }
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), before);
  assert.not.ok(existsSync(join(dir, '.config', 'mcpctl', 'secrets.age')), 'nothing went to the store either');
});

test('a template that fails verification: exit 3 with the catalog error; mcp.yaml untouched', () => {
  const { dir, run } = project('basic');
  const before = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  const p = join(dir, 'cat', 'templates', 'demo.json');
  writeFileSync(p, readFileSync(p, 'utf8').replace('"default": "info"', '"default": "debug"'));
  const r = run(...DEMO);
  assert.is(r.code, 3, r.stderr);
  assert.match(r.stderr, /error E_CATALOG_HASH: /);
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), before);
});

test('remove: an unknown name suggests the nearest; a missing file says so', () => {
  const { run } = project('basic');
  const r = run('remove', 'memry');
  assert.is(r.code, 2);
  assert.match(r.stderr, /error E_NOT_FOUND: mcp\.yaml has no server "memry"\n  hint: did you mean "memory"\?/);
  const none = run('remove', 'x', '-f', 'other.yaml');
  assert.is(none.code, 2);
  assert.match(none.stderr, /other\.yaml does not exist/);
});

test.run();
