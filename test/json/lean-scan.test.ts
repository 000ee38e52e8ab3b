// lean-scan.ts reads an object's keys and value ranges without a tree: it must agree with jsonc-parser's
// parseTree on every key and range, whatever the strings and comments hold.
import { parseTree } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { leanObject } from '../../src/core/json/lean-scan.js';
import { jsonCases } from '../helpers/json-fixtures.js';
import { seededRandom } from '../helpers/seeded-random.js';
import type { SeededRandom } from '../helpers/seeded-random.js';

/** Every object in the text, checked level by level against parseTree. */
function agree(text: string, comments: boolean, what: string): void {
  const source = text.replace(/^\uFEFF/, ' ');
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, {
    disallowComments: !comments,
    allowTrailingComma: comments,
    allowEmptyContent: true,
  });
  assert.equal(errors, [], `${what}: the sample must be valid`);
  const stack = root?.type === 'object' ? [root] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const lean = leanObject(source, node.offset);
    const props = (node.children ?? []).map((p) => {
      const [k, v] = p.children ?? [];
      return [k?.value, k?.offset, v?.offset, v ? v.offset + v.length : -1, v?.type];
    });
    assert.equal(
      lean.props.map((p) => [p.key, p.keyStart, p.valueStart, p.valueEnd, p.type]),
      props,
      `${what}: the object at ${node.offset}`,
    );
    assert.is(lean.close, node.offset + node.length - 1, `${what}: its "}"`);
    const walk = [...(node.children ?? [])];
    for (let n = walk.pop(); n !== undefined; n = walk.pop()) {
      if (n.type === 'object') stack.push(n);
      else walk.push(...(n.children ?? []));
    }
  }
}

const TRICKY: Array<[string, boolean]> = [
  ['{"a\\"b": "x\\\\", "c": "}{][\\"//", "d": [1, {"e": "/*"}], "f": -1.5e+3, "g": null, "h": true}', false],
  ['{"a": "\\\\\\"", "b": "\\u0022", "\\u00e9": {}}', false],
  ['{\n  // "not a key" {\n  "a": 1, /* } ] " */ "b": [ /* [ */ 2 ],\n  "c": {"d": "e"}, // trailing\n}', true],
  ['{"a":{"b":{"c":[[],{}]}},"__proto__":0,"":""}', false],
  ['\uFEFF{ "a" : 1 , "b" :\t"2" }', false],
];

function randomValue(r: SeededRandom, depth: number): unknown {
  const kind = depth > 3 ? r.int(4) : r.int(7);
  const strings = ['', 'x', '"', '\\', '}{][', '//', '/*', 'é', '\n', '\\"', 'a"b\\\\'];
  if (kind === 0) return strings[r.int(strings.length)];
  if (kind === 1) return r.int(1000) - 500 + r.int(3) / 4;
  if (kind === 2) return [true, false, null][r.int(3)];
  if (kind === 3) return `${strings[r.int(strings.length)]}${r.int(99)}`;
  if (kind === 4) return Array.from({ length: r.int(4) }, () => randomValue(r, depth + 1));
  const out: Record<string, unknown> = {};
  for (let n = r.int(5); n > 0; n--)
    Object.defineProperty(out, `${strings[r.int(strings.length)]}${n}`, {
      value: randomValue(r, depth + 1),
      enumerable: true,
    });
  return out;
}

test('agrees with parseTree on tricky strings, escapes and comments', () => {
  TRICKY.forEach(([text, comments], i) => agree(text, comments, `sample ${i}`));
});

test('agrees with parseTree on every fixture', () => {
  for (const c of jsonCases()) agree(c.text, c.comments, c.name);
});

test('agrees with parseTree on random documents (seeded)', () => {
  const r = seededRandom();
  try {
    for (let i = 0; i < 300; i++) {
      const value = { root: randomValue(r, 0), other: randomValue(r, 0) };
      agree(JSON.stringify(value, null, [0, 2, '\t'][r.int(3)]), false, `document ${i}`);
    }
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n  replay with MCPCTL_TEST_SEED=${r.seed}`, {
      cause: err,
    });
  }
});

test.run();
