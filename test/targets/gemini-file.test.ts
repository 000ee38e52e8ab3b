// Gemini CLI's settings.json as mcpctl edits it: a file holding every other setting, with comments, 4-space
// indentation and CRLF, keeps every byte outside the servers mcpctl writes (and gets them all back when they
// go); a trailing comma or a byte-order mark, on which the real Gemini CLI stops with exit 52, is refused with
// file:line:col and nothing written; what Gemini CLI cannot send itself goes through the bridge; and an import of its
// own references, httpUrl and tool lists comes back to the same entries, its literal token moved to the store.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { gemini, parseList } from '../helpers/gemini.js';

const SETTINGS = [
  '// my Gemini settings',
  '{',
  '    "general": {"vimMode": true}, // keep me',
  '    /* before servers */',
  '    "mcpServers": {',
  '        // hand-written',
  '        "mine": {"command": "node", "args": ["mine.js"]}',
  '    },',
  '    "ui": {"theme": "Default"}',
  '}',
  '',
].join('\r\n');

function project(yaml: string, settings?: string) {
  const home = tempDir('mcpctl-gemini-file-');
  const dir = join(home, 'proj');
  mkdirSync(join(dir, '.gemini'), { recursive: true });
  if (yaml !== '') writeFileSync(join(dir, 'mcp.yaml'), yaml);
  const file = join(dir, '.gemini', 'settings.json');
  if (settings !== undefined) writeFileSync(file, settings);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  return { home, dir, file, env, run: (...args: string[]) => mcpctl(args, { cwd: dir, env }) };
}

const ONE = `version: 1
targets:
  gemini: {}
servers:
  docs:
    command: npx
    args: ["-y", "@acme/docs@1.0.0"]
    env: {DOCS_TOKEN: "\${env:DOCS_TOKEN}"}
`;

test('comments, other settings, 4-space indentation and CRLF stay; the server goes back out byte for byte', async () => {
  const p = project(ONE, SETTINGS);
  const apply = p.run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const after = readFileSync(p.file, 'utf8');
  assert.ok(after.startsWith(SETTINGS.slice(0, SETTINGS.indexOf('"mine"'))), after);
  assert.ok(after.endsWith('    },\r\n    "ui": {"theme": "Default"}\r\n}\r\n'), after);
  assert.match(after, /"docs": \{\r\n {12}"command": "npx",\r\n/);
  assert.match(after, /"DOCS_TOKEN": "\$\{DOCS_TOKEN\}"/);
  assert.not.match(after.replace(/\r\n/g, ''), /\n/);
  const listed = parseList((await gemini(['mcp', 'list'], { cwd: p.dir, env: p.env })).stderr);
  assert.equal([...listed.keys()], ['mine', 'docs']);
  assert.is(listed.get('docs')?.what, 'npx -y @acme/docs@1.0.0');
  writeFileSync(join(p.dir, 'mcp.yaml'), 'version: 1\ntargets:\n  gemini: {}\nservers: {}\n');
  const removed = p.run('apply', '--yes');
  assert.is(removed.code, 0, removed.stderr);
  assert.is(readFileSync(p.file, 'utf8'), SETTINGS);
});

test('a trailing comma (Gemini CLI stops on it: exit 52) is refused at its line and column; nothing written', async () => {
  const broken = SETTINGS.replace('"args": ["mine.js"]}', '"args": ["mine.js"],}');
  const p = project(ONE, broken);
  const own = await gemini(['mcp', 'list'], { cwd: p.dir, env: p.env });
  assert.is(own.code, 52, own.stderr);
  const r = p.run('plan');
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /settings\.json:7:56/);
  assert.match(
    r.stderr,
    /holds a trailing comma \(Gemini CLI reads comments in settings\.json, but stops with an error on this\)/,
  );
  assert.match(r.stderr, /remove the comma at line 7, column 56/);
  assert.is(p.run('apply', '--yes').code, 2);
  assert.is(readFileSync(p.file, 'utf8'), broken);
});

