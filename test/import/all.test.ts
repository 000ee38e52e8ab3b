// import --all: a home that holds the files of many clients (messy ones, plaintext tokens, one name defined
// two ways) becomes one mcp.yaml after one answer: a table of what was found, the same server from several
// clients one entry with its targets, literal tokens moved to the store, the clash reported and settled by
// --prefer, no client file touched, and the next plan changes only what holds a token, saying so.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const TOKEN = `ghp_${rand(ALPHABET.alnum, 36)}`;

function machine() {
  const home = tempDir('mcpctl-import-all-');
  const dir = join(home, 'repo');
  const files: Record<string, string> = {
    [join(home, '.codex', 'config.toml')]: `# mine
[mcp_servers.github]
command = "npx"
args = ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
env = { GITHUB_PERSONAL_ACCESS_TOKEN = "${TOKEN}" }

[mcp_servers.memory]
command = "npx"
args = ["-y", "@modelcontextprotocol/server-memory@2026.8.31"]
`,
    [join(home, '.claude.json')]: JSON.stringify(
      {
        numStartups: 3,
        mcpServers: {
          github: {
            type: 'stdio',
            command: 'npx',
            args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'],
            env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN },
          },
        },
      },
      null,
      2,
    ),
    [join(home, '.cursor', 'mcp.json')]: JSON.stringify({
      mcpServers: { memory: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2026.8.31'] } },
    }),
    [join(dir, '.vscode', 'mcp.json')]:
      '{\n  // team servers\n  "servers": {\n    "fetch": {"type": "stdio", "command": "uvx", "args": ["mcp-server-fetch==2025.4.7"],},\n  },\n}\n',
    [join(home, '.gemini', 'settings.json')]:
      '{\n  // my settings\n  "ui": {"theme": "Default"},\n  "mcpServers": {"search": {"url": "https://search.example.invalid/mcp", "type": "http", "headers": {"Authorization": "Bearer $API_TOK"}}}\n}\n',
    [join(home, '.config', 'opencode', 'opencode.jsonc')]:
      '{\n  "$schema": "https://opencode.ai/config.json",\n  "mcp": {"docs": {"type": "local", "command": ["npx", "-y", "@acme/docs@1.0.0"]}},\n}\n',
    // the same name as Codex's, another package version: a clash
    [join(home, '.config', 'zed', 'settings.json')]:
      '{\n  "context_servers": {"memory": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2025.1.1"]}}\n}\n',
    [join(home, '.codeium', 'windsurf', 'mcp_config.json')]: JSON.stringify({
      mcpServers: {
        linear: { serverUrl: 'https://mcp.linear.invalid/mcp', headers: { Authorization: 'Bearer ${env:LINEAR}' } },
      },
    }),
    [join(home, '.config', 'Claude', 'claude_desktop_config.json')]: JSON.stringify({
      preferences: {},
      mcpServers: { memory: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2026.8.31'] } },
    }),
  };
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  return { home, dir, files, env, run: (...args: string[]) => mcpctl(args, { cwd: dir, env }) };
}

const servers = (dir: string) =>
  parseYaml(readFileSync(join(dir, 'mcp.yaml'), 'utf8')) as {
    servers: Record<string, Record<string, unknown>>;
    targets: Record<string, unknown>;
  };

test('import --all: a table of what was found, one mcp.yaml after --yes, no client file touched, the clash reported', () => {
  const m = machine();
  const r = m.run('import', '--all', '--yes');
  assert.is(r.code, 0, r.stderr + r.stdout);
  assert.not.ok((r.stdout + r.stderr).includes(TOKEN), 'the token is shown');
  assert.match(r.stderr, /Found MCP servers in 9 client files:\nclient +scope +file +servers +literal secrets\n/);
  assert.match(r.stderr, /\nCodex +user +\S+\.codex\/config\.toml +2 +1\n/);
  assert.match(r.stderr, /\nClaude Code +user +\S+\.claude\.json +1 +1\n/, r.stderr);
  assert.match(r.stderr, /\nVS Code +project +\S+\.vscode\/mcp\.json +1 +0\n/);
  assert.match(r.stderr, /\nZed +user +\S+zed\/settings\.json +1 +0\n/);
  assert.match(
    r.stderr,
    /server "memory"[^\n]*differs from the server "memory" imported from [^\n]*config\.toml \(Codex\) in args/,
  );
  for (const [f, text] of Object.entries(m.files)) assert.is(readFileSync(f, 'utf8'), text, `${f} changed`);

  const y = servers(m.dir);
  // every client with a file here (Copilot and Antigravity have none)
  assert.equal(Object.keys(y.targets).sort(), [
    'claude-code',
    'claude-desktop',
    'codex',
    'cursor',
    'gemini',
    'opencode',
    'vscode',
    'windsurf',
    'zed',
  ]);
  assert.equal(y.targets['vscode'], { scope: 'project' });
  assert.equal(y.targets['claude-code'], { scope: 'user' });
  // one entry for the server three clients share (Zed's is another server of that name: not imported)
  assert.equal(y.servers['memory'], {
    command: 'npx',
    args: ['-y', '@modelcontextprotocol/server-memory@2026.8.31'],
    targets: ['codex', 'cursor', 'claude-desktop'],
  });
  assert.equal(y.servers['github']?.['env'], {
    GITHUB_PERSONAL_ACCESS_TOKEN: '${secret:github/GITHUB_PERSONAL_ACCESS_TOKEN}',
  });
  assert.equal(y.servers['github']?.['targets'], ['codex', 'claude-code']);
  assert.equal(y.servers['search']?.['headers'], { Authorization: 'Bearer ${env:API_TOK}' });
  assert.equal(y.servers['linear']?.['url'], 'https://mcp.linear.invalid/mcp');

  // the next plan changes only what held the token, and says why
  const plan = m.run('plan');
  assert.not.ok(plan.stdout.includes(TOKEN));
  assert.not.match(plan.stdout, /^\s+[+-] (create|delete) /m);
  const updates = [...plan.stdout.matchAll(/^\s+~ update (\S+)/gm)].map((x) => x[1]);
  assert.equal([...new Set(updates)], ['github'], plan.stdout);
});

test('--prefer takes the named client where two define one name differently; without a terminal it asks for --yes', () => {
  const m = machine();
  const r = m.run('import', '--all', '--prefer', 'zed', '--yes');
  assert.is(r.code, 0, r.stderr);
  const y = servers(m.dir);
  assert.equal(y.servers['memory']?.['args'], ['-y', '@modelcontextprotocol/server-memory@2025.1.1']);
  assert.equal(y.servers['memory']?.['targets'], ['zed']);

  const n = machine();
  const asked = n.run('import', '--all');
  assert.is(asked.code, 2, asked.stderr);
  assert.match(asked.stderr, /import --all asks before it writes mcp\.yaml, and there is no terminal to ask/);
  assert.match(asked.stderr, /pass --yes to write it, or --dry-run to see it/);
  const dry = n.run('import', '--all', '--dry-run');
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stderr, /Found MCP servers in 9 client files/);
  assert.match(dry.stdout, /^servers:$/m);
  const mixed = n.run('import', '--all', '--from', 'codex');
  assert.is(mixed.code, 2);
  assert.match(mixed.stderr, /E_USAGE: .*(all|from).*(from|all)/);
});

test('import --all with nothing to import says where it looked', () => {
  const home = tempDir('mcpctl-import-none-');
  const r = mcpctl(['import', '--all', '--yes'], { cwd: home, env: { HOME: home } });
  assert.is(r.code, 2, r.stderr); // E_NOT_FOUND: bad input, as for a missing file
  assert.match(r.stderr, /no MCP client on this machine has servers to import/);
});

test.run();
