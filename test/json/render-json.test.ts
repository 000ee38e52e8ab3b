// What mcpctl inserts into a JSON file is JSON.stringify's layout in the file's indentation and line break:
// the same text as the first implementation (a replacer, then the lines split and joined), and a number JSON
// cannot hold is refused, never written as null.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderProperties, renderProperty, renderValue } from '../../src/core/json/render-json.js';
import type { Style } from '../../src/core/json/render-json.js';
import type { JsonValue } from '../../src/core/json/value.js';
import { seededRandom } from '../helpers/seeded-random.js';

function reference(value: JsonValue, indent: string, style: Style): string {
  const finite = (_k: string, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`cannot write ${v} as JSON`);
    return v;
  };
  if (style.inline) return JSON.stringify(value, finite);
  return JSON.stringify(value, finite, style.unit)
    .split('\n')
    .join(style.eol + indent);
}

const values: JsonValue[] = [
  { command: 'npx', args: ['-y', 'a\nb', ''], env: { A: 'x', N: null } },
  { url: 'https://x/mcp', headers: {}, list: [], nested: [[1, 2], { a: [true, false, 0.5] }] },
  'line\r\nbreak',
  null,
  [],
  { 'key "quoted"': 'null', n: -0 },
];

test('the same text as the first implementation, in every indentation, line break and form', () => {
  for (const value of values)
    for (const unit of ['  ', '    ', '\t'])
      for (const eol of ['\n', '\r\n'] as const)
        for (const inline of [false, true])
          for (const indent of ['', '    ', '\t\t']) {
            const style = { unit, eol, inline };
            assert.is(
              renderValue(value, indent, style),
              reference(value, indent, style),
              JSON.stringify({ value, style }),
            );
          }
});

test('NaN and the infinities are refused, nested or not, in both forms', () => {
  for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
    for (const value of [bad, { a: { b: [1, bad] } }, [null, bad]] as JsonValue[])
      for (const inline of [false, true])
        assert.throws(
          () => renderValue(value, '', { unit: '  ', eol: '\n', inline }),
          /cannot write (NaN|-?Infinity) as JSON/,
        );
});

test('renderProperties: each property as renderProperty gives it, joined, from one stringify of them all', () => {
  const rnd = seededRandom();
  const names = ['server-0', '__proto__', 'a "quoted" name', 'é', 'x', 'constructor', 'toString', ''];
  const leaf = (): JsonValue => [null, 'v', '', 1.5, -0, true, 'a\nb', '\ud800'][rnd.int(8)] ?? null;
  const value = (depth: number): JsonValue => {
    const kind = depth > 2 ? 2 : rnd.int(3);
    if (kind === 0) return Array.from({ length: rnd.int(4) }, () => value(depth + 1));
    if (kind === 1)
      return Object.fromEntries(Array.from({ length: rnd.int(4) }, (_, i) => [`k${i}`, value(depth + 1)]));
    return leaf();
  };
  let compared = 0;
  for (let t = 0; t < 2000; t++) {
    const picked = [...new Set(Array.from({ length: 1 + rnd.int(6) }, () => names[rnd.int(names.length)]!))];
    const props = picked.map((n): [string, JsonValue] => [n, value(0)]);
    const style: Style = { unit: ['  ', '    ', '\t'][rnd.int(3)]!, eol: rnd.int(2) ? '\n' : '\r\n', inline: false };
    // (one to four units deep, as a container nested that far puts its entries; and none, and a mix)
    const indent = ['', '    ', '\t', '      ', '\t\t\t', '        ', ' \t'][rnd.int(7)]!;
    const each = props.map(([n, v]) => style.eol + indent + renderProperty(n, v, indent, style)).join(',');
    assert.is(
      renderProperties(props, indent, style),
      each,
      `seed ${rnd.seed}, case ${t}: ${JSON.stringify({ props, style })}`,
    );
    compared++;
  }
  assert.is(compared, 2000);
});

test('renderProperties leaves to one call each what one call for all would not give: index names, no unit, one line', () => {
  const style: Style = { unit: '  ', eol: '\n', inline: false };
  // an object puts array-index keys first, whatever order they were added in
  assert.is(
    renderProperties(
      [
        ['b', 1],
        ['2', 2],
      ],
      '',
      style,
    ),
    undefined,
  );
  assert.is(renderProperties([['a', 1]], '', { ...style, unit: '' }), undefined);
  assert.is(renderProperties([['a', 1]], '', { ...style, inline: true }), undefined);
  assert.is(renderProperties([], '', style), undefined);
  assert.throws(() => renderProperties([['a', { b: [Number.NaN] }]], '', style), /cannot write NaN as JSON/);
});

test.run();
