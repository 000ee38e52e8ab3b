// What mcpctl inserts into a JSON file is JSON.stringify's layout in the file's indentation and line break:
// the same text as the first implementation (a replacer, then the lines split and joined), and a number JSON
// cannot hold is refused, never written as null.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderValue } from '../../src/core/json/render-json.js';
import type { Style } from '../../src/core/json/render-json.js';
import type { JsonValue } from '../../src/core/json/value.js';

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

test.run();
