// editEntries on every messy fixture: golden results, add-then-remove gives back the bytes, each edit
// touches only its entry's bytes, inserted text follows the file's indentation and line breaks.
import { getNodeValue, parseTree, visit } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findContainer, propertiesOf } from '../../src/core/json/container.js';
import { editEntries } from '../../src/core/json/edit-entries.js';
import { entriesAt } from '../../src/core/json/entries.js';
import { readJson } from '../../src/core/json/read-json.js';
import { jsonEqual } from '../../src/core/json/value.js';
import type { EntryEdit, JsonObject, JsonValue } from '../../src/core/json/value.js';
import { assertGolden } from '../helpers/golden.js';
import {
  addEdits,
  docOf,
  fixturePath,
  jsonCases,
  keepsOutside,
  MANAGED,
  removeEdits,
  toJson,
  unchangedEnds,
} from '../helpers/json-fixtures.js';
import type { JsonCase } from '../helpers/json-fixtures.js';

/** Whether `after` is `before` with text inserted and nothing removed (before is a subsequence of after). */
function onlyInserts(before: string, after: string): boolean {
  let i = 0;
  for (let j = 0; j < after.length && i < before.length; j++) if (after[j] === before[i]) i++;
  return i === before.length;
}

const REPLACED: JsonObject = { command: 'replaced', args: ['--v2'] };

/** The fixed script of the golden files: both managed entries added, the first entry replaced, the second removed. */
function script(c: JsonCase): EntryEdit[] {
  const names = [...entriesAt(docOf(c), c.path).keys()];
  const edits = addEdits();
  if (names[0] !== undefined) edits.push({ name: names[0], entry: REPLACED });
  if (names[1] !== undefined) edits.push({ name: names[1], entry: null });
  return edits;
}

/** The value jsonc-parser's tree holds (JSON.parse agrees, for a strict file). */
function parsed(c: JsonCase, text: string): JsonValue {
  const body = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, {
    allowTrailingComma: c.comments,
    disallowComments: !c.comments,
    allowEmptyContent: true,
  });
  // getNodeValue, not parse(): parse() sets a "__proto__" key as the prototype
  const value = tree === undefined ? {} : toJson(getNodeValue(tree));
  assert.equal(errors, [], `${c.name}: jsonc-parser reports errors in ${JSON.stringify(text)}`);
  if (!c.comments && body.trim() !== '')
    assert.ok(jsonEqual(toJson(JSON.parse(body)), value), `${c.name}: JSON.parse differs`);
  return value;
}

function withoutPath(value: JsonValue, path: readonly string[]): JsonValue {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: JsonObject = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (v === undefined) continue;
    if (k !== head) Object.defineProperty(out, k, { value: v, enumerable: true });
    else if (rest.length > 0) Object.defineProperty(out, k, { value: withoutPath(v, rest), enumerable: true });
  }
  return out;
}

const containerExists = (c: JsonCase): boolean => findContainer(docOf(c), c.path).node !== undefined;

test('golden: the script on every fixture', () => {
  for (const c of jsonCases())
    assertGolden(fixturePath(c.name, 'expected.json'), editEntries(docOf(c), c.path, script(c)));
});

test('every result reads back as exactly the intended entries; every other key keeps its value', () => {
  for (const c of jsonCases()) {
    const before = entriesAt(docOf(c), c.path);
    const result = editEntries(docOf(c), c.path, script(c));
    const after = entriesAt(docOf(c, result), c.path);
    const names = [...before.keys()];
    const expected = new Map<string, JsonObject>();
    for (const [n, e] of before) if (n !== names[1]) expected.set(n, n === names[0] ? REPLACED : e.value);
    for (const m of MANAGED) expected.set(m.name, m.entry);
    assert.equal([...after.keys()], [...expected.keys()], `${c.name}: names or their order`);
    for (const [n, e] of expected) assert.ok(jsonEqual(after.get(n)?.value, e), `${c.name}: ${n}`);
    assert.ok(jsonEqual(withoutPath(parsed(c, result), c.path), withoutPath(parsed(c, c.text), c.path)), c.name);
  }
});

