// splice: only the ranges of edited servers change; add then delete gives back the same bytes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { McpctlError } from '../../src/core/errors.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import type { TargetDoc } from '../../src/core/toml/read-target.js';
import { renderServerBlock } from '../../src/core/toml/render.js';
import { splice } from '../../src/core/toml/splice.js';
import { getKey, isTable, tomlEqual } from '../../src/core/toml/value.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { assertGolden } from '../helpers/golden.js';
import { smolParse } from '../helpers/smol.js';
import { MANAGED, addEdits, deleteEdits, fixtureCases, fixturePath, readFixture } from '../helpers/toml-fixtures.js';

const doc = (text: string): TargetDoc => readTarget(text, 'c.toml');
const block = (name: string, value: TomlTable) => ({ name, block: renderServerBlock(name, value) });
const serversOf = (text: string): TomlTable => {
  const mcp = getKey(smolParse(text), 'mcp_servers');
  return isTable(mcp) ? mcp : {};
};
const withoutMcp = (t: TomlTable): TomlTable =>
  Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'mcp_servers'));

test('golden: adding the two managed servers to every fixture', () => {
  for (const name of fixtureCases()) {
    assertGolden(fixturePath(name, 'expected.toml'), splice(readTarget(readFixture(name), name), addEdits()));
  }
});

test('round trip on every fixture: add then delete gives back identical bytes (both, and each alone)', () => {
  for (const name of fixtureCases()) {
    const original = readFixture(name);
    const sets = [addEdits(), ...addEdits().map((e) => [e])];
    for (const adds of sets) {
      const added = splice(doc(original), adds);
      const dels = adds.map((e) => ({ name: e.name, block: null }));
      assert.fixture(splice(doc(added), dels), original, `${name}: ${adds.map((e) => e.name).join('+')}`);
    }
    // Several adds and deletes in a row stay stable too.
    const twice = splice(doc(splice(doc(splice(doc(original), addEdits())), deleteEdits())), addEdits());
    assert.fixture(twice, splice(doc(original), addEdits()), `${name}: add, delete, add`);
  }
});

