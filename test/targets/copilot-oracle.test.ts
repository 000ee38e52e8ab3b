// mcpctl apply → the real Copilot CLI (1.0.102): every key mcpctl writes, read back with `copilot mcp get/list
// --json`, is what mcp.yaml means; what Copilot cannot express is refused before anything is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bridgeOf } from '../../src/core/import-launcher.js';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';
import { copilotCache, copilotGet, copilotList, entryOnly } from '../helpers/copilot.js';

const CACHE = copilotCache();
const SECRET = 'pat-7f3a9c1e5b2d8046'; // a test value: it must appear in no file we write

function project(yaml: string): { home: string; dir: string; env: Record<string, string> } {
  const home = tempDir('mcpctl-copilot-home-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  writeFileSync(join(dir, 'mcp.yaml'), yaml);
  return { home, dir, env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' } };
}

const SERVERS = `servers:
  lit:
    command: node
    args: ["/srv/x.js", "a b", "--flag"]
    env: {A: "1", B: "two words"}
    cwd: /tmp
    enabled_tools: [t1, t2]
    copilot: {timeout: 5000}
  refs:
    command: node
    args: ["--token=\${env:TOKEN}", "\${env:MODE | value:fast}"]
    env: {TOK: "\${env:TOKEN}", LEVEL: "\${env:LEVEL | value:info}"}
  sec:
    command: node
    args: ["/srv/s.js"]
    env: {GITHUB_TOKEN: "\${secret:gh/pat}"}
  web:
    url: https://mcp.example.invalid/mcp
    headers: {Authorization: "Bearer \${env:TOKEN}", X-Team: core}
    enabled_tools: [search]
`;

function expectEntries(list: Record<string, Record<string, unknown>>, where: string): void {
  assert.equal(entryOnly(list['lit']), {
    type: 'stdio',
    command: 'node',
    args: ['/srv/x.js', 'a b', '--flag'],
    env: { A: '1', B: 'two words' },
    cwd: '/tmp',
    tools: ['t1', 't2'],
    timeout: 5000,
  });
  // ${env:X} is Copilot's ${X}; a fallback is ${X:-d} (Copilot leaves ${env:X} as text: measured)
  assert.equal(entryOnly(list['refs']), {
    type: 'stdio',
    command: 'node',
    args: ['--token=${TOKEN}', '${MODE:-fast}'],
    env: { TOK: '${TOKEN}', LEVEL: '${LEVEL:-info}' },
    tools: ['*'],
  });
  const sec = entryOnly(list['sec']);
  assert.ok(sec, `sec is read by Copilot (${where})`);
  assert.is(sec['command'], process.execPath);
  const args = sec['args'];
  assert.ok(Array.isArray(args));
  assert.equal(args.slice(0, 4), [BIN, 'exec', '--server', 'sec']);
  assert.ok(args.includes('GITHUB_TOKEN=${secret:gh/pat}'), JSON.stringify(args));
  assert.equal(args.slice(args.indexOf('--')), ['--', 'node', '/srv/s.js']);
  assert.equal(sec['env'], {});
  assert.equal(entryOnly(list['web']), {
    type: 'http',
    url: 'https://mcp.example.invalid/mcp',
    headers: { Authorization: 'Bearer ${TOKEN}', 'X-Team': 'core' },
    tools: ['search'],
  });
}

function setSecret(p: { dir: string; env: Record<string, string> }): void {
  const set = mcpctl(['secret', 'set', 'gh/pat'], { cwd: p.dir, env: p.env, input: `${SECRET}\n` });
  assert.is(set.code, 0, set.stderr);
}

test('user scope: ~/.copilot/mcp-config.json holds what mcp.yaml means, as Copilot reads it', () => {
  const p = project(`version: 1\ntargets:\n  copilot: {scope: user}\n${SERVERS}`);
  setSecret(p);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  const file = join(p.home, '.copilot', 'mcp-config.json');
  const text = readFileSync(file, 'utf8');
  assert.not.ok(text.includes(SECRET), 'the secret value is in the file');
  const o = { home: p.home, cwd: p.dir, cache: CACHE };
  expectEntries(copilotList(o), 'list');
  // get --json reads the same entry, one server at a time
  assert.equal(entryOnly(copilotGet('lit', o)), entryOnly(copilotList(o)['lit']));
  assert.is(copilotList(o)['web']?.['source'], 'user');
});

test('user scope with COPILOT_HOME: the file moves, and Copilot reads it there', () => {
  const p = project(`version: 1\ntargets:\n  copilot: {scope: user}\n${SERVERS}`);
  setSecret(p);
  const moved = join(p.home, 'elsewhere');
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: { ...p.env, COPILOT_HOME: moved } });
  assert.is(apply.code, 0, apply.stderr);
  assert.ok(existsSync(join(moved, 'mcp-config.json')));
  assert.not.ok(existsSync(join(p.home, '.copilot', 'mcp-config.json')), '~/.copilot was written too');
  expectEntries(copilotList({ home: p.home, cwd: p.dir, cache: CACHE, env: { COPILOT_HOME: moved } }), 'moved');
  assert.equal(copilotList({ home: p.home, cwd: p.dir, cache: CACHE }), {}, 'Copilot without COPILOT_HOME');
});

