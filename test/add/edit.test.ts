// The byte-exact edit of mcp.yaml: add inserts only the new server's lines (indentation, line breaks and
// blank-line spacing of the file), remove takes exactly those lines out again, and add-then-remove gives back
// the original bytes. fixtures/add/<case>/mcp.yaml ↔ expected.added.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addServer } from '../../src/core/edit/add-server.js';
import { removeServer } from '../../src/core/edit/remove-server.js';
import { McpctlError } from '../../src/core/errors.js';
import type { Server } from '../../src/core/generated/mcp-types.js';
import { ROOT } from '../helpers/cli.js';
import { assertGolden } from '../helpers/golden.js';

const fixture = (c: string) => join(ROOT, 'fixtures', 'add', c);
const read = (c: string) => readFileSync(join(fixture(c), 'mcp.yaml'), 'utf8');
const DEMO: Server = { template: 'demo@1.2.0', with: { root: '/srv/data', DEMO_TOKEN: '${secret:demo/token}' } };
const NOTES: Server = {
  command: 'uvx',
  args: ['notes-mcp==0.4.2', '--root', '/my docs'],
  env: { NOTES_TOKEN: '${secret:notes/token}', LOG: 'debug' },
};

for (const c of ['basic', 'four-spaces', 'flow-empty', 'no-servers']) {
  test(`${c}: add inserts only the new server (golden); the result parses to the old data plus it`, () => {
    const added = addServer(read(c), 'mcp.yaml', 'demo', DEMO);
    assertGolden(join(fixture(c), 'expected.added.yaml'), added.text);
  });
}

for (const c of ['basic', 'four-spaces', 'flow-empty']) {
  test(`${c}: add then remove gives back the original bytes (also CRLF, BOM, no final newline)`, () => {
    const original = read(c);
    const variants = {
      lf: original,
      crlf: original.split('\n').join('\r\n'),
      bom: `\uFEFF${original}`,
      'no final newline': original.replace(/\n$/, ''),
    };
    for (const [what, text] of Object.entries(variants)) {
      for (const [name, server] of [
        ['demo', DEMO],
        ['notes2', NOTES],
      ] as const) {
        const added = addServer(text, 'mcp.yaml', name, server);
        assert.ok(
          added.text.startsWith(text.slice(0, text.indexOf('servers:'))),
          `${what}: bytes before servers: kept`,
        );
        if (what === 'crlf')
          assert.not.match(added.text.replace(/\r\n/g, ''), /\n/, 'crlf: every new line break is CRLF');
        const removed = removeServer(added.text, 'mcp.yaml', name);
        assert.is(removed.text, text, `${c} ${what} ${name}`);
        assert.is(removed.block.trimEnd(), added.block.trimEnd());
      }
    }
  });
}

test('two servers added and removed in either order: the original again', () => {
  const original = read('basic');
  const two = addServer(addServer(original, 'mcp.yaml', 'a1', DEMO).text, 'mcp.yaml', 'a2', NOTES).text;
  assert.is(removeServer(removeServer(two, 'mcp.yaml', 'a2').text, 'mcp.yaml', 'a1').text, original);
  assert.is(removeServer(removeServer(two, 'mcp.yaml', 'a1').text, 'mcp.yaml', 'a2').text, original);
});

test('remove of a hand-written server: its lines and inner comments go, comments above it and the spacing stay', () => {
  const original = read('basic');
  const r = removeServer(original, 'mcp.yaml', 'memory');
  assert.is(
    r.block,
    '  memory:\n    command: npx\n    args:\n      - -y\n      - "@modelcontextprotocol/server-memory@2026.8.31"\n    # enabled_tools: [read_graph]\n',
  );
  assert.match(r.text, /  # The memory server keeps a knowledge graph\.\n\n  # Disabled until the token is rotated:/);
  const first = removeServer(original, 'mcp.yaml', 'notes');
  assert.match(
    first.text,
    /servers:\n  # Notes for the docs team; pinned on purpose\.\n\n  # The memory server keeps a knowledge graph\.\n  memory:/,
  );
  const plain = removeServer('version: 1\nservers:\n  a:\n    command: x\n\n  b:\n    command: y\n', 'mcp.yaml', 'a');
  assert.is(plain.text, 'version: 1\nservers:\n  b:\n    command: y\n');
});

test('removing the last server leaves servers: {}', () => {
  const once = addServer('version: 1\nservers:\n', 'mcp.yaml', 'x', NOTES);
  assert.is(removeServer(once.text, 'mcp.yaml', 'x').text, 'version: 1\nservers: {}\n');
});

test('a missing or empty file: a new document (with the schema modeline when the file is new)', () => {
  const created = addServer(null, 'mcp.yaml', 'demo', DEMO);
  assert.is(
    created.text,
    '# yaml-language-server: $schema=https://unpkg.com/mcpctl/schema/mcp.schema.json\nversion: 1\nservers:\n  demo:\n    template: demo@1.2.0\n    with:\n      root: /srv/data\n      DEMO_TOKEN: ${secret:demo/token}\n',
  );
  assert.is(
    addServer('# just a comment', 'mcp.yaml', 'demo', DEMO).text.split('\n').slice(0, 3).join('\n'),
    '# just a comment\nversion: 1\nservers:',
  );
});

test('refused: a name in use, a flow-style servers mapping, an unknown server to remove (with a suggestion)', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof McpctlError ? `${e.code} ${e.message} | ${e.hint ?? ''}` : String(e);
    }
    return 'no error';
  };
  assert.match(
    code(() => addServer(read('basic'), 'mcp.yaml', 'notes', DEMO)),
    /^E_NAME_IN_USE .*--name/,
  );
  // a name in use is a usage error wherever it is found (exit 2, as add's own check says)
  assert.throws(
    () => addServer(read('basic'), 'mcp.yaml', 'notes', DEMO),
    (e: unknown) => e instanceof McpctlError && e.exitCode === 2,
  );
  assert.match(
    code(() => addServer('version: 1\nservers: {a: {command: x}}\n', 'mcp.yaml', 'b', DEMO)),
    /^E_SHAPE .*flow style/,
  );
  assert.match(
    code(() => removeServer(read('basic'), 'mcp.yaml', 'memry')),
    /^E_NOT_FOUND .*did you mean "memory"/,
  );
});

test.run();
