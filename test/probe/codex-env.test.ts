// The probe starts a stdio server the way Codex does: the same variables reach it. Checked against the real
// Codex (pinned), which starts the same config.toml through its app-server.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../helpers/cli.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { fixture, NODE, testJsonAsync, yamlString } from './_helpers.js';
import { codexHelperEnv } from '../../src/probe/codex-env.js';

test('the server sees the same environment under mcpctl test as under Codex', async () => {
  const home = tempDir('mcpctl-codexenv-');
  const report = join(home, 'report.json');
  mkdirSync(join(home, '.codex'), { recursive: true });
  writeFileSync(
    join(home, '.codex', 'config.toml'),
    `[mcp_servers.reporter]\ncommand = ${yamlString(NODE)}\nargs = [${yamlString(fixture('env-reporter.mjs'))}, ${yamlString(report)}, "FORWARDED", "LITERAL", "NOT_FORWARDED", "LANG"]\nenv_vars = ["FORWARDED"]\n\n[mcp_servers.reporter.env]\nLITERAL = "lit"\n`,
  );
  const env = { FORWARDED: 'fwd', NOT_FORWARDED: 'no', LANG: 'C.UTF-8', TZ: 'UTC' };
  const status = await codexServerStatus(home, env);
  assert.is(status.find((s) => s.name === 'reporter')?.toolsError ?? null, null);
  const underCodex = JSON.parse(readFileSync(report, 'utf8'));
  const r = await testJsonAsync(home, ['--config', join(home, '.codex', 'config.toml')], env);
  assert.is(r.code, 0, r.stdout + r.stderr);
  const underMcpctl = JSON.parse(readFileSync(report, 'utf8'));
  assert.equal(underMcpctl.env, underCodex.env);
  assert.equal(underMcpctl.env, { FORWARDED: 'fwd', LITERAL: 'lit', NOT_FORWARDED: null, LANG: 'C.UTF-8' });
  assert.equal(underMcpctl.envKeys, underCodex.envKeys);
});

test('the headers helper gets only what Codex gives it: no XDG_*, no session bus, no MCPCTL_*, no USER or TMPDIR; PWD is where it runs', () => {
  const parent = {
    HOME: '/h',
    PATH: '/bin',
    LANG: 'C.UTF-8',
    TERM: 'xterm',
    SHELL: '/bin/sh',
    USER: 'me',
    TMPDIR: '/t',
    XDG_CONFIG_HOME: '/x',
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/b',
    MCPCTL_SECRETS_FILE: '/s',
    SSL_CERT_FILE: '/ca.pem',
  };
  assert.equal(codexHelperEnv(parent, '/h/.codex'), {
    HOME: '/h',
    TERM: 'xterm',
    PATH: '/bin',
    LANG: 'C.UTF-8',
    SHELL: '/bin/sh',
    SSL_CERT_FILE: '/ca.pem',
    PWD: '/h/.codex',
  });
});

test.run();
