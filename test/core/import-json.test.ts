// import from the JSON clients (core/import-json.ts, import-refs.ts, import-merge.ts): each client's own
// references become ${env:…}, literal secrets move, mcpctl's launcher and headersHelper lines read back into
// their templates, and what mcp.yaml cannot express is reported by name; the same server from several clients
// is one entry with targets, different ones are kept apart.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importJsonClient, vscodeInputs } from '../../src/core/import-json.js';
import type { JsonClient } from '../../src/core/import-json.js';
import { readClientValue } from '../../src/core/import-refs.js';
import { mergeImports } from '../../src/core/import-merge.js';
import { loadYaml } from '../../src/core/load.js';
import { validate } from '../../src/core/validate.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { TARGETS } from '../../src/core/targets/registry.js';
import type { Entry, Value } from '../../src/core/value.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const TOKEN = `ghp_${rand(ALPHABET.alnum, 36)}`;
const OTHER = `ghp_${rand(ALPHABET.alnum, 36)}`;
const one = (client: JsonClient, entry: Value, container = 'mcpServers') =>
  importJsonClient(client, new Map([['srv', entry]]), container);

test('each client reference form becomes ${env:…}; other "$" and "${" stay text', () => {
  const ok = (client: JsonClient, text: string, want: string) =>
    assert.equal(readClientValue(client, text), { ok: true, value: want }, `${client}: ${text}`);
  ok('claude-code', 'Bearer ${TOKEN}', 'Bearer ${env:TOKEN}');
  ok('claude-code', '${LEVEL:-info}', '${env:LEVEL | value:info}');
  ok('claude-code', '$HOME/x ${env:X}', '$HOME/x $${env:X}'); // Claude expands neither: text in mcp.yaml
  ok('copilot', '$HOME/x ${A} ${B:-b}', '${env:HOME}/x ${env:A} ${env:B | value:b}');
  ok('copilot', 'a ${env:X}', 'a $${env:X}');
  ok('cursor', '${env:API_KEY}-$X', '${env:API_KEY}-$X');
  ok('vscode', 'pre ${env:A} post', 'pre ${env:A} post');
  ok('cursor', 'no refs', 'no refs');
  ok('cursor', 'a ${b}', 'a $${b}'); // not a variable Cursor documents: text
  assert.equal(readClientValue('cursor', '${userHome}/x'), { ok: false, unsupported: ['${userHome}'] });
  assert.equal(readClientValue('vscode', '${input:pat} ${workspaceFolder}'), {
    ok: false,
    unsupported: ['${input:pat}', '${workspaceFolder}'],
  });
  assert.equal(readClientValue('claude-code', '${X:-a|b}'), { ok: false, unsupported: ['${X:-a|b}'] });
});

test('a literal secret moves to the store as ${secret:<server>/<KEY>}; references and other literals stay', () => {
  for (const client of ['claude-code', 'copilot', 'cursor', 'vscode'] as const) {
    const r = one(client, { command: 'npx', args: ['-y', 'pkg@1.0.0'], env: { GITHUB_TOKEN: TOKEN, LOG: 'debug' } });
    assert.equal(r.skipped, [], client);
    const s = r.servers.get('srv');
    assert.equal(s?.server, {
      command: 'npx',
      args: ['-y', 'pkg@1.0.0'],
      env: { GITHUB_TOKEN: '${secret:srv/GITHUB_TOKEN}', LOG: 'debug' },
    });
    assert.equal(
      s?.moves.map((m) => [m.name, m.from, m.value === TOKEN]),
      [['srv/GITHUB_TOKEN', 'mcpServers.srv.env.GITHUB_TOKEN', true]],
    );
  }
});

test('mcp-remote (the third-party bridge) is read as the remote server it forwards to; its token moves to the store', () => {
  const entry = {
    command: 'npx',
    args: [
      '-y',
      'mcp-remote@0.1.29',
      'https://mcp.example.com/mcp',
      '--header',
      'Authorization:${AUTH_HEADER}',
      '--header',
      'X-Team: ${TEAM}',
    ],
    env: { AUTH_HEADER: `Bearer ${TOKEN}` },
  };
  const r = one('claude-desktop', entry);
  assert.equal(r.skipped, []);
  const s = r.servers.get('srv');
  assert.equal(s?.server, {
    url: 'https://mcp.example.com/mcp',
    // the value the entry's env gave it moves to the store; one it did not give stays a reference
    headers: { Authorization: '${secret:srv/Authorization}', 'X-Team': '${env:TEAM}' },
  });
  assert.equal(
    s?.moves.map((m) => [m.name, m.value === `Bearer ${TOKEN}`]),
    [['srv/Authorization', true]],
  );
  assert.match(
    r.notes.map((n) => n.message).join('\n'),
    /was mcp-remote: .*through mcpctl proxy, and no file holds its token/,
  );
  assert.not.ok(JSON.stringify(r.notes).includes(TOKEN));

  // what mcp.yaml cannot keep leaves the server as it is, with the reason
  const kept = (args: string[], why: RegExp) => {
    const k = one('claude-desktop', { command: 'npx', args: ['-y', 'mcp-remote', ...args] });
    assert.equal(k.skipped, ['srv'], args.join(' '));
    assert.match(k.notes.map((n) => n.message).join('\n'), why);
  };
  kept(['https://mcp.example.com/mcp'], /signs in with OAuth itself/);
  kept(['https://mcp.example.com/sse', '--header', 'A: b', '--transport', 'sse-only'], /streamable HTTP/);
  kept(
    ['https://mcp.example.com/mcp', '--header', 'A: b', '--static-oauth-client-info', '{}'],
    /--static-oauth-client-info has no mcp\.yaml equivalent/,
  );
  // anything else is a local server like any other
  assert.equal(one('claude-desktop', { command: 'npx', args: ['-y', 'remote-tools'] }).servers.get('srv')?.server, {
    command: 'npx',
    args: ['-y', 'remote-tools'],
  });
});

