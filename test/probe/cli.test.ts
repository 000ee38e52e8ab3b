// mcpctl test as a user runs it: text and JSON output, exit codes, NAME filters, --config, the remembered
// last successful probe (state file, plan, plan --json), plan --probe, and concurrency.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, tempDir } from '../helpers/cli.js';
import { fixture, home, NODE, server, testJson, yamlString } from './_helpers.js';

const MINI = yamlString(fixture('old-protocol.mjs')); // answers with the version asked for when given "" … see below
const ok = (name: string) => `  ${name}:\n    command: ${yamlString(NODE)}\n    args: [${MINI}, "2025-06-18"]\n`;
const broken = (name: string) => `  ${name}:\n    command: no-such-mcp-command-xyz\n`;

test('text output: a line per server, details under failures, a summary; progress lines on stderr; exit 1 on a failure', () => {
  const { run } = home(`version: 1\nservers:\n${ok('good')}${broken('bad')}`);
  const r = run(['test']);
  assert.is(r.code, 1);
  assert.match(r.stdout, /^✔ good {2}ok {4}stdio {2}3 tools, started in /m);
  assert.match(r.stdout, /^✖ bad {3}fail {2}stdio {2}command not found: no-such-mcp-command-xyz/m);
  assert.match(r.stdout, /^ {4}PATH searched: /m);
  assert.match(r.stdout, /^ {4}hint: /m);
  assert.match(r.stdout, /^1 healthy, 1 failed in /m);
  assert.match(r.stderr, /^✔ good/m, 'plain progress lines without a terminal');
});

test('exit 0 when every server is healthy; NAME filters', () => {
  const { run } = home(`version: 1\nservers:\n${ok('good')}${broken('bad')}`);
  const { code, doc } = testJson(run, ['good']);
  assert.is(code, 0);
  assert.equal(
    doc.servers.map((s) => s.name),
    ['good'],
  );
});

test('usage errors exit 2: an unknown server name, a bad --concurrency or --timeout, no mcp.yaml', () => {
  const { run, dir } = home(`version: 1\nservers:\n${ok('github')}`);
  const unknown = run(['test', 'githb']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /E_USAGE: no server named "githb".*\n.*did you mean "github"/);
  assert.is(run(['test', '--concurrency', '0']).code, 2);
  assert.is(run(['test', '--timeout', '-1']).code, 2);
  assert.is(run(['test', '--concurrency']).code, 2);
  writeFileSync(join(dir, 'mcp.yaml'), '');
  assert.is(run(['test', '-f', 'missing.yaml']).code, 2);
});

test('JSON shape: versioned, per server status, timings, protocol, tools, findings', () => {
  const { run } = home(`version: 1\nservers:\n${ok('good')}`);
  const { doc } = testJson(run);
  assert.is(doc.format_version, 1);
  assert.is(doc.kind, 'mcpctl.test');
  const full = JSON.parse(run(['test', '--json']).stdout);
  assert.equal(Object.keys(full), [
    'format_version',
    'kind',
    'tool',
    'source',
    'target',
    'codex',
    'options',
    'healthy',
    'summary',
    'wall_ms',
    'servers',
  ]);
  assert.equal(full.codex.requested_protocol, '2025-06-18');
  assert.equal(full.options, { concurrency: 3, timeout_sec: 30 });
  assert.equal(Object.keys(full.servers[0]), [
    'name',
    'clients',
    'status',
    'transport',
    'launch',
    'skipped_reason',
    'era',
    'eras',
    'protocol_version',
    'server_info',
    'capabilities',
    'tools',
    'startup_timeout_sec',
    'timings_ms',
    'failure',
    'findings',
    'last_verified_at',
  ]);
  assert.equal(full.servers[0].tools, { count: 3, names: ['alpha', 'beta', 'gamma'] });
  assert.equal(full.servers[0].capabilities, ['tools']);
  assert.is(full.servers[0].era, 'legacy', "the mini server answers Codex's initialize");
  assert.is(full.servers[0].eras, null);
  assert.is(full.servers[0].clients, null, 'no targets: Codex alone, as before');
  assert.equal(Object.keys(full.servers[0].timings_ms), [
    'connect',
    'initialize',
    'tools_list',
    'ping',
    'modern_retry',
    'startup',
    'total',
  ]);
});

test('the last successful probe is remembered beside the target, and shown by plan and plan --json', () => {
  const { run, dir } = home(`version: 1\nservers:\n${ok('good')}${broken('bad')}`);
  assert.is(run(['apply', '--yes']).code, 0);
  const before = run(['plan']);
  assert.not.match(before.stdout, /last verified/, 'nothing verified yet, no note');
  const { doc } = testJson(run);
  const state = JSON.parse(readFileSync(join(dir, '.codex', '.mcpctl', 'config.toml.state.json'), 'utf8'));
  assert.equal(Object.keys(state.last_verified_at), ['good'], 'only the healthy server');
  assert.is(server(doc, 'good').last_verified_at, state.last_verified_at.good);
  assert.is(server(doc, 'bad').last_verified_at, null);
  assert.ok(Object.keys(state.managed).includes('good'), 'the rest of the state is kept');
  const plan = run(['plan']);
  assert.match(plan.stdout, /last verified \(mcpctl test\): good just now, bad never/);
  const pj = JSON.parse(run(['plan', '--json']).stdout);
  assert.is(pj.changes.find((c: { name: string }) => c.name === 'good').last_verified_at, state.last_verified_at.good);
  assert.not.ok('last_verified_at' in pj.changes.find((c: { name: string }) => c.name === 'bad'));
});

