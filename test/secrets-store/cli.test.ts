// mcpctl secret through the built CLI: values come from stdin or a hidden prompt, never argv, and are
// printed by `get --reveal` only. Runs with no D-Bus session, so the store is the age file.
import { spawn } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

const CANARY = 'ghp_CanaryCanary0123456789abcdefghijKLMN';
const CANARY2 = 'sk-live-RotatedCanary9876543210zyxwvuts';

function setUp() {
  const home = tempDir('mcpctl-secret-cli-');
  // no session bus here (XDG_RUNTIME_DIR has none), even on a desktop: the store falls back to the file
  const env = { HOME: home, XDG_RUNTIME_DIR: home };
  const run = (args: string[], input = '') => mcpctl(['secret', ...args], { env, input });
  return { home, env, run };
}

function leaks(r: RunResult, ...values: string[]): boolean {
  return values.some((v) => r.stdout.includes(v) || r.stderr.includes(v));
}

test('a value on the command line is refused (exit 2), says why, stores nothing and is not echoed', () => {
  const { run } = setUp();
  for (const args of [
    ['set', 'github/pat', CANARY],
    ['set', 'github/pat', '--value', CANARY],
    [`--value=${CANARY}`, 'set', 'github/pat'],
    ['set', 'github/pat', '--', CANARY],
    ['set', 'github/pat', '--token', CANARY],
    ['rotate', 'github/pat', CANARY],
  ]) {
    const r = run(args, 'from-stdin-value');
    assert.is(r.code, 2, `${args.join(' ')}\n${r.stderr}`);
    assert.match(r.stderr, /error E_USAGE: .*never from the command line/);
    assert.match(r.stderr, /visible to other users in "ps" and stays in your shell history/);
    assert.not.ok(leaks(r, CANARY), r.stderr);
  }
  // other subcommands refuse stray words too, without echoing them (yargs' strict mode would)
  for (const args of [
    ['get', 'github/pat', CANARY],
    ['list', CANARY],
    ['rm', 'github/pat', `--x=${CANARY}`],
  ]) {
    const r = run(args);
    assert.is(r.code, 2, `${args.join(' ')}\n${r.stderr}`);
    assert.match(r.stderr, /error E_USAGE: mcpctl secret \w+ does not take .*\(not shown, in case it is a secret\)/);
    assert.not.ok(leaks(r, CANARY), r.stderr);
  }
  assert.is(JSON.parse(run(['list', '--json']).stdout).secrets.length, 0);
});

test('stdin: one trailing newline is stripped, no more; empty input is refused', () => {
  const { run } = setUp();
  assert.is(run(['set', 'a'], 'value-a\n').code, 0);
  assert.is(run(['get', 'a', '--reveal']).stdout, 'value-a');
  assert.is(run(['set', 'b'], 'value-b\n\n').code, 0);
  assert.is(run(['get', 'b', '--reveal']).stdout, 'value-b\n');
  assert.is(run(['set', 'c'], 'value-c\r\n').code, 0);
  assert.is(run(['get', 'c', '--reveal']).stdout, 'value-c');
  assert.is(run(['set', 'd'], '  spaced value  ').code, 0);
  assert.is(run(['get', 'd', '--reveal']).stdout, '  spaced value  ');
  for (const input of ['', '\n']) {
    const r = run(['set', 'e'], input);
    assert.is(r.code, 2);
    assert.match(r.stderr, /error E_INPUT: no value on standard input; nothing was stored/);
  }
  const bad = run(['set', 'not a name'], 'x');
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /"not a name" is not a valid secret name/);
});

test('canary: no command prints the value except get --reveal', () => {
  const { run } = setUp();
  const outputs: Array<[string, RunResult]> = [];
  const step = (args: string[], input = '') => {
    const r = run(args, input);
    outputs.push([args.join(' '), r]);
    return r;
  };
  assert.is(step(['set', 'github/pat'], `${CANARY}\n`).code, 0);
  assert.is(step(['set', 'github/pat', '--json'], CANARY).code, 0);
  assert.is(step(['set', 'other'], 'other-value').code, 0);
  const get = step(['get', 'github/pat']);
  assert.is(get.code, 0);
  assert.match(get.stdout, /length: +40 characters/);
  assert.match(get.stdout, /preview: +ghp_…\(40 chars\)/);
  const getJson = JSON.parse(step(['get', 'github/pat', '--json']).stdout);
  assert.equal(Object.keys(getJson.secret).sort(), ['backend', 'length', 'name', 'preview', 'rotated_at', 'set_at']);
  assert.is(getJson.format_version, 1);
  assert.is(getJson.secret.backend, 'file');
  step(['list']);
  const list = JSON.parse(step(['list', '--json']).stdout);
  assert.equal(
    list.secrets.map((s: { name: string }) => s.name),
    ['github/pat', 'other'],
  );
  assert.is(list.kind, 'mcpctl.secrets');
  assert.is(step(['rotate', 'github/pat'], CANARY).code, 2); // same value: refused
  assert.is(step(['rotate', 'github/pat'], CANARY2).code, 0);
  assert.is(step(['rotate', 'github/pat', '--json'], `${CANARY}\n`).code, 0);
  assert.is(step(['rotate', 'github/pat'], CANARY2).code, 0);
  step(['get', 'github/pat']);
  step(['get', 'github/pat', '--json']);
  step(['get', 'missing/one']);
  step(['get', 'missing/one', '--json']);
  step(['set', 'x', CANARY]);
  step(['set', 'x', `--value=${CANARY2}`]);

  // the only two commands that print it, and they print exactly it
  const reveal = run(['get', 'github/pat', '--reveal']);
  assert.is(reveal.stdout, CANARY2);
  assert.is(reveal.stderr, '');
  const revealJson = JSON.parse(run(['get', 'github/pat', '--reveal', '--json']).stdout);
  assert.is(revealJson.secret.value, CANARY2);

  assert.is(step(['rm', 'github/pat']).code, 0);
  assert.is(step(['rm', 'other', '--json']).code, 0);
  assert.is(step(['rm', 'github/pat']).code, 1);
  step(['list']);
  step(['list', '--json']);
  for (const [what, r] of outputs)
    assert.not.ok(leaks(r, CANARY, CANARY2), `"mcpctl secret ${what}" printed the value:\n${r.stdout}\n${r.stderr}`);
});