test('add then remove gives back the original bytes (both, each alone, and again after a round)', () => {
  for (const c of jsonCases().filter(containerExists)) {
    for (const adds of [addEdits(), ...addEdits().map((e) => [e])]) {
      const added = editEntries(docOf(c), c.path, adds);
      const removed = editEntries(
        docOf(c, added),
        c.path,
        adds.map((e) => ({ name: e.name, entry: null })),
      );
      assert.fixture(removed, c.text, `${c.name}: ${adds.map((e) => e.name).join('+')}`);
    }
    // one at a time, in the other order
    const added = editEntries(docOf(c), c.path, addEdits());
    let text = added;
    for (const e of removeEdits().reverse()) text = editEntries(docOf(c, text), c.path, [e]);
    assert.fixture(text, c.text, `${c.name}: removed one by one`);
    // replace then restore
    const first = [...entriesAt(docOf(c), c.path)][0];
    if (first) {
      const replaced = editEntries(docOf(c), c.path, [{ name: first[0], entry: REPLACED }]);
      assert.ok(replaced !== c.text, c.name);
    }
  }
});

test('a container the add created stays as {} after the remove, and from then on add then remove is exact', () => {
  const created = jsonCases().filter((c) => !containerExists(c));
  assert.equal(
    created.map((c) => c.name),
    ['comment-only-file', 'empty-file', 'empty-object'],
  );
  const expected: Record<string, string> = {
    'comment-only-file': '// no servers yet\n{\n  "servers": {}\n}\n',
    'empty-file': '{\n  "mcpServers": {}\n}\n',
    'empty-object': '{\n  "mcpServers": {}\n}',
  };
  for (const c of created) {
    const added = editEntries(docOf(c), c.path, addEdits());
    const left = editEntries(docOf(c, added), c.path, removeEdits());
    assert.fixture(left, expected[c.name] ?? '', c.name);
    const again = editEntries(docOf(c, left), c.path, addEdits());
    assert.fixture(editEntries(docOf(c, again), c.path, removeEdits()), left, `${c.name}: second round`);
  }
});

test('each edit touches only its own bytes', () => {
  for (const c of jsonCases().filter(containerExists)) {
    const doc = docOf(c);
    const node = findContainer(doc, c.path).node;
    if (node === undefined) continue;
    const open = node.offset;
    const close = node.offset + node.length - 1;
    const props = propertiesOf(node);
    // add: nothing before the last entry's end, nothing from the container's "}" on, nothing removed
    const added = editEntries(doc, c.path, addEdits());
    const last = props[props.length - 1];
    const lastEnd = last ? last.prop.offset + last.prop.length : open + 1;
    assert.ok(keepsOutside(c.text, added, lastEnd, close), `${c.name}: add changed bytes outside the container's end`);
    assert.ok(onlyInserts(c.text, added), `${c.name}: add removed or changed bytes`);
    props.forEach(({ key, value }, i) => {
      const name = String(key.value);
      const replaced = editEntries(doc, c.path, [{ name, entry: REPLACED }]);
      assert.ok(
        keepsOutside(c.text, replaced, value.offset, value.offset + value.length),
        `${c.name}: replace ${name}`,
      );
      // remove: only between the neighbours
      const prev = props[i - 1];
      const next = props[i + 1];
      const lo = prev ? prev.prop.offset + prev.prop.length : open + 1;
      const hi = next ? next.prop.offset : close;
      const removed = editEntries(doc, c.path, [{ name, entry: null }]);
      assert.ok(keepsOutside(c.text, removed, lo, hi), `${c.name}: remove ${name}`);
    });
  }
});