test('project scope: .mcp.json beside mcp.yaml, read by Copilot as a workspace file in a trusted folder', () => {
  // the same servers but `lit`: cwd and a tools list are Copilot-only, fine in a .mcp.json only Copilot is given
  const p = project(`version: 1\ntargets:\n  copilot: {scope: project}\n${SERVERS}`);
  setSecret(p);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  const text = readFileSync(join(p.dir, '.mcp.json'), 'utf8');
  assert.not.ok(text.includes(SECRET));
  assert.not.ok(existsSync(join(p.home, '.copilot', 'mcp-config.json')));
  const list = copilotList({ home: p.home, cwd: p.dir, cache: CACHE, env: { COPILOT_ALLOW_ALL: 'true' } });
  expectEntries(list, 'workspace');
  assert.is(list['lit']?.['source'], 'workspace');
});

test('a ${secret:} in an http header: Copilot gets the server as mcpctl proxy, and reads it back as a local server', () => {
  const p = project(
    `version: 1\ntargets:\n  copilot: {scope: user}\nservers:\n  api:\n    url: https://a.example.invalid/mcp\n    headers:\n      Authorization: "Bearer \${secret:api/token}"\n`,
  );
  // the secret is read when Copilot starts the bridge: apply refuses while the store does not hold it
  const refused = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /E_SECRET_MISSING/);
  assert.not.ok(existsSync(join(p.home, '.copilot')));
  assert.is(mcpctl(['secret', 'set', 'api/token'], { cwd: p.dir, env: p.env, input: SECRET }).code, 0);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  assert.not.ok(readFileSync(join(p.home, '.copilot', 'mcp-config.json'), 'utf8').includes(SECRET));
  const api = copilotList({ home: p.home, cwd: p.dir, cache: CACHE })['api'] ?? {};
  assert.is(api['command'], process.execPath);
  const args = Array.isArray(api['args']) ? api['args'].map(String) : [];
  assert.equal(bridgeOf({ command: String(api['command']), args })?.headers, [
    ['Authorization', 'Bearer ${secret:api/token}'],
  ]);
});

test('a literal "$HOME" reaches the launcher percent-encoded, since Copilot would expand it even there', () => {
  // Copilot expands $NAME and ${NAME} in args and env, with no escape ($$NAME and \\$NAME expand too: measured)
  const yaml = `version: 1\ntargets:\n  copilot: {scope: user}\nservers:\n  lit:\n    command: node\n    args: ["$HOME/x.js", "$\${PATH}"]\n  sec:\n    command: node\n    env: {T: "$USER-\${secret:gh/pat}"}\n  ok:\n    command: node\n    args: ["cost: 5$", "\${env:HOME}/x.js"]\n`;
  const price = `  price:\n    url: https://p.example.invalid/mcp\n    headers: {X-Price: "cost$USD"}\n`;
  const p = project(`${yaml}${price}`);
  // in a local server it goes through the launcher, encoded so that Copilot finds no variable in it; in a
  // header, through the bridge, encoded the same way
  // (without the server whose secret this store does not hold: apply would refuse it)
  writeFileSync(join(p.dir, 'mcp.yaml'), yaml.replace(/  sec:\n.*\n.*\n/, '') + price);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  const list = copilotList({ home: p.home, cwd: p.dir, cache: CACHE });
  const args = (name: string) => {
    const e = list[name];
    return e && Array.isArray(e['args']) ? e['args'].map(String) : [];
  };
  for (const name of ['lit', 'price']) {
    assert.ok(args(name).includes('--encoded'), `${name}: ${JSON.stringify(args(name))}`);
    assert.not.ok(
      args(name).some((a) => /\$[A-Za-z_{]/.test(a)),
      `${name} holds text Copilot expands: ${JSON.stringify(args(name))}`,
    );
  }
  assert.ok(args('lit').includes('%24HOME/x.js'), JSON.stringify(args('lit')));
  assert.equal(bridgeOf({ command: 'node', args: args('price') })?.headers, [['X-Price', 'cost$USD']]);
  assert.equal(args('ok'), ['cost: 5$', '${HOME}/x.js']);
});

test("Copilot's user file keeps its comments through apply, and Copilot still reads it", () => {
  const p = project(
    `version: 1\ntargets:\n  copilot: {scope: user}\nservers:\n  added:\n    command: node\n    args: [a.js]\n`,
  );
  const file = join(p.home, '.copilot', 'mcp-config.json');
  mkdirSync(join(p.home, '.copilot'));
  const before =
    '// my Copilot servers\n{\n  "mcpServers": {\n    /* hand-made */\n    "mine": {"command": "node", "args": ["m.js"]}, // keep\n  },\n}\n';
  writeFileSync(file, before);
  const apply = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(apply.code, 0, apply.stderr);
  const after = readFileSync(file, 'utf8');
  for (const kept of [
    '// my Copilot servers\n',
    '/* hand-made */',
    '"mine": {"command": "node", "args": ["m.js"]}, // keep',
  ])
    assert.ok(after.includes(kept), `lost ${JSON.stringify(kept)}:\n${after}`);
  const list = copilotList({ home: p.home, cwd: p.dir, cache: CACHE });
  assert.equal(Object.keys(list).sort(), ['added', 'mine']);
  assert.equal(entryOnly(list['added']), { type: 'stdio', command: 'node', args: ['a.js'], env: {}, tools: ['*'] });
  // and removing the server again gives back the original bytes
  writeFileSync(join(p.dir, 'mcp.yaml'), 'version: 1\ntargets:\n  copilot: {scope: user}\nservers: {}\n');
  const again = mcpctl(['apply', '--yes'], { cwd: p.dir, env: p.env });
  assert.is(again.code, 0, again.stderr);
  assert.is(readFileSync(file, 'utf8'), before);
});

test.run();