test('a plaintext secret in a header moves to the store: Claude Code gets it through headersHelper, the others through the bridge', () => {
  const entry = { type: 'http', url: 'https://api.example.com/mcp', headers: { Authorization: `Bearer ${TOKEN}` } };
  const claude = one('claude-code', entry);
  assert.equal(claude.servers.get('srv')?.server.headers, { Authorization: '${secret:srv/Authorization}' });
  assert.equal(claude.notes, []);
  for (const client of ['copilot', 'cursor', 'vscode'] as const) {
    const r = one(client, entry);
    assert.equal(r.skipped, [], client);
    assert.equal(r.servers.get('srv')?.server.headers, { Authorization: '${secret:srv/Authorization}' });
    assert.match(
      r.notes.map((n) => n.message).join('\n'),
      /header Authorization held a plaintext secret: it moves to the secret store, and from the next apply .* reaches this server through mcpctl proxy/,
    );
    assert.not.ok(JSON.stringify(r.notes).includes(TOKEN));
  }
});

test('what mcp.yaml cannot express is reported by name: the server stays in the file, or the ignored key is left out', () => {
  const skipped = (client: JsonClient, entry: Value, why: RegExp) => {
    const r = one(client, entry);
    assert.equal(r.skipped, ['srv'], `${client} ${JSON.stringify(entry)}`);
    assert.match(r.notes.find((n) => n.key === 'entry')?.message ?? '', why);
  };
  skipped('vscode', { type: 'stdio', command: 'x', env: { T: '${input:pat}' } }, /env\.T uses \$\{input:pat\}/);
  skipped('cursor', { command: 'node', args: ['${workspaceFolder}/s.js'] }, /\$\{workspaceFolder\}/);
  skipped('claude-code', { type: 'sse', url: 'https://x.example/sse' }, /SSE server/);
  skipped('claude-code', { url: 'https://x.example/mcp' }, /skips a url without a "type"/);
  skipped(
    'claude-code',
    { type: 'http', url: 'https://x', headersHelper: '/bin/get-headers' },
    /headersHelper runs a command/,
  );
  skipped('cursor', { url: 'https://x', auth: { CLIENT_ID: 'a' } }, /"auth" is a setting Cursor uses/);
  skipped('vscode', { type: 'stdio', command: 'x', dev: { watch: 'src' } }, /"dev"/);
  skipped('copilot', { command: 'x', tools: [{ name: 't' }] }, /tools is not a list of strings/);
  // keys the client ignores: imported without them, each named
  const claude = one('claude-code', { type: 'stdio', command: 'x', cwd: '/srv', zzz: 1 });
  assert.equal(claude.servers.get('srv')?.server, { command: 'x' });
  assert.equal(
    claude.notes.map((n) => n.key),
    ['cwd', 'zzz'],
  );
  // a name mcp.yaml cannot hold
  const named = importJsonClient('cursor', new Map([['my.srv', { command: 'x' }]]), 'mcpServers');
  assert.equal(named.skipped, ['my.srv']);
});

test("VS Code's inputs are reported by id; its cwd, envFile and numeric env values are kept", () => {
  const text =
    '\uFEFF{\n  // c\n  "inputs": [{"id": "pat", "type": "promptString", "description": "d", "password": true}],\n  "servers": {},\n}\n';
  assert.equal(vscodeInputs(text), ['pat']);
  const r = importJsonClient(
    'vscode',
    new Map([['srv', { type: 'stdio', command: 'x', cwd: '/w', envFile: '${workspaceFolder}/.env', env: { N: 3 } }]]),
    'servers',
    ['pat'],
  );
  assert.equal(r.servers.get('srv')?.server, {
    command: 'x',
    env: { N: '3' },
    cwd: '/w',
    vscode: { envFile: '${workspaceFolder}/.env' },
  });
  assert.match(r.notes[0]?.key ?? '', /^inputs\.pat$/);
});

