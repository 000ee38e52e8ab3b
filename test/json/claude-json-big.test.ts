// A several-MB ~/.claude.json: edits of the user mcpServers and of one project's mcpServers touch only
// their bytes, add-then-remove is exact, every other key survives, and the cost is linear in file size
// (counted work, not wall time: the work meter's built-ins plus every character read with charCodeAt, which
// jsonc-parser's scanner and lean-scan.ts use).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findContainer } from '../../src/core/json/container.js';
import { editEntries } from '../../src/core/json/edit-entries.js';
import { entriesAt } from '../../src/core/json/entries.js';
import { readJson } from '../../src/core/json/read-json.js';
import type { JsonDoc } from '../../src/core/json/read-json.js';
import { jsonEqual } from '../../src/core/json/value.js';
import type { JsonValue } from '../../src/core/json/value.js';
import { claudeJson } from '../helpers/claude-json.js';
import { addEdits, keepsOutside, MANAGED, removeEdits } from '../helpers/json-fixtures.js';
import { metered } from '../helpers/work-meter.js';

const WHY = 'Claude Code rewrites this file and has lost whole files that held comments';
const read = (text: string): JsonDoc => readJson(text, '/home/dev/.claude.json', { comments: false, strictWhy: WHY });
const BIG = claudeJson(5_000_000);
const LOCAL = ['projects', '/home/dev/work/project-9', 'mcpServers'];
const EMPTY_LOCAL = ['projects', '/home/dev/work/project-10', 'mcpServers'];
const NEW_LOCAL = ['projects', '/home/dev/new-project', 'mcpServers'];

function parsedWithout(text: string, path: readonly string[]): JsonValue {
  const value: unknown = JSON.parse(text);
  let at: unknown = value;
  for (const seg of path.slice(0, -1)) at = typeof at === 'object' && at !== null ? Reflect.get(at, seg) : undefined;
  if (typeof at === 'object' && at !== null) Reflect.deleteProperty(at, path[path.length - 1] ?? '');
  return JSON.parse(JSON.stringify(value));
}

test('the generated file is several MB, strict JSON, with many projects', () => {
  assert.ok(BIG.length >= 5_000_000, String(BIG.length));
  const doc = read(BIG);
  assert.ok((findContainer(doc, ['projects']).node?.children?.length ?? 0) > 500);
  assert.equal([...entriesAt(doc, LOCAL).keys()], ['db-9']);
  assert.equal([...entriesAt(doc, ['mcpServers']).keys()], ['time', 'docs']);
});

test('add, replace and remove touch only the intended bytes; add then remove is exact', () => {
  for (const path of [['mcpServers'], LOCAL]) {
    const doc = read(BIG);
    const node = findContainer(doc, path).node;
    if (!node) throw new Error('container');
    const close = node.offset + node.length - 1;
    const last = node.children?.[node.children.length - 1];
    const lastEnd = last ? last.offset + last.length : node.offset + 1;
    const added = editEntries(doc, path, addEdits());
    assert.ok(keepsOutside(BIG, added, lastEnd, close), `${path.join('/')}: add`);
    assert.is(editEntries(read(added), path, removeEdits()), BIG, `${path.join('/')}: add then remove`);
    const first = node.children?.[0]?.children?.[1];
    if (!first) throw new Error('first entry');
    const name = [...entriesAt(doc, path).keys()][0] ?? '';
    const replaced = editEntries(doc, path, [{ name, entry: { command: 'new' } }]);
    assert.ok(keepsOutside(BIG, replaced, first.offset, first.offset + first.length), `${path.join('/')}: replace`);
    const removed = editEntries(doc, path, [{ name, entry: null }]);
    const next = node.children?.[1];
    assert.ok(keepsOutside(BIG, removed, node.offset + 1, next ? next.offset : close), `${path.join('/')}: remove`);
    const others = parsedWithout(BIG, path);
    for (const text of [added, replaced, removed])
      assert.ok(jsonEqual(parsedWithout(text, path), others), 'every other key keeps its value');
  }
});

test('a project with "mcpServers": {} gets back exactly that; a new project keeps "mcpServers": {} after the remove', () => {
  const doc = read(BIG);
  const added = editEntries(doc, EMPTY_LOCAL, [MANAGED[0] ?? { name: 'x', entry: {} }]);
  assert.equal([...entriesAt(read(added), EMPTY_LOCAL).keys()], ['mcpctl-stdio']);
  assert.is(editEntries(read(added), EMPTY_LOCAL, removeEdits()), BIG);

  const created = editEntries(doc, NEW_LOCAL, [MANAGED[0] ?? { name: 'x', entry: {} }]);
  assert.equal([...entriesAt(read(created), NEW_LOCAL).keys()], ['mcpctl-stdio']);
  const left = editEntries(read(created), NEW_LOCAL, removeEdits());
  const projects = findContainer(doc, ['projects']).node?.children ?? [];
  const last = projects[projects.length - 1];
  const at = last ? last.offset + last.length : 0;
  const remains = ',\n    "/home/dev/new-project": {\n      "mcpServers": {}\n    }';
  assert.ok(
    left === BIG.slice(0, at) + remains + BIG.slice(at),
    'only the new project, with "mcpServers": {}, remains',
  );
  assert.ok(jsonEqual(parsedWithout(left, NEW_LOCAL.slice(0, 2)), parsedWithout(BIG, NEW_LOCAL.slice(0, 2))));
});

/** Work of reading and editing a file of about `bytes`: [all of it, the edit alone, characters the edit reads one by one]. */
function workAt(bytes: number): [number, number, number] {
  const text = claudeJson(bytes);
  const saved = Object.getOwnPropertyDescriptor(String.prototype, 'charCodeAt');
  const original = String.prototype.charCodeAt;
  let reads = 0;
  Object.defineProperty(String.prototype, 'charCodeAt', {
    ...saved,
    value(this: string, pos: number) {
      reads++;
      return original.call(this, pos);
    },
  });
  try {
    const all = metered(() => {
      const doc = read(text);
      entriesAt(doc, LOCAL);
      return editEntries(doc, LOCAL, addEdits());
    });
    const doc = read(text);
    const before = reads;
    const edit = metered(() => editEntries(doc, ['mcpServers'], [...addEdits(), { name: 'time', entry: null }]));
    return [all.work + before, edit.work, reads - before];
  } finally {
    if (saved) Object.defineProperty(String.prototype, 'charCodeAt', saved);
  }
}

test('cost is linear in file size: reading, and the edit alone', () => {
  const [small, smallEdit, smallParsed] = workAt(200_000);
  const [large, largeEdit, largeParsed] = workAt(2_000_000);
  assert.ok(large / small <= 12, `read + edit: ${small} → ${large} (${(large / small).toFixed(1)}×)`);
  assert.ok(largeEdit / smallEdit <= 12, `edit: ${smallEdit} → ${largeEdit}`);
  assert.ok(largeParsed / smallParsed <= 12, `characters the edit reads: ${smallParsed} → ${largeParsed}`);
  if (process.env['MCPCTL_SHOW_WORK']) console.log({ small, large, smallEdit, largeEdit, smallParsed, largeParsed });
});

test.run();