test('inserted text follows the file: line breaks, indentation unit, no comment added', () => {
  for (const c of jsonCases()) {
    const doc = docOf(c);
    const result = editEntries(doc, c.path, addEdits());
    if (doc.eol === '\r\n') assert.not.match(result, /[^\r]\n/, `${c.name}: a bare LF in a CRLF file`);
    else assert.not.match(result, /\r/, `${c.name}: a CR in an LF file`);
    const count = (t: string) => {
      let n = 0;
      visit(t.replace(/^\uFEFF/, ''), { onComment: () => void n++ }, { disallowComments: false });
      return n;
    };
    assert.is(count(result), count(c.text), `${c.name}: comments`);
    assert.is(result.startsWith('\uFEFF'), doc.bom, `${c.name}: BOM`);
    assert.is(result.endsWith('\n'), c.text === '' || doc.finalNewline, `${c.name}: final newline`);
    const managed = result.slice(result.indexOf('"mcpctl-stdio"'));
    const indents = managed.split(/\r?\n/).map((l) => /^[ \t]*/.exec(l)?.[0] ?? '');
    if (doc.indent.insertSpaces)
      assert.ok(
        indents.every((i) => !i.includes('\t')),
        `${c.name}: tab`,
      );
    else
      assert.ok(
        indents.every((i) => !i.includes(' ')),
        `${c.name}: space in a tab file`,
      );
  }
  const four = jsonCases().find((c) => c.name === 'indent-4');
  if (!four) throw new Error('indent-4 fixture');
  const lines = editEntries(docOf(four), four.path, addEdits()).split('\n');
  assert.ok(
    lines.every((l) => (/^ */.exec(l)?.[0].length ?? 0) % 4 === 0),
    'indent-4: multiples of 4',
  );
  assert.ok(lines.includes('        "mcpctl-http": {'), 'indent-4: entry at the siblings indentation');
});

test('a replaced entry stays where it was; a new one goes last; the last edit of a name wins', () => {
  const c = {
    text: '{\n  "mcpServers": {\n    "a": {"command": "a"},\n    "b": {"command": "b"}\n  }\n}\n',
    comments: false,
  };
  const result = editEntries(
    docOf(c),
    ['mcpServers'],
    [
      { name: 'new', entry: { url: 'https://n' } },
      { name: 'a', entry: { command: 'A' } },
      { name: 'b', entry: null },
      { name: 'b', entry: { command: 'B' } },
    ],
  );
  assert.fixture(
    result,
    '{\n  "mcpServers": {\n    "a": {\n      "command": "A"\n    },\n    "b": {\n      "command": "B"\n    },\n    "new": {\n      "url": "https://n"\n    }\n  }\n}\n',
  );
});

test('removing what is not there, or only removing from a missing container, changes nothing', () => {
  for (const c of jsonCases()) {
    assert.is(editEntries(docOf(c), c.path, [{ name: 'not-there', entry: null }]), c.text, c.name);
    assert.is(editEntries(docOf(c), c.path, []), c.text, c.name);
  }
  const doc = readJson('{"other": 1}', 'f.json', { comments: false });
  assert.is(editEntries(doc, ['mcpServers'], removeEdits()), '{"other": 1}');
});

test('removing every entry leaves the container as {}', () => {
  for (const c of jsonCases().filter(containerExists)) {
    const names = [...entriesAt(docOf(c), c.path).keys()];
    const result = editEntries(
      docOf(c),
      c.path,
      names.map((name) => ({ name, entry: null })),
    );
    assert.is(entriesAt(docOf(c, result), c.path).size, 0, c.name);
    parsed(c, result);
  }
  const doc = readJson('{\n  "mcpServers": {\n    "a": {},\n    "b": {}\n  },\n  "x": 1\n}', 'f.json', {
    comments: false,
  });
  assert.is(
    editEntries(
      doc,
      ['mcpServers'],
      [
        { name: 'a', entry: null },
        { name: 'b', entry: null },
      ],
    ),
    '{\n  "mcpServers": {},\n  "x": 1\n}',
  );
});

test('missing containers on a longer path are created at the end of the deepest object there', () => {
  const c = jsonCases().find((x) => x.name === 'claude-local');
  if (!c) throw new Error('claude-local fixture');
  const path = ['projects', '/home/dev/new', 'mcpServers'];
  const result = editEntries(docOf(c), path, [MANAGED[1] ?? { name: 'x', entry: {} }]);
  const { prefix, suffix } = unchangedEnds(c.text, result);
  assert.ok(c.text.slice(prefix, c.text.length - suffix).trim() === '', 'only an insertion');
  assert.match(result, '    },\n    "/home/dev/new": {\n      "mcpServers": {\n        "mcpctl-http": {\n');
  assert.equal([...entriesAt(docOf(c, result), path).keys()], ['mcpctl-http']);
  assert.equal([...entriesAt(docOf(c, result), c.path).keys()], ['local-db', 'local-docs']);
  assert.equal([...entriesAt(docOf(c, result), ['mcpServers']).keys()], ['user-wide']);
});

