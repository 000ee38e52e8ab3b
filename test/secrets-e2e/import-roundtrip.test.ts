// import round trips with the built CLI and the real Codex: what mcpctl applied imports back as the
// mcp.yaml references it came from (not as its launcher line), and a plan after import changes nothing;
// env_vars sources and names mcp.yaml cannot hold survive import + apply as Codex reads them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { codexGet, codexList } from '../helpers/codex.js';

const MCP_YAML = `version: 1
servers:
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8", "--token=\${secret:github/pat}"]
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: \${secret:github/pat}
      LOG: debug
      HOME_DIR: \${env:HOME_DIR}
  web:
    url: https://mcp.example.com/mcp
    headers:
      X-Api-Key: \${secret:web/key}
      X-Client: codex
`;

function setup(): { home: string; run: (...args: string[]) => ReturnType<typeof mcpctl> } {
  const home = tempDir('mcpctl-import-rt-');
  mkdirSync(join(home, '.codex'));
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  return { home, run: (...args: string[]) => mcpctl(args, { cwd: home, env }) };
}

test('apply ${secret:} (stdio env, args template, HTTP header) → import gives back the same references; plan after import: no changes', () => {
  const { home, run } = setup();
  writeFileSync(join(home, 'mcp.yaml'), MCP_YAML);
  assert.is(
    mcpctl(['secret', 'set', 'github/pat'], {
      cwd: home,
      env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' },
      input: 'ghp_notreallyatoken',
    }).code,
    0,
  );
  assert.is(
    mcpctl(['secret', 'set', 'web/key'], {
      cwd: home,
      env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' },
      input: 'k-1234',
    }).code,
    0,
  );
  const apply = run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const toml = readFileSync(join(home, '.codex', 'config.toml'), 'utf8');
  assert.match(toml, /exec/);
  assert.match(toml, /http_headers_helper/);

  rmSync(join(home, 'mcp.yaml'));
  const imp = run('import');
  assert.is(imp.code, 0, imp.stderr);
  const got = parse(readFileSync(join(home, 'mcp.yaml'), 'utf8'));
  assert.equal(got.servers, parse(MCP_YAML).servers);
  // nothing was moved, so nothing claims it was
  assert.not.match(readFileSync(join(home, 'mcp.yaml'), 'utf8'), /moved to the mcpctl secret store/);
  assert.not.match(imp.stderr, /Moved|note:/);

  const plan = run('plan', '--detailed-exitcode');
  assert.is(plan.code, 0, plan.stdout + plan.stderr);
});

test('env_vars { name, source } and a dotted server name: Codex reads the same before and after import + apply', () => {
  const { home, run } = setup();
  const config = `[mcp_servers.remote]
command = "srv"
args = ["--port", "8080"]
env_vars = ["PLAIN", { name = "LOC", source = "local" }, { name = "REM", source = "remote" }]

[mcp_servers."dotted.name.server"]
command = "dotted"
args = ["x"]
`;
  writeFileSync(join(home, '.codex', 'config.toml'), config);
  const before = codexList(home);
  const remoteBefore = codexGet(home, 'remote');

  const imp = run('import');
  assert.is(imp.code, 0, imp.stderr);
  assert.match(
    imp.stderr,
    /note: server "dotted\.name\.server", name: .*not imported; it stays in config\.toml as it is, unmanaged/,
  );
  const yaml = readFileSync(join(home, 'mcp.yaml'), 'utf8');
  assert.not.match(yaml, /^\s+dotted\.name\.server:/m);
  assert.match(yaml, /Not imported \(left unmanaged in config\.toml\): dotted\.name\.server\./);
  assert.is(run('validate').code, 0);

  // a change makes apply write the server from mcp.yaml
  writeFileSync(
    join(home, 'mcp.yaml'),
    yaml.replace('    command: srv\n', '    command: srv\n    tool_timeout_sec: 30\n'),
  );
  const apply = run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  assert.match(readFileSync(join(home, '.codex', 'config.toml'), 'utf8'), /tool_timeout_sec = 30/);
  // Codex reads the same server: the env_vars items keep their sources
  assert.equal({ ...codexGet(home, 'remote'), tool_timeout_sec: null }, remoteBefore);
  const dotted = (l: Array<Record<string, unknown>>) => l.find((s) => s['name'] === 'dotted.name.server');
  assert.equal(dotted(codexList(home)), dotted(before));
  // and an import of the applied file reads the same mcp.yaml back
  rmSync(join(home, 'mcp.yaml'));
  assert.is(run('import').code, 0);
  assert.equal(parse(readFileSync(join(home, 'mcp.yaml'), 'utf8')).servers, {
    remote: { ...parse(yaml).servers.remote, tool_timeout_sec: 30 },
  });
  assert.is(run('plan', '--detailed-exitcode').code, 0);
});

test('import of a config without plaintext secrets does not say secrets were moved', () => {
  const { home, run } = setup();
  writeFileSync(join(home, '.codex', 'config.toml'), '[mcp_servers.docs]\nurl = "https://docs.example.com/mcp"\n');
  const imp = run('import');
  assert.is(imp.code, 0, imp.stderr);
  const yaml = readFileSync(join(home, 'mcp.yaml'), 'utf8');
  assert.match(yaml, /^# Imported from .*config\.toml by mcpctl import\.\n/m);
  assert.not.match(yaml, /[Ss]ecrets? (were|was) moved/);
  assert.not.match(imp.stdout + imp.stderr, /[Mm]oved|rotate/);
});

test('import on a missing file says the file does not exist', () => {
  const { run } = setup();
  const r = run('import');
  assert.is(r.code, 2);
  assert.match(r.stderr, /config\.toml does not exist: there is no Codex config to import/);
  assert.not.match(r.stderr, /no MCP servers/);
});

test.run();
