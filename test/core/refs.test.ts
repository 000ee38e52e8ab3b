import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { literalOf, parseValue, wholeRef } from '../../src/core/refs.js';
import { growth, metered } from '../helpers/work-meter.js';

test('a plain value is one text part', () => {
  assert.equal(parseValue('hello').parts, [{ type: 'text', text: 'hello' }]);
  assert.is(literalOf(parseValue('a $ b')), 'a $ b');
});

test('env and secret references, alone and inside a string', () => {
  const env = wholeRef(parseValue('${env:TOKEN}'));
  assert.equal(env?.chain, [{ kind: 'env', name: 'TOKEN' }]);
  const inside = parseValue('postgres://app:${secret:db/pw}@db/app');
  assert.equal(
    inside.parts.map((p) => (p.type === 'text' ? p.text : p.chain)),
    ['postgres://app:', [{ kind: 'secret', name: 'db/pw' }], '@db/app'],
  );
  assert.is(wholeRef(inside), null);
});

test('fallback chain ends with a literal value that may hold spaces and |', () => {
  const r = wholeRef(parseValue('${env:A | env:B | value:x | y}'));
  assert.equal(r?.chain, [
    { kind: 'env', name: 'A' },
    { kind: 'env', name: 'B' },
    { kind: 'value', value: 'x | y' },
  ]);
});

test('$${ escapes a literal ${', () => {
  assert.is(literalOf(parseValue('cost: $${env:X}')), 'cost: ${env:X}');
});

test('errors: unterminated, unknown kind, bare ${VAR}, value first, bad names', () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['${env:X', /unterminated/, /close it/],
    ['${vault:x}', /unknown reference kind "vault"/, /kinds are env, secret/],
    ['${HOME}', /not a reference/, /\$\{env:HOME\}/],
    ['${value:x}', /last fallback/, /put it last/],
    ['${env:1X}', /not a valid environment variable name/, /letters/],
    ['${secret:a b}', /not a valid secret name/, /github\/pat/],
  ];
  for (const [input, message, hint] of cases) {
    const { problems } = parseValue(`pre ${input}`);
    assert.is(problems.length, 1, input);
    assert.match(problems[0]?.message ?? '', message, input);
    assert.match(problems[0]?.hint ?? '', hint, input);
    assert.is(problems[0]?.offset, 4, input);
  }
});

// hostile shapes, each built from a unit repeated n times
const HOSTILE: Array<[string, (n: number) => string]> = [
  ['"${" never closed', (n) => '${'.repeat(n)],
  ['"${" closed once at the end', (n) => `${'${'.repeat(n)}}`],
  ['lone "$"', (n) => '$'.repeat(n)],
  ['escapes "$${"', (n) => '$${'.repeat(n)],
  ['many references', (n) => '${env:A}x'.repeat(n)],
  ['one long fallback chain', (n) => `\${${'env:A | '.repeat(n)}value:x}`],
  ['many unknown kinds', (n) => '${a:b}'.repeat(n)],
];

for (const [shape, make] of HOSTILE) {
  test(`linear on a long hostile value (${shape}): 10x the length costs at most 12x the work (operations counted, not time)`, () => {
    const g = growth((n) => {
      const input = make(n);
      const { result, work } = metered(() => parseValue(input));
      assert.ok(result.parts.length + result.problems.length >= 1, shape);
      return work;
    }, 5_000);
    assert.ok(g.small >= 5_000, `the meter saw only ${g.small} operations for ${shape}`);
    assert.ok(
      g.ratio <= 12,
      `${shape}: 10x the length cost ${g.ratio.toFixed(1)}x the work (${g.small} -> ${g.large}): parseValue is not linear`,
    );
  });
}

test.run();
