// Each target client's launch of a server, probed as that client starts it: Codex with its few variables
// (env_vars), Claude Code and Cursor with their own environment and their own references filled in. Two
// clients that start a server the same way share one probe; a setting one client cannot see fails for that
// client only, the result naming it; --target narrows the probes to that client's launches.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fixture, home, NODE, testJson, yamlString } from './_helpers.js';
import type { ServerJson } from './_helpers.js';

const YAML = `version: 1
targets:
  codex: {scope: project}
  claude-code: {scope: project}
  cursor: {scope: project}
servers:
  needs:
    command: ${yamlString(NODE)}
    args: [${yamlString(fixture('needs-env.mjs'))}, SHELL_ONLY_VAR]
  keyed:
    command: ${yamlString(NODE)}
    args: [${yamlString(fixture('needs-env.mjs'))}, API_KEY]
    env: {API_KEY: "\${env:PROBE_API_KEY}"}
`;

const launches = (doc: { servers: ServerJson[] }, name: string) =>
  doc.servers.filter((s) => s.name === name).map((s) => [s.clients, s.status, s.failure?.kind ?? null]);

test('a variable only the clients that pass their environment on can see: Codex fails, Claude Code and Cursor share one passing probe', () => {
  const { run } = home(YAML);
  const { code, doc } = testJson(run, [], { SHELL_ONLY_VAR: 'here', PROBE_API_KEY: 'k-123' });
  assert.is(code, 1);
  assert.equal(launches(doc, 'needs'), [
    [['Codex'], 'fail', 'exited-early'],
    [['Claude Code', 'Cursor'], 'ok', null],
  ]);
  // a reference every client resolves, each its own way (env_vars; ${PROBE_API_KEY}; ${env:PROBE_API_KEY})
  assert.equal(launches(doc, 'keyed'), [
    [['Codex'], 'ok', null],
    [['Claude Code', 'Cursor'], 'ok', null],
  ]);
  const text = run(['test'], { SHELL_ONLY_VAR: 'here', PROBE_API_KEY: 'k-123' });
  assert.match(text.stdout, /✖ needs \(Codex\) +fail/);
  assert.match(text.stdout, /✔ needs \(Claude Code, Cursor\) +ok/);
});

test('an unset reference fails before anything starts, for each client, naming it; --target picks one client', () => {
  const { run } = home(YAML);
  const { doc } = testJson(run, ['keyed'], { SHELL_ONLY_VAR: 'here' });
  assert.equal(launches(doc, 'keyed'), [
    [['Codex'], 'fail', 'env-unset'],
    [['Claude Code', 'Cursor'], 'fail', 'env-unset'],
  ]);
  const cc = doc.servers.find((s) => s.clients?.includes('Claude Code'));
  assert.match(cc?.failure?.message ?? '', /PROBE_API_KEY is not set: Claude Code fills it into this server's entry/);
  assert.match(cc?.failure?.hint ?? '', /in the environment Claude Code starts with/);
  const only = testJson(run, ['--target', 'cursor'], { SHELL_ONLY_VAR: 'here', PROBE_API_KEY: 'k-123' });
  assert.is(only.code, 0);
  assert.equal(
    only.doc.servers.map((s) => [s.name, s.clients]),
    [
      ['needs', ['Cursor']],
      ['keyed', ['Cursor']],
    ],
  );
});

test.run();