test('a byte-order mark (Gemini CLI stops on it: exit 52) is refused; nothing written', async () => {
  const p = project(ONE, `\uFEFF${SETTINGS}`);
  const own = await gemini(['mcp', 'list'], { cwd: p.dir, env: p.env });
  assert.is(own.code, 52, own.stderr);
  const r = p.run('apply', '--yes');
  assert.is(r.code, 2, r.stderr);
  assert.match(
    r.stderr,
    /settings\.json:1:1.*starts with a byte-order mark|starts with a byte-order mark[^\n]*\n[^\n]*settings\.json:1:1/s,
  );
  assert.match(r.stderr, /save .* as UTF-8 without a BOM/);
  assert.is(readFileSync(p.file, 'utf8'), `\uFEFF${SETTINGS}`);
});

test('what Gemini CLI cannot send itself goes through the bridge: a secret in a header, a fallback holding "$"', () => {
  const p = project(`version: 1
targets:
  gemini: {}
servers:
  web:
    url: https://mcp.example.invalid/mcp
    headers: {Authorization: "Bearer \${secret:web/token}"}
  fallback:
    url: https://mcp.example.invalid/mcp
    headers: {X-Mode: "\${env:MODE | value:$HOME}"}
`);
  const r = p.run('plan');
  // the secret is not in the store: plan shows the bridge and that apply would refuse until it is
  assert.is(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stdout, /\+ create web +\[through mcpctl proxy: https:\/\/mcp\.example\.invalid\/mcp\]/);
  assert.match(r.stdout, /\+ create fallback +\[through mcpctl proxy: https:\/\/mcp\.example\.invalid\/mcp\]/);
  assert.match(r.stdout, /E_SECRET_MISSING/);
  assert.not.ok(existsSync(p.file));
});

test("import of Gemini CLI's own references, httpUrl and tool lists; after apply the token is gone and plan has nothing left to change", () => {
  const token = 'gsk_live_9QmZt2Lx7Vb4Rk8Np3Hs6Jd1Wf5';
  const settings = `{
  // by hand
  "mcpServers": {
    "gh": {"command": "npx", "args": ["-y", "gh-mcp@1.2.3", "--org=$ORG"], "env": {"GITHUB_TOKEN": "\${GITHUB_TOKEN}", "LEVEL": "\${LEVEL:-info}", "API_KEY": "${token}"}, "includeTools": ["search"], "timeout": 5000},
    "remote": {"httpUrl": "https://mcp.example.invalid/mcp", "headers": {"Authorization": "Bearer $API_TOK"}, "excludeTools": ["delete"], "trust": true},
    "sse": {"url": "https://old.example.invalid/sse", "type": "sse"}
  },
  "ui": {"theme": "Default"}
}
`;
  const p = project('', settings);
  const imp = p.run('import', '--from', 'gemini');
  assert.is(imp.code, 0, imp.stderr + imp.stdout);
  assert.match(imp.stderr, /server "sse"[^\n]*SSE/);
  const yaml: unknown = parseYaml(readFileSync(join(p.dir, 'mcp.yaml'), 'utf8'));
  const servers = (yaml as { servers: Record<string, unknown> }).servers;
  assert.equal(servers['gh'], {
    command: 'npx',
    args: ['-y', 'gh-mcp@1.2.3', '--org=${env:ORG}'],
    env: { GITHUB_TOKEN: '${env:GITHUB_TOKEN}', LEVEL: '${env:LEVEL | value:info}', API_KEY: '${secret:gh/API_KEY}' },
    enabled_tools: ['search'],
    gemini: { timeout: 5000 },
  });
  assert.equal(servers['remote'], {
    url: 'https://mcp.example.invalid/mcp',
    headers: { Authorization: 'Bearer ${env:API_TOK}' },
    disabled_tools: ['delete'],
    gemini: { trust: true },
  });
  assert.not.ok('sse' in servers);
  const apply = p.run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const after = readFileSync(p.file, 'utf8');
  assert.not.ok(after.includes(token), 'the literal token left the file');
  assert.match(after, /"sse": \{"url": "https:\/\/old\.example\.invalid\/sse", "type": "sse"\}/);
  const plan = p.run('plan');
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /No changes/);
});

test.run();
