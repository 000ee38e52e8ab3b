// The bridge as apply writes it: a remote server whose header holds a secret, for every client that cannot
// send it by itself. The line in each client's file is started as that client starts a local server — by the
// real Gemini CLI and OpenCode, and for the clients with no CLI here (Claude Desktop, Zed, Antigravity,
// Windsurf) and the editors (Cursor, VS Code) by the official SDK's stdio client with the entry's command,
// args and env — and reaches a real SDK server on loopback with the secret from the store; no file holds it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { bridgeOf } from '../../src/core/import-launcher.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { gemini, parseList } from '../helpers/gemini.js';
import { listStatus, opencode } from '../helpers/opencode.js';
import { recordingServer } from '../helpers/recording-mcp-server.js';
import type { RecordingServer } from '../helpers/recording-mcp-server.js';
import { allFiles } from '../helpers/spawn-client.js';

const SECRET = 'bridge-clients-Sekr3t-7d41a09c';

/** The client's file (user scope unless the client has none) and where its servers are in it. */
const FILES = {
  'claude-desktop': { file: '.config/Claude/claude_desktop_config.json', key: 'mcpServers', scope: '{}' },
  zed: { file: '.config/zed/settings.json', key: 'context_servers', scope: '{scope: user}' },
  antigravity: { file: '.gemini/config/mcp_config.json', key: 'mcpServers', scope: '{scope: user}' },
  windsurf: { file: '.codeium/windsurf/mcp_config.json', key: 'mcpServers', scope: '{}' },
  cursor: { file: '.cursor/mcp.json', key: 'mcpServers', scope: '{scope: user}' },
  vscode: { file: '.config/Code/User/mcp.json', key: 'servers', scope: '{scope: user}' },
  gemini: { file: '.gemini/settings.json', key: 'mcpServers', scope: '{scope: user}' },
  opencode: { file: '.config/opencode/opencode.jsonc', key: 'mcp', scope: '{scope: user}' },
} as const;
type Target = keyof typeof FILES;

/** A home with mcp.yaml (one remote server with a secret header, for `client`) applied, and the secret stored. */
function applied(client: Target, server: RecordingServer) {
  const home = tempDir('mcpctl-bridge-clients-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  assert.is(mcpctl(['secret', 'set', 'remote/token'], { cwd: dir, env, input: SECRET }).code, 0);
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\ntargets:\n  ${client}: ${FILES[client].scope}\nservers:\n  remote:\n    url: ${server.url}\n    headers: {Authorization: "Bearer \${secret:remote/token}"}\n`,
  );
  const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(apply.code, 0, apply.stderr + apply.stdout);
  const path = join(home, FILES[client].file);
  const entry = JSON.parse(readFileSync(path, 'utf8'))[FILES[client].key].remote;
  for (const f of [...allFiles(home)].filter((f) => !f.endsWith('.age')))
    assert.not.ok(readFileSync(f, 'latin1').includes(SECRET), f);
  assert.match(mcpctl(['plan'], { cwd: dir, env }).stdout, /No changes\./);
  return { home, dir, env, entry };
}

for (const client of ['claude-desktop', 'zed', 'antigravity', 'windsurf', 'cursor', 'vscode'] as const) {
  test(`${client}: the bridge line, started as ${client} starts a local server, reaches the server with the secret`, async () => {
    const server = await recordingServer({ token: SECRET });
    try {
      const { home, entry } = applied(client, server);
      const bridge = bridgeOf(entry);
      assert.is(bridge?.url, server.url);
      assert.equal(bridge?.headers, [['Authorization', 'Bearer ${secret:remote/token}']]);
      // none of these expands anything in it: the encoded form (for the editors) is text they leave alone
      assert.not.match(JSON.stringify(entry.args), /\$\{env:/);
      const transport = new StdioClientTransport({
        command: entry.command,
        args: entry.args,
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, ...(entry.env ?? {}) },
        stderr: 'pipe',
      });
      const c = new Client({ name: client, version: '1' });
      await c.connect(transport);
      const who = await c.callTool({ name: 'whoami' });
      assert.match(JSON.stringify(who), new RegExp(`Bearer ${SECRET}`));
      await c.close();
      assert.ok(server.seen.length > 0 && server.seen.every((s) => s.headers['authorization'] === `Bearer ${SECRET}`));
    } finally {
      await server.stop();
    }
  });
}

test('gemini: the real Gemini CLI starts the bridge line and connects through it', async () => {
  const server = await recordingServer({ token: SECRET });
  try {
    const { dir, env, entry } = applied('gemini', server);
    assert.ok(bridgeOf(entry));
    const r = await gemini(['mcp', 'list'], { cwd: dir, env: { ...env, GEMINI_CLI_TRUST_WORKSPACE: 'true' } });
    assert.is(r.code, 0, r.stderr);
    assert.is(parseList(r.stderr).get('remote')?.status, 'Connected', r.stderr);
    assert.ok(server.seen.some((s) => s.headers['authorization'] === `Bearer ${SECRET}`));
    assert.not.ok(r.stdout.includes(SECRET) || r.stderr.includes(SECRET));
  } finally {
    await server.stop();
  }
});

test('opencode: the real OpenCode starts the bridge line and connects through it', async () => {
  const server = await recordingServer({ token: SECRET });
  try {
    const { dir, env, entry } = applied('opencode', server);
    assert.is(entry.type, 'local');
    assert.ok(bridgeOf(entry));
    const r = await opencode(['mcp', 'list'], { cwd: dir, env });
    assert.is(listStatus(r.stdout).get('remote'), 'connected', r.stdout + r.stderr);
    assert.ok(server.seen.some((s) => s.headers['authorization'] === `Bearer ${SECRET}`));
  } finally {
    await server.stop();
  }
});

test.run();
