// Property: random sequences of add / replace / remove (one to four per call) on every messy fixture. After
// each call the file reads back, through jsonc-parser's own tree and through JSON.parse for a strict file,
// as exactly the expected entries, in the expected order, with every other key unchanged; an add that is
// removed again at once gives back the bytes. The seed is printed on failure (replay: MCPCTL_TEST_SEED=N).
import { getNodeValue, parseTree } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { editEntries } from '../../src/core/json/edit-entries.js';
import { entriesAt } from '../../src/core/json/entries.js';
import { jsonEqual } from '../../src/core/json/value.js';
import type { EntryEdit, JsonObject, JsonValue } from '../../src/core/json/value.js';
import { docOf, jsonCases, toJson } from '../helpers/json-fixtures.js';
import type { JsonCase } from '../helpers/json-fixtures.js';
import { seededRandom } from '../helpers/seeded-random.js';
import type { SeededRandom } from '../helpers/seeded-random.js';

const NAMES = ['fuzz', 'a b', '__proto__', 'x"y', 'ünï', '1', 'constructor', 'with/slash', 'github', 'memory'];
const STEPS = 40;

/** The whole document as an independent reader sees it: jsonc-parser's tree (and JSON.parse, strict files). */
function independent(c: JsonCase, text: string): JsonValue {
  const body = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, {
    disallowComments: !c.comments,
    allowTrailingComma: c.comments,
    allowEmptyContent: true,
  });
  assert.equal(errors, [], 'jsonc-parser reads the result without errors');
  const value = tree === undefined ? {} : toJson(getNodeValue(tree));
  if (!c.comments && body.trim() !== '') assert.ok(jsonEqual(toJson(JSON.parse(body)), value), 'JSON.parse agrees');
  return value;
}

function at(value: JsonValue, path: readonly string[]): JsonValue | undefined {
  let v: JsonValue | undefined = value;
  for (const seg of path)
    v = typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, seg) ? v[seg] : undefined;
  return v;
}

/** Everything but the container, as a comparable value. */
function outside(value: JsonValue, path: readonly string[]): JsonValue {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: JsonObject = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (v === undefined) continue;
    // a container (or the objects on its path) the edits created may be left as {}: not a change of other keys
    const inner = k === head ? (rest.length ? outside(v, rest) : undefined) : v;
    if (inner !== undefined && !(k === head && jsonEqual(inner, {})))
      Object.defineProperty(out, k, { value: inner, enumerable: true });
  }
  return out;
}

function randomEntry(r: SeededRandom, step: number): JsonObject {
  return r.int(2)
    ? { command: `cmd-${step}`, args: Array.from({ length: r.int(3) }, (_, i) => `--a${i}`), env: { K: `v${step}` } }
    : { type: 'http', url: `https://h${step}.example.com/mcp`, headers: r.int(2) ? { 'X-N': String(step) } : {} };
}

function run(c: JsonCase, r: SeededRandom): void {
  let text = c.text;
  const model = new Map<string, JsonObject>();
  for (const [n, e] of entriesAt(docOf(c), c.path)) model.set(n, e.value);
  const others = outside(independent(c, c.text), c.path);
  for (let step = 0; step < STEPS; step++) {
    const edits: EntryEdit[] = [];
    for (let k = 1 + r.int(4); k > 0; k--) {
      const known = [...model.keys()];
      const kind = r.int(3);
      const name =
        kind === 0 || known.length === 0 ? (NAMES[r.int(NAMES.length)] ?? 'x') : (known[r.int(known.length)] ?? 'x');
      edits.push({ name, entry: kind === 2 ? null : randomEntry(r, step) });
    }
    const before = text;
    text = editEntries(docOf(c, text), c.path, edits);
    // the last edit of a name wins; an entry that stays keeps its place, a new one goes last
    const net = new Map<string, JsonObject | null>();
    for (const e of edits) net.set(e.name, e.entry);
    const added = [...net].filter(([n, e]) => e !== null && !model.has(n)).map(([name]) => ({ name }));
    for (const [n, e] of net) {
      if (e === null) model.delete(n);
      else model.set(n, e);
    }
    const what = `${c.name}, step ${step}: ${JSON.stringify(edits.map((e) => [e.name, e.entry === null ? '-' : '+']))}`;
    const read = entriesAt(docOf(c, text), c.path);
    assert.equal([...read.keys()], [...model.keys()], `${what}: names in order`);
    for (const [n, e] of model) assert.ok(jsonEqual(read.get(n)?.value, e), `${what}: ${n}`);
    const whole = independent(c, text);
    assert.ok(jsonEqual(at(whole, c.path) ?? {}, toJson(Object.fromEntries(model))), `${what}: independent reader`);
    assert.ok(jsonEqual(outside(whole, c.path), others), `${what}: other keys`);
    // an add undone at once gives back the bytes (once the container is there)
    const last = added[added.length - 1];
    if (last !== undefined && edits.length === 1 && at(independent(c, before), c.path) !== undefined && r.int(2)) {
      text = editEntries(docOf(c, text), c.path, [{ name: last.name, entry: null }]);
      model.delete(last.name);
      assert.fixture(text, before, `${what}: add then remove`);
    }
  }
}

test('property: random add / replace / remove sequences on every fixture', () => {
  const r = seededRandom();
  try {
    for (let round = 0; round < 8; round++) for (const c of jsonCases()) run(c, r);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`${message}\n  replay with MCPCTL_TEST_SEED=${r.seed}`, { cause: err });
  }
});

test.run();
