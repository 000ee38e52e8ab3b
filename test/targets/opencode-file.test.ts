// OpenCode's files as mcpctl finds and edits them: which file a scope means (the .jsonc, .json or config.json
// that exists, as OpenCode lets the last of them win), comments and trailing commas kept byte for byte around
// the servers, what OpenCode cannot express refused by name, and an import of its own shape (an argv array,
// environment, {env:X}, enabled: false) that apply then leaves as it is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { opencodeFile } from '../../src/core/targets/opencode/paths.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { resolvedMcp } from '../helpers/opencode.js';
import { linux, win } from '../helpers/where.js';

test('the file of each scope: the one that exists, highest first, else the one OpenCode would create', () => {
  assert.is(opencodeFile('project', linux({}, [])), '/home/me/work/repo/opencode.json');
  assert.is(
    opencodeFile('project', linux({}, ['/home/me/work/repo/opencode.jsonc'])),
    '/home/me/work/repo/opencode.jsonc',
  );
  const dir = '/home/me/.config/opencode';
  assert.is(opencodeFile('user', linux({}, [])), `${dir}/opencode.jsonc`);
  assert.is(opencodeFile('user', linux({}, [`${dir}/config.json`])), `${dir}/config.json`);
  assert.is(opencodeFile('user', linux({}, [`${dir}/config.json`, `${dir}/opencode.json`])), `${dir}/opencode.json`);
  assert.is(
    opencodeFile('user', linux({}, [`${dir}/config.json`, `${dir}/opencode.json`, `${dir}/opencode.jsonc`])),
    `${dir}/opencode.jsonc`,
  );
  assert.is(opencodeFile('user', linux({ XDG_CONFIG_HOME: '/x' })), '/x/opencode/opencode.jsonc');
  assert.is(opencodeFile('user', linux({ XDG_CONFIG_HOME: 'x' })), '/home/me/work/x/opencode/opencode.jsonc');
  // ~/.config on Windows too (OpenCode has no platform switch here)
  assert.is(opencodeFile('user', win()), 'C:\\Users\\me\\.config\\opencode\\opencode.jsonc');
  assert.is(opencodeFile('project', win()), 'C:\\Users\\me\\work\\repo\\opencode.json');
});

function project(yaml: string, file?: [string, string]) {
  const home = tempDir('mcpctl-opencode-file-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  if (yaml !== '') writeFileSync(join(dir, 'mcp.yaml'), yaml);
  if (file) writeFileSync(join(dir, file[0]), file[1]);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  return { home, dir, env, run: (...args: string[]) => mcpctl(args, { cwd: dir, env }) };
}

const MESSY = [
  '{',
  '\t"$schema": "https://opencode.ai/config.json",',
  '\t// models',
  '\t"model": "anthropic/claude-sonnet-4-5",',
  '\t"mcp": {',
  '\t\t"mine": {"type": "local", "command": ["node", "mine.js"],}, // hand-written',
  '\t},',
  '}',
].join('\n');

test('comments, tabs and trailing commas stay; the server goes back out byte for byte', () => {
  const p = project(
    'version: 1\ntargets:\n  opencode: {}\nservers:\n  docs:\n    command: npx\n    args: ["-y", "@acme/docs@1.0.0"]\n',
    ['opencode.json', MESSY],
  );
  const apply = p.run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const after = readFileSync(join(p.dir, 'opencode.json'), 'utf8');
  assert.ok(after.startsWith(MESSY.slice(0, MESSY.indexOf('\t},'))), after);
  assert.match(after, /\t\t"docs": \{\n\t\t\t"type": "local",\n\t\t\t"command": \[/);
  writeFileSync(join(p.dir, 'mcp.yaml'), 'version: 1\ntargets:\n  opencode: {}\nservers: {}\n');
  assert.is(p.run('apply', '--yes').code, 0);
  assert.is(readFileSync(join(p.dir, 'opencode.json'), 'utf8'), MESSY);
});

test('what OpenCode cannot express is refused by name (tool filters); a fallback or a secret in a header goes through the bridge', () => {
  const p = project(`version: 1
targets:
  opencode: {}
servers:
  web:
    url: https://mcp.example.invalid/mcp
    headers: {Authorization: "Bearer \${secret:web/token}", X-Mode: "\${env:MODE | value:fast}"}
  tools:
    command: node
    args: [x.js]
    enabled_tools: [a]
`);
  const r = p.run('plan');
  assert.is(r.code, 2, r.stderr + r.stdout);
  assert.match(r.stderr, /server "tools": enabled_tools cannot be written for OpenCode/);
  assert.match(r.stderr, /\(1 problem\)/);
  writeFileSync(join(p.dir, 'mcp.yaml'), readFileSync(join(p.dir, 'mcp.yaml'), 'utf8').replace(/  tools:[\s\S]*$/, ''));
  const bridged = p.run('plan');
  assert.match(bridged.stdout, /\+ create web +\[through mcpctl proxy: https:\/\/mcp\.example\.invalid\/mcp\]/);
});

test("import of OpenCode's own shape; after apply OpenCode resolves the same servers, the token moved to the store", async () => {
  const token = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc9Qk';
  const file = `{
  "$schema": "https://opencode.ai/config.json",
  "mcp": {
    "gh": {"type": "local", "command": ["npx", "-y", "gh-mcp@1.2.3", "--org={env:ORG}"], "environment": {"GITHUB_TOKEN": "{env:GITHUB_TOKEN}", "API_KEY": "${token}"}, "timeout": 5000},
    "remote": {"type": "remote", "url": "https://mcp.example.invalid/mcp", "headers": {"Authorization": "Bearer {env:API_TOK}"}},
    "off": {"type": "local", "command": ["node", "off.js"], "enabled": false},
    "filed": {"type": "local", "command": ["node"], "environment": {"K": "{file:~/.k}"}}
  }
}
`;
  const p = project('', ['opencode.json', file]);
  writeFileSync(join(p.home, '.k'), 'k-value\n'); // the file {file:~/.k} reads: OpenCode refuses a missing one
  const imp = p.run('import', '--from', 'opencode');
  assert.is(imp.code, 0, imp.stderr + imp.stdout);
  assert.match(imp.stderr, /server "filed"[^\n]*\{file:~\/\.k\}/);
  const servers = (parseYaml(readFileSync(join(p.dir, 'mcp.yaml'), 'utf8')) as { servers: Record<string, unknown> })
    .servers;
  assert.equal(servers['gh'], {
    command: 'npx',
    args: ['-y', 'gh-mcp@1.2.3', '--org=${env:ORG}'],
    env: { GITHUB_TOKEN: '${env:GITHUB_TOKEN}', API_KEY: '${secret:gh/API_KEY}' },
    opencode: { timeout: 5000 },
  });
  assert.equal(servers['remote'], {
    url: 'https://mcp.example.invalid/mcp',
    headers: { Authorization: 'Bearer ${env:API_TOK}' },
  });
  assert.equal(servers['off'], { command: 'node', args: ['off.js'], enabled: false });
  assert.not.ok('filed' in servers);
  const apply = p.run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  assert.not.ok(readFileSync(join(p.dir, 'opencode.json'), 'utf8').includes(token));
  const mcp = await resolvedMcp({ cwd: p.dir, env: { ...p.env, ORG: 'acme' } });
  assert.equal((mcp['remote'] as { url: string }).url, 'https://mcp.example.invalid/mcp');
  assert.ok(((mcp['gh'] as { command: string[] }).command ?? []).includes('--org=acme'));
  const plan = p.run('plan');
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /No changes/);
});

test.run();
