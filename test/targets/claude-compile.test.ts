// The Claude Code compile: each kind of value in Claude's own syntax, in the key order Claude writes
// (type, command, args, env / type, url, headers), secrets through mcpctl's launcher or headersHelper, and
// every key it cannot express an E_REF naming Claude Code, the server, the fix and mcp.yaml's line:col.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadYaml } from '../../src/core/load.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { validate } from '../../src/core/validate.js';
import { claudeTarget } from '../../src/core/targets/claude-code/index.js';
import type { Launcher } from '../../src/core/compile/codex.js';

const LAUNCHER: Launcher = { command: '/usr/bin/node', args: ['/opt/mcpctl.cjs'], store: ['--backend', 'file'] };

function compile(servers: string, launcher: Launcher | null = LAUNCHER) {
  const text = `version: 1\ntargets:\n  claude-code: {scope: user}\nservers:\n${servers}`;
  const doc = loadYaml(text, '/p/mcp.yaml');
  const v = validate(doc, schema);
  assert.equal(v.diagnostics, [], JSON.stringify(v.diagnostics));
  if (!v.spec) throw new Error('invalid spec');
  return claudeTarget.compile(v.spec, doc, Object.keys(v.spec.servers ?? {}), { launcher: launcher ?? undefined });
}

test('stdio and http entries in Claude key order, references in its syntax, secrets never in a value', () => {
  const c = compile(
    [
      '  s:',
      '    command: run',
      '    args: ["--a", "${env:ARG}"]',
      '    env: {LIT: x, E: "${env:X}", D: "${env:Y | value:d}", S: "${secret:t/k}"}',
      '  h:',
      '    url: https://h.example/mcp',
      '    headers: {X-Lit: v, X-Env: "Bearer ${env:TOK}", Authorization: "Bearer ${secret:t/k}"}',
      '  plain:',
      '    command: run',
      '',
    ].join('\n'),
  );
  assert.equal(c.diagnostics, []);
  const s = c.servers.get('s');
  assert.equal(Object.keys(s ?? {}), ['type', 'command', 'args', 'env']);
  assert.equal(s, {
    type: 'stdio',
    command: '/usr/bin/node',
    args: [
      '/opt/mcpctl.cjs',
      'exec',
      '--server',
      's',
      '--backend',
      'file',
      '--env',
      'S=${secret:t/k}',
      '--',
      'run',
      '--a',
      '${ARG}',
    ],
    env: { LIT: 'x', E: '${X}', D: '${Y:-d}' },
  });
  const h = c.servers.get('h');
  assert.equal(Object.keys(h ?? {}), ['type', 'url', 'headers', 'headersHelper']);
  assert.equal(h?.['headers'], { 'X-Lit': 'v', 'X-Env': 'Bearer ${TOK}' });
  assert.is(
    h?.['headersHelper'],
    "/usr/bin/node /opt/mcpctl.cjs headers --server h --backend file --header 'Authorization=Bearer ${secret:t/k}'",
  );
  // Claude itself writes env: {} for a server without env; the entry says the same as Claude's own
  assert.equal(c.servers.get('plain'), { type: 'stdio', command: 'run', args: [], env: {} });
});

/** One refused key: the E_REF names Claude Code, the server, the fix, and where in mcp.yaml it is. */
function refused(servers: string, line: number, col: number, what: RegExp, fix: RegExp, launcher?: Launcher | null) {
  const c = compile(servers, launcher === undefined ? LAUNCHER : launcher);
  const d = c.diagnostics.find((x) => x.severity === 'error');
  assert.ok(d, `no error among ${JSON.stringify(c.diagnostics)}`);
  if (!d) return;
  assert.is(d.code, 'E_REF');
  assert.match(d.message, /^server "s": /);
  assert.match(d.message, /cannot be written for Claude Code$/);
  assert.match(d.message, what);
  assert.match(d.hint ?? '', fix);
  assert.equal([d.file, d.line, d.col], ['/p/mcp.yaml', line, col]);
  assert.not.ok(c.servers.has('s') && c.diagnostics.every((x) => x.severity !== 'error'));
}

test('cwd: refused (Claude starts servers in its own folder), at its line:col', () => {
  refused('  s:\n    command: run\n    cwd: /srv/app\n', 7, 10, /cwd/, /remove cwd, or leave Claude Code out/);
});

test('enabled_tools and disabled_tools: refused (dropping a filter would expose tools)', () => {
  refused(
    '  s:\n    command: run\n    enabled_tools: [a]\n',
    7,
    20,
    /enabled_tools/,
    /Claude Code cannot limit a server's tools in its file, and without the limit it would offer every tool: .*leave Claude Code out of this server's targets/,
  );
  refused(
    '  s:\n    url: https://h.example/mcp\n    disabled_tools: [a]\n',
    7,
    21,
    /disabled_tools/,
    /Claude Code cannot hide a server's tools/,
  );
});

test('a literal ${NAME} (written $${NAME}) Claude would expand even in the launcher line: it goes percent-encoded', () => {
  const c = compile('  s:\n    command: run\n    env: {A: "${secret:t/k}", B: "a$${HOME}b"}\n');
  assert.equal(c.diagnostics, []);
  const args = c.servers.get('s')?.['args'];
  assert.ok(Array.isArray(args));
  const words = Array.isArray(args) ? args.map(String) : [];
  assert.ok(words.includes('--encoded'), JSON.stringify(words));
  // nothing Claude reads as ${NAME} is left in the line; the launcher decodes %24 back to "$"
  assert.not.ok(
    words.some((w) => /\$\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?\}/.test(w)),
    JSON.stringify(words),
  );
  assert.ok(words.includes('B=a%24%24{HOME}b'), JSON.stringify(words));
  const argv = compile('  s:\n    command: run\n    args: ["$${HOME}"]\n').servers.get('s')?.['args'];
  assert.ok(Array.isArray(argv) && argv.includes('--encoded') && argv.includes('%24%24{HOME}'), JSON.stringify(argv));
  // a literal that is not Claude's syntax is written as it is
  const plain = compile('  s:\n    command: run\n    args: ["$${secret:x}", "$${1}"]\n');
  assert.equal(plain.diagnostics, []);
  assert.equal(plain.servers.get('s')?.['args'], ['${secret:x}', '${1}']);
});

test('a secret with no launcher available: refused, naming what can resolve it', () => {
  refused(
    '  s:\n    command: run\n    env: {S: "${secret:t/k}"}\n',
    7,
    14,
    /env S = "\$\{secret:t\/k\}"/,
    /mcpctl's launcher can, but it is not available here/,
    null,
  );
  refused(
    '  s:\n    url: https://h.example/mcp\n    headers: {A: "${secret:t/k}"}\n',
    7,
    18,
    /header A/,
    /use an environment variable \(\$\{env:NAME\}/,
    null,
  );
});

test('server names: mcp.yaml allows exactly what Claude accepts ([A-Za-z0-9_-]); anything else is a schema error', () => {
  for (const bad of ['bad.name', 'a/b', 'Üml', 'sp ace']) {
    const doc = loadYaml(`version: 1\nservers:\n  "${bad}": {command: x}\n`, 'mcp.yaml');
    const v = validate(doc, schema);
    assert.ok(v.diagnostics.length > 0, bad);
    assert.equal([v.diagnostics[0]?.line, v.diagnostics[0]?.col], [3, 3], bad);
  }
  assert.equal(
    validate(loadYaml('version: 1\nservers:\n  ok_Name-9: {command: x}\n', 'mcp.yaml'), schema).diagnostics,
    [],
  );
});

test.run();