test('Copilot: "local", $VAR, tools as enabled_tools ("*" is the default), timeout', () => {
  const r = one('copilot', {
    type: 'local',
    command: 'srv',
    args: ['$ROOT'],
    cwd: '/tmp',
    tools: ['a', 'b'],
    timeout: 5000,
  });
  assert.equal(r.servers.get('srv')?.server, {
    command: 'srv',
    args: ['${env:ROOT}'],
    cwd: '/tmp',
    enabled_tools: ['a', 'b'],
    copilot: { timeout: 5000 },
  });
  assert.equal(one('copilot', { command: 'srv', tools: ['*'] }).servers.get('srv')?.server, { command: 'srv' });
});

/** mcp.yaml → each client's entries (through the real compile, with a launcher) → import → the same mcp.yaml servers. */
test('compile then import gives back the mcp.yaml servers, launcher and headersHelper lines included', () => {
  const yaml = `version: 1
targets: {claude-code: {scope: user}, copilot: {scope: user}, cursor: {scope: user}, vscode: {scope: user}}
servers:
  gh:
    command: npx
    args: ["-y", "pkg@1.0.0", "--root", "\${env:ROOT}"]
    env: {GITHUB_TOKEN: "\${secret:gh/token}", LOG: "\${env:LOG}", PLAIN: "a $\${b}"}
  tpl:
    command: "\${secret:tools/bin}"
    args: ["--x", "\${env:X}"]
  api:
    url: https://api.example.com/mcp
    headers: {Authorization: "Bearer \${env:API_TOKEN}", X-Team: core}
    targets: [claude-code, copilot, cursor, vscode]
  helped:
    url: https://h.example.com/mcp
    headers: {Authorization: "Bearer \${secret:h/token}", X-Env: "\${env:E}"}
    targets: [claude-code]
`;
  const doc = loadYaml(yaml, 'mcp.yaml');
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid spec');
  const launcher = { command: '/usr/bin/node', args: ['/opt/mcpctl/bin/mcpctl.cjs'], store: ['--backend', 'file'] };
  for (const client of ['claude-code', 'copilot', 'cursor', 'vscode'] as const) {
    const names = Object.keys(spec.servers ?? {}).filter((n) => client === 'claude-code' || n !== 'helped');
    const compiled = TARGETS[client].compile(spec, doc, names, { launcher });
    assert.equal(compiled.diagnostics, [], client);
    const entries = new Map<string, Value>([...compiled.servers].map(([n, e]: [string, Entry]) => [n, e]));
    const r = importJsonClient(client, entries, 'mcpServers');
    assert.equal(r.skipped, [], `${client}: ${JSON.stringify(r.notes)}`);
    for (const name of names) {
      const want = { ...spec.servers?.[name] };
      delete want.targets;
      assert.equal(r.servers.get(name)?.server, want, `${client} ${name}`);
    }
  }
});

test('merge: one entry with targets for the same server, kept apart when they differ (named by key, never by value)', () => {
  const a = one('claude-code', { type: 'stdio', command: 'npx', env: { T: TOKEN, L: '${L}' }, timeout: 9 });
  const b = one('copilot', { command: 'npx', env: { T: TOKEN, L: '${L}' } });
  const c = one('cursor', { command: 'npx', env: { T: OTHER, L: '${env:L}' } });
  const d = importJsonClient('vscode', new Map([['other', { type: 'http', url: 'https://o' }]]), 'servers');
  const m = mergeImports(
    [
      { client: 'claude-code', file: '/h/.claude.json', servers: a.servers },
      { client: 'copilot', file: '/h/.copilot/mcp-config.json', servers: b.servers },
      { client: 'cursor', file: '/h/.cursor/mcp.json', servers: c.servers },
      { client: 'vscode', file: '/p/.vscode/mcp.json', servers: d.servers },
    ],
    { 'claude-code': { scope: 'user' }, copilot: { scope: 'user' }, cursor: { scope: 'user' }, vscode: {} },
  );
  assert.equal(m.file.servers?.['srv'], {
    command: 'npx',
    env: { T: '${secret:srv/T}', L: '${env:L}' },
    targets: ['claude-code', 'copilot'],
    'claude-code': { timeout: 9 },
  });
  assert.equal(m.file.servers?.['other'], { url: 'https://o', targets: ['vscode'] });
  assert.equal(m.imported, [['srv'], ['srv'], [], ['other']]);
  assert.equal(m.apart, [[], [], ['srv'], []]);
  assert.equal(m.moves.length, 1);
  assert.match(m.notes[0]?.message ?? '', /in the value of the secret srv\/T: kept apart/);
  assert.not.ok(JSON.stringify(m.notes).includes(TOKEN) || JSON.stringify(m.notes).includes(OTHER));
  // the merged file is a valid mcp.yaml
  const { spec, diagnostics } = validate(loadYaml(JSON.stringify(m.file), 'mcp.yaml'), schema);
  assert.ok(spec, JSON.stringify(diagnostics));
});

test.run();