test('missing secrets: E_SECRET_MISSING, exit 1, naming the secret and how to set it', () => {
  const { run } = setUp();
  const get = run(['get', 'github/pat']);
  assert.is(get.code, 1);
  assert.match(
    get.stderr,
    /error E_SECRET_MISSING: no secret "github\/pat" in the age file .*secrets\.age\n  hint: set it with "mcpctl secret set github\/pat"/,
  );
  const json = JSON.parse(run(['get', 'github/pat', '--json']).stdout);
  assert.is(json.error.code, 'E_SECRET_MISSING');
  const rotate = run(['rotate', 'github/pat'], 'new-value');
  assert.is(rotate.code, 1);
  assert.match(rotate.stderr, /nothing to rotate: set it first with "mcpctl secret set github\/pat"/);
  const rm = run(['rm', 'github/pat']);
  assert.is(rm.code, 1);
  assert.match(rm.stderr, /E_SECRET_MISSING/);
});

test('set and list output (text and --json shapes)', () => {
  const { home, run } = setUp();
  const set = run(['set', 'github/pat'], 'value-1234567890');
  assert.is(
    set.stdout.replaceAll(home, '<home>'),
    'Stored "github/pat" in the age file <home>/.config/mcpctl/secrets.age: 16 characters.\n',
  );
  const again = JSON.parse(run(['set', 'github/pat', '--json'], 'value-0987654321').stdout);
  assert.equal(again.secret, { name: 'github/pat', backend: 'file', length: 16, replaced: true });
  assert.is(again.kind, 'mcpctl.secret');
  assert.is(again.action, 'set');
  assert.match(again.store.reason, /no OS keychain answers/);
  const list = run(['list']);
  assert.match(
    list.stdout,
    /^Secrets in the age file .*:\n  NAME +BACKEND +SET +ROTATED\n  github\/pat +file +\d{4}-\d\d-\d\dT[\d:.]+Z +-\n$/,
  );
});

test('on a terminal: a hidden prompt, typed twice, nothing echoed', async () => {
  const { home, env, run } = setUp();
  const typed = 'typed-Secret-Value-42';
  const session = await onTerminal(['secret', 'set', 'typed/one'], env, [`${typed}x\u007f\r`, `${typed}\r`]);
  assert.is(session.code, 0, session.screen);
  assert.match(session.screen, /Value for typed\/one \(typing is not shown\): /);
  assert.match(session.screen, /Again, to confirm: /);
  assert.not.ok(session.screen.includes(typed), session.screen);
  assert.is(run(['get', 'typed/one', '--reveal']).stdout, typed);
  const differ = await onTerminal(['secret', 'set', 'typed/two'], env, ['one-value\r', 'another-value\r']);
  assert.is(differ.code, 2);
  assert.match(differ.screen, /the two values typed differ; nothing was stored/);
  const cancelled = await onTerminal(['secret', 'set', 'typed/three'], env, ['abc\u0003']);
  assert.is(cancelled.code, 1);
  assert.match(cancelled.screen, /cancelled; nothing was stored/);
  // both lines pasted at once, as soon as the first prompt shows
  const pasted = await onTerminal(['secret', 'set', 'typed/four'], env, ['pasted-Value-7\rpasted-Value-7\r']);
  assert.is(pasted.code, 0, pasted.screen);
  assert.not.ok(pasted.screen.includes('pasted-Value-7'), pasted.screen);
  assert.is(run(['get', 'typed/four', '--reveal']).stdout, 'pasted-Value-7');
  assert.equal(
    JSON.parse(run(['list', '--json']).stdout).secrets.map((s: { name: string }) => s.name),
    ['typed/four', 'typed/one'],
  );
  assert.ok(home);
});

/** Runs the CLI on a pseudo-terminal (util-linux `script`), typing each answer after the next prompt shows. */
function onTerminal(
  args: string[],
  env: Record<string, string>,
  answers: string[],
): Promise<{ code: number; screen: string }> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qec', quoted, '/dev/null'], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1', TERM: 'dumb', ...env },
  });
  let screen = '';
  let asked = 0;
  child.stdout.on('data', (d: Buffer) => {
    screen += d.toString();
    const prompts = (screen.match(/\(typing is not shown\): |Again, to confirm: /g) ?? []).length;
    while (asked < prompts && asked < answers.length) child.stdin.write(answers[asked++] ?? '');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no answer from the terminal session:\n${screen}`));
    }, 30_000);
    child.on('error', (e) => reject(new Error(`util-linux "script" is needed for this test: ${e.message}`)));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, screen });
    });
  });
}

test.run();