test('property: an add inserts one run of bytes and the result reads as intended', () => {
  for (const name of fixtureCases()) {
    const original = readFixture(name);
    const before = doc(original);
    const result = splice(before, addEdits());
    let prefix = 0;
    while (prefix < original.length && original[prefix] === result[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < original.length - prefix &&
      original[original.length - 1 - suffix] === result[result.length - 1 - suffix]
    )
      suffix++;
    assert.is(prefix + suffix, original.length, `${name}: bytes of the original changed`);

    const after = doc(result);
    assert.ok(
      tomlEqual(withoutMcp(smolParse(result)), withoutMcp(smolParse(original))),
      `${name}: other settings changed`,
    );
    const mcp = serversOf(result);
    for (const { name: server, value } of MANAGED) {
      assert.ok(tomlEqual(getKey(mcp, server), value), `${name}: ${server} (smol-toml)`);
      assert.ok(tomlEqual(after.servers.get(server)?.value, value), `${name}: ${server} (readTarget)`);
      assert.is(after.servers.get(server)?.shape, 'tables');
    }
    for (const [server, s] of before.servers)
      assert.ok(tomlEqual(getKey(mcp, server), s.value), `${name}: ${server} changed`);
    if (before.eol === '\r\n') assert.not.match(result.replace(/\r\n/g, ''), '\n', `${name}: LF in a CRLF file`);
    assert.is(result.startsWith('\uFEFF'), before.bom, `${name}: BOM`);
    assert.is(/\n$/.test(result), original === '' || /\n$/.test(original), `${name}: final newline`);
  }
});

test('property: replacing any existing server in place keeps every other server and setting', () => {
  const replacement: TomlTable = { command: 'replaced', args: ['--new'], env: { NEW: '1' } };
  let count = 0;
  for (const name of fixtureCases()) {
    const original = readFixture(name);
    const before = doc(original);
    for (const [server, s] of before.servers) {
      if (s.shape === 'dotted') continue;
      const result = splice(before, [block(server, replacement)]);
      const mcp = serversOf(result);
      assert.ok(tomlEqual(getKey(mcp, server), replacement), `${name}: ${server}`);
      for (const [other, o] of before.servers)
        if (other !== server) assert.ok(tomlEqual(getKey(mcp, other), o.value), `${name}: ${other} changed`);
      assert.ok(
        tomlEqual(withoutMcp(smolParse(result)), withoutMcp(smolParse(original))),
        `${name}: other settings changed`,
      );
      assert.is(doc(result).servers.get(server)?.shape, 'tables');
      const first = Math.min(...s.ranges.map(([start]) => start));
      const last = Math.max(...s.ranges.map(([, end]) => end));
      if (s.shape === 'tables') {
        assert.ok(result.startsWith(original.slice(0, first)), `${name}: bytes before ${server} changed`);
        assert.ok(result.endsWith(original.slice(last)), `${name}: bytes after ${server} changed`);
      }
      count++;
    }
  }
  assert.ok(count >= 20, `only ${count} replacements tried`);
});

test('replace in place: interleaved tables stay, the old sub-table goes', () => {
  const text =
    '# mine\n[mcp_servers.a] # old\ncommand = "node"\n\n[tui]\nnotifications = true\n\n[mcp_servers.a.env]\nA = "1"\n# after\n';
  const result = splice(doc(text), [block('a', { command: 'deno', env: { B: '2' } })]);
  assert.is(
    result,
    '# mine\n[mcp_servers.a]\ncommand = "deno"\n\n[mcp_servers.a.env]\nB = "2"\n\n[tui]\nnotifications = true\n# after\n',
  );
});

test('replace in place in a CRLF file writes CRLF', () => {
  const text = 'x = 1\r\n\r\n[mcp_servers.a]\r\ncommand = "a"\r\n\r\n[tui]\r\n';
  const result = splice(doc(text), [block('a', { command: 'b', env: { K: 'v' } })]);
  assert.is(
    result,
    'x = 1\r\n\r\n[mcp_servers.a]\r\ncommand = "b"\r\n\r\n[mcp_servers.a.env]\r\nK = "v"\r\n\r\n[tui]\r\n',
  );
});

test('an inline server is removed from [mcp_servers] and written as a table with the new servers', () => {
  const text = '[mcp_servers]\nmem = { command = "old" }\nkeep = { command = "k" }\n\n[tui]\nx = 1\n';
  const result = splice(doc(text), [block('mem', { command: 'new' }), block('fresh', { url: 'https://f' })]);
  assert.is(
    result,
    '[mcp_servers]\nkeep = { command = "k" }\n\n[mcp_servers.mem]\ncommand = "new"\n\n[mcp_servers.fresh]\nurl = "https://f"\n\n[tui]\nx = 1\n',
  );
  const topLevel = 'mcp_servers.a = { command = "old" }\nmodel = "o3"\n\n[tui]\n';
  assert.is(
    splice(doc(topLevel), [block('a', { command: 'new' })]),
    'model = "o3"\n\n[mcp_servers.a]\ncommand = "new"\n\n[tui]\n',
  );
});

test('new servers go after the last server, not after comments that lead into the next table', () => {
  const text = '[mcp_servers.a]\ncommand = "a"\n\n# terminal UI\n[tui]\nx = 1\n';
  assert.is(
    splice(doc(text), [block('b', { command: 'b' })]),
    '[mcp_servers.a]\ncommand = "a"\n\n[mcp_servers.b]\ncommand = "b"\n\n# terminal UI\n[tui]\nx = 1\n',
  );
});

test('commented-out keys below the last server stay with it; comments leading into a table stay with that', () => {
  const text = '[mcp_servers.a]\ncommand = "a"\n# args = ["--old"]\n  # cwd = "/x"\n\n# terminal UI\n[tui]\n';
  assert.is(
    splice(doc(text), [block('b', { command: 'b' })]),
    '[mcp_servers.a]\ncommand = "a"\n# args = ["--old"]\n  # cwd = "/x"\n\n[mcp_servers.b]\ncommand = "b"\n\n# terminal UI\n[tui]\n',
  );
  const crlf = '[mcp_servers]\r\n# add servers below\r\n';
  assert.is(
    splice(doc(crlf), [block('b', { command: 'b' })]),
    '[mcp_servers]\r\n# add servers below\r\n\r\n[mcp_servers.b]\r\ncommand = "b"\r\n',
  );
});

test('deleting a hand-written server removes its lines and the blank line before them', () => {
  const text = 'model = "o3"\n\n[mcp_servers.a]\ncommand = "a"\n\n[mcp_servers.a.env]\nK = "v"\n\n[tui]\nx = 1\n';
  assert.is(splice(doc(text), [{ name: 'a', block: null }]), 'model = "o3"\n\n[tui]\nx = 1\n');
  const first = '[mcp_servers.a]\ncommand = "a"\n\n[tui]\nx = 1\n';
  assert.is(splice(doc(first), [{ name: 'a', block: null }]), '[tui]\nx = 1\n');
  const only = '\uFEFF[mcp_servers.a]\r\ncommand = "a"\r\n';
  assert.is(splice(doc(only), [{ name: 'a', block: null }]), '\uFEFF');
});

test('deleting a server that is not there changes nothing; editing one twice is refused', () => {
  const text = readFixture('basic');
  assert.is(splice(doc(text), [{ name: 'absent', block: null }]), text);
  const err = errorOf(() =>
    splice(doc(text), [
      { name: 'x', block: null },
      { name: 'x', block: null },
    ]),
  );
  assert.is(err.code, 'E_INPUT');
});

function errorOf(fn: () => unknown): McpctlError {
  try {
    fn();
  } catch (err) {
    if (err instanceof McpctlError) return err;
    throw err;
  }
  throw new Error('expected an McpctlError');
}

test('a dotted server is never rewritten: E_SHAPE naming it and where it is', () => {
  for (const [fixture, line, col] of [
    ['dotted-server', 2, 1],
    ['dotted-in-table', 2, 1],
  ] as const) {
    const d = readTarget(readFixture(fixture), `${fixture}/config.toml`);
    for (const edit of [block('dot', { command: 'x' }), { name: 'dot', block: null }]) {
      const err = errorOf(() => splice(d, [edit]));
      assert.is(err.code, 'E_SHAPE');
      assert.equal(err.where, { file: `${fixture}/config.toml`, line, col });
      assert.match(err.message, `server "dot" in ${fixture}/config.toml:${line}:${col}`);
      assert.match(err.hint ?? '', '[mcp_servers.dot] table');
    }
    // Other servers in the same file can still be added and changed.
    assert.ok(splice(d, addEdits()).length > d.text.length);
  }
});

test('mcp_servers = { ... } can only be replaced as a whole', () => {
  const text = 'model = "o3"\nmcp_servers = { a = { command = "a" }, b = { command = "b" } }\n\n[tui]\n';
  const d = doc(text);
  for (const edits of [
    [block('a', { command: 'x' })],
    [block('new', { command: 'n' })],
    [{ name: 'b', block: null }],
  ]) {
    const err = errorOf(() => splice(d, edits));
    assert.is(err.code, 'E_SHAPE');
    assert.equal([err.where?.line, err.where?.col], [2, 1]);
  }
  const all = splice(d, [block('a', { command: 'x' }), { name: 'b', block: null }]);
  assert.is(all, 'model = "o3"\n\n[mcp_servers.a]\ncommand = "x"\n\n[tui]\n');
  assert.is(errorOf(() => splice(doc('mcp_servers = {}\n'), [block('n', { command: 'n' })])).code, 'E_SHAPE');
});

test('a file without a final newline keeps it that way; an empty file gets one', () => {
  assert.is(
    splice(doc('model = "o3"'), [block('a', { command: 'a' })]),
    'model = "o3"\n\n[mcp_servers.a]\ncommand = "a"',
  );
  assert.is(splice(doc(''), [block('a', { command: 'a' })]), '[mcp_servers.a]\ncommand = "a"\n');
  assert.is(splice(doc('# c\n'), [block('a', { command: 'a' })]), '# c\n\n[mcp_servers.a]\ncommand = "a"\n');
});

test.run();