test('a container created in a JSONC file follows its trailing commas and keeps the comment on the line before', () => {
  const text = '{\n\t"inputs": [], // prompts\n}';
  const doc = readJson(text, 'mcp.json', { comments: true });
  const result = editEntries(doc, ['servers'], [{ name: 's', entry: { command: 'x' } }]);
  assert.is(result, '{\n\t"inputs": [], // prompts\n\t"servers": {\n\t\t"s": {\n\t\t\t"command": "x"\n\t\t}\n\t},\n}');
  const strict = readJson('{\n  "a": 1\n}\n', 'm.json', { comments: false });
  assert.is(
    editEntries(strict, ['mcpServers'], [{ name: 's', entry: {} }]),
    '{\n  "a": 1,\n  "mcpServers": {\n    "s": {}\n  }\n}\n',
  );
});

test('names like __proto__ and constructor are plain entries', () => {
  const c = jsonCases().find((x) => x.name === 'proto-keys');
  if (!c) throw new Error('proto-keys fixture');
  const entries = entriesAt(docOf(c), c.path);
  assert.equal([...entries.keys()], ['__proto__', 'constructor', 'toString']);
  const proto = entries.get('__proto__')?.value;
  assert.ok(proto && Object.hasOwn(proto, 'command') && Object.getPrototypeOf(proto) === Object.prototype);
  const evil = readJson('{"mcpServers": {"a": {"__proto__": {"polluted": true}, "command": "x"}}}', 'f.json', {
    comments: false,
  });
  const a = entriesAt(evil, ['mcpServers']).get('a')?.value;
  assert.ok(a && Object.hasOwn(a, '__proto__'), '__proto__ kept as an own key');
  assert.is(Reflect.get({}, 'polluted'), undefined, 'Object.prototype untouched');
  const entry: JsonObject = {};
  Object.defineProperty(entry, '__proto__', { value: { command: 'p' }, enumerable: true });
  const written = editEntries(docOf(c), c.path, [{ name: '__proto__', entry: { command: 'new' } }]);
  assert.equal(entriesAt(docOf(c, written), c.path).get('__proto__')?.value, { command: 'new' });
});

test('a new entry asked to go before another: above the comment lines over it, and removing it gives the bytes back', () => {
  for (const eol of ['\n', '\r\n']) {
    const text = [
      '{',
      '  "servers": {',
      '    // A is ours',
      '    "a": { "command": "x" },',
      '    // C',
      '    "c": { "command": "z" }',
      '  }',
      '}',
      '',
    ].join(eol);
    const doc = readJson(text, 'f.json', { comments: true });
    const added = editEntries(doc, ['servers'], [{ name: 'b', entry: { command: 'y' }, before: 'c' }]);
    assert.is(
      added,
      [
        '{',
        '  "servers": {',
        '    // A is ours',
        '    "a": { "command": "x" },',
        '    "b": {',
        '      "command": "y"',
        '    },',
        '    // C',
        '    "c": { "command": "z" }',
        '  }',
        '}',
        '',
      ].join(eol),
    );
    const back = editEntries(readJson(added, 'f.json', { comments: true }), ['servers'], [{ name: 'b', entry: null }]);
    assert.is(back, text);
    // one line: before it on its line
    const inline = '{"servers": {"a": {}, "c": {}}}';
    const one = editEntries(
      readJson(inline, 'f.json', { comments: true }),
      ['servers'],
      [{ name: 'b', entry: { x: 2 }, before: 'c' }],
    );
    assert.is(one, `{"servers": {"a": {}, "b": {"x":2}, "c": {}}}`);
  }
});

test.run();
