// The real Codex (0.169.0) enforces what `mcpctl policy render --target codex` writes: a server the rendered
// requirements.toml does not allow is turned off by Codex itself, the allowed ones stay on. Codex reads
// requirements only from /etc/codex/requirements.toml, so each run gets a private mount namespace whose /etc
// is an overlay holding the rendered file: the machine's /etc is never written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CODEX } from '../helpers/codex.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { repo } from './_helpers.js';

const POLICY = `version: 1
servers:
  allow:
    - name: github
      command: [npx, -y, "@modelcontextprotocol/server-github@*"]
    - name: docs
      url: "https://docs.acme.dev/*"
    - name: files
      command: [node, "/opt/mcp/*/index.js"]
`;

const SPEC = `version: 1
servers:
  github:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
  docs:
    url: https://docs.acme.dev/mcp
  files:
    command: node
    args: ["/opt/mcp/fs/index.js"]
  impostor:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
  other-files:
    command: node
    args: ["/home/me/fs/index.js", "--root", "/"]
`;

/** `codex mcp list --json` with /etc/codex/requirements.toml holding `requirements` (or no such file). */
function codexList(home: string, requirements: string | null): Array<Record<string, unknown>> {
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, CODEX_HOME: join(home, '.codex') };
  let r;
  if (requirements === null) {
    r = spawnSync(CODEX, ['mcp', 'list', '--json'], { env, encoding: 'utf8', timeout: 60_000 });
  } else {
    const ns = tempDir('mcpctl-etc-');
    mkdirSync(join(ns, 'up', 'codex'), { recursive: true });
    mkdirSync(join(ns, 'work'));
    writeFileSync(join(ns, 'up', 'codex', 'requirements.toml'), requirements);
    const script = `mount -t overlay overlay -o lowerdir=/etc,upperdir=${ns}/up,workdir=${ns}/work /etc && exec "$@"`;
    r = spawnSync('unshare', ['-m', 'sh', '-c', script, 'sh', CODEX, 'mcp', 'list', '--json'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
  }
  assert.is(r.status, 0, `codex mcp list: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test('the real Codex turns off what the rendered requirements do not allow, by name and identity', () => {
  assert.ok(
    process.getuid?.() === 0,
    'this test mounts an overlay on /etc in a private namespace: run the suite as root (CI does)',
  );
  const hostHad = existsSync('/etc/codex/requirements.toml');
  const dir = repo({ 'org.yaml': POLICY, 'mcp.yaml': SPEC });
  const home = tempDir('mcpctl-home-');
  const applied = mcpctl(['apply', '--yes'], { cwd: dir, env: { HOME: home } });
  assert.is(applied.code, 0, applied.stderr);
  const rendered = mcpctl(['policy', 'render', '--target', 'codex', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(rendered.code, 0, rendered.stderr);

  const before = codexList(home, null);
  assert.ok(
    before.every((s) => s['enabled'] === true),
    'without requirements every server is on',
  );

  const after = Object.fromEntries(codexList(home, rendered.stdout).map((s) => [s['name'], s]));
  for (const name of ['github', 'docs', 'files']) {
    assert.is(after[name]?.['enabled'], true, `${name} is allowed`);
    assert.is(after[name]?.['disabled_reason'], null);
  }
  // the same command under another name, and a command line the regex does not match
  for (const name of ['impostor', 'other-files']) {
    assert.is(after[name]?.['enabled'], false, `${name} is not allowed`);
    assert.match(String(after[name]?.['disabled_reason']), 'requirements (/etc/codex/requirements.toml)');
  }
  assert.is(existsSync('/etc/codex/requirements.toml'), hostHad, "the machine's /etc is not written");
});

test.run();