test('--config: the servers of an existing config.toml; its state file records them', () => {
  const { run, dir } = home('');
  const config = join(dir, 'other.toml');
  writeFileSync(
    config,
    `[mcp_servers.mini]\ncommand = ${yamlString(NODE)}\nargs = [${MINI}, "2025-06-18"]\n\n[mcp_servers.off]\ncommand = "nothing"\nenabled = false\n`,
  );
  const { code, doc } = testJson(run, ['--config', config]);
  assert.is(code, 0);
  assert.equal(
    doc.servers.map((s) => [s.name, s.status]),
    [
      ['mini', 'ok'],
      ['off', 'skipped'],
    ],
  );
  const state = JSON.parse(readFileSync(join(dir, '.mcpctl', 'other.toml.state.json'), 'utf8'));
  assert.ok(state.last_verified_at.mini);
  const named = testJson(run, ['--config', config, 'off']);
  assert.is(
    server(named.doc, 'off').failure?.kind,
    'command-not-found',
    'a disabled server named on the command line is tested',
  );
});

test('http_headers_helper: run with sh -c like Codex; a failing helper is its own diagnosis', () => {
  const { run, dir } = home('');
  const config = join(dir, 'helper.toml');
  writeFileSync(
    config,
    `[mcp_servers.remote]\nurl = "http://127.0.0.1:9/mcp"\nhttp_headers_helper = "echo cannot read the keychain >&2; exit 3"\n`,
  );
  const { code, doc } = testJson(run, ['--config', config]);
  assert.is(code, 1);
  const s = server(doc, 'remote');
  assert.is(s.failure?.kind, 'headers-helper');
  assert.match(s.failure?.message ?? '', /exited with code 3/);
  assert.equal(s.failure?.details['stderr'], ['cannot read the keychain']);
});

test('plan --probe: tests the servers the plan would create or update; a failure exits 1', () => {
  const { run } = home(`version: 1\nservers:\n${ok('good')}${broken('bad')}`);
  const r = run(['plan', '--probe']);
  assert.is(r.code, 1);
  assert.match(r.stdout, /Plan: 2 to create/);
  assert.match(r.stdout, /Probe of the 2 servers this plan would create or update:\n✔ good .*\n(.*\n)*✖ bad /);
  const j = run(['plan', '--probe', '--json']);
  const doc = JSON.parse(j.stdout);
  assert.is(doc.kind, 'mcpctl.plan');
  assert.is(doc.probe.kind, 'mcpctl.test');
  assert.equal(
    doc.probe.servers.map((s: { name: string; status: string }) => [s.name, s.status]),
    [
      ['good', 'ok'],
      ['bad', 'fail'],
    ],
  );
});

test('stdout and stderr into one log (2>&1, a CI log): each server once, the report without the progress copy', () => {
  const { dir } = home(`version: 1\nservers:\n${ok('good')}${broken('bad')}`);
  const log = join(dir, 'log.txt');
  const fd = openSync(log, 'w');
  const r = spawnSync(NODE, [BIN, 'test'], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, CODEX_HOME: join(dir, '.codex'), NO_COLOR: '1' },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  assert.is(r.status, 1);
  const text = readFileSync(log, 'utf8');
  assert.is(text.match(/^✔ good /gm)?.length, 1, text);
  assert.is(text.match(/^✖ bad /gm)?.length, 1, text);
  assert.match(text, /^1 healthy, 1 failed in /m);
});

test('concurrency: at most N servers run at once, and N of them start together', () => {
  const log = join(tempDir(), 'starts.log');
  const slow = (n: string) =>
    `  ${n}:\n    command: ${yamlString(NODE)}\n    args: [${yamlString(fixture('slow-start.mjs'))}, "2000"]\n    env: {SLOW_START_LOG: ${yamlString(log)}}\n`;
  const { run } = home(`version: 1\nservers:\n${slow('a')}${slow('b')}${slow('c')}${slow('d')}`);
  // the most servers started and not yet answered at any moment, from the servers' own start/answer notes
  const mostAtOnce = (args: string[]) => {
    writeFileSync(log, '');
    const { doc } = testJson(run, args);
    assert.ok(doc.healthy, JSON.stringify(doc.servers.map((s) => s.failure)));
    const events = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .map(([what, t]) => ({ what, t: BigInt(t ?? '0') }));
    events.sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : 0));
    let running = 0;
    let most = 0;
    for (const e of events) most = Math.max(most, (running += e.what === 'start' ? 1 : -1));
    assert.is(events.filter((e) => e.what === 'start').length, 4);
    return most;
  };
  assert.is(mostAtOnce(['--concurrency', '2']), 2);
  assert.is(mostAtOnce(['--concurrency', '4']), 4);
});

test.run();
