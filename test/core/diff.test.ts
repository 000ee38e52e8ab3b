// The plan's unified diff: only the changed middle of two texts goes to jsdiff (a server edited in a ~/.claude.json
// of megabytes must not cost the whole file twice), and the result is a diff as small as jsdiff's of the whole texts (the same\n// bytes but where which of several equal lines changed is ambiguous).
import { applyPatch, createTwoFilesPatch } from 'diff';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unifiedDiff } from '../../src/core/render/diff.js';
import { diffText, noPaint } from '../../src/core/render/plan-text.js';
import { noColour } from '../../src/cli/paint.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { metered } from '../helpers/work-meter.js';

const whole = (a: string, b: string) =>
  a === b
    ? ''
    : createTwoFilesPatch('f', 'f', a, b, 'current', 'after apply', { context: 3 }).replace(/^Index:.*\n=+\n/, '');

test('random edits of random line texts (CRLF, no final newline, empty lines): the diff jsdiff makes of the whole texts, and it applies', () => {
  const rnd = seededRandom();
  const words = ['a', 'b', 'c', '', 'x y', '{', '}', 'a\r', '"k": 1,'];
  const count = (d: string, sign: string) =>
    d.split('\n').filter((l) => l.startsWith(sign) && !l.startsWith(sign.repeat(3))).length;
  let same = 0;
  let unchanged = 0;
  const cases = 2000;
  for (let t = 0; t < cases; t++) {
    // every 50th case longer than the blocks the prefix and suffix are compared in
    const lines = Array.from(
      { length: t % 50 === 0 ? 2000 + rnd.int(2000) : rnd.int(40) },
      () => words[rnd.int(words.length)] ?? '',
    );
    const a = lines.join('\n') + (rnd.int(2) ? '\n' : '');
    const edited = [...lines];
    for (let e = rnd.int(5); e > 0; e--) {
      const at = rnd.int(edited.length + 1);
      const op = rnd.int(3);
      if (op === 0) edited.splice(at, 0, words[rnd.int(words.length)] ?? '');
      else if (op === 1) edited.splice(at, 1);
      else edited[at] = words[rnd.int(words.length)] ?? '';
    }
    const b = edited.join('\n') + (rnd.int(2) ? '\n' : '');
    const got = unifiedDiff('f', a, b);
    const want = whole(a, b);
    const where = `seed ${rnd.seed}, case ${t}: ${JSON.stringify({ a, b })}`;
    if (a === b) {
      assert.is(got, '', where);
      unchanged++;
      continue;
    }
    assert.is(applyPatch(a, got), b, where);
    assert.is(count(got, '-'), count(want, '-'), where);
    assert.is(count(got, '+'), count(want, '+'), where);
    if (got === want) same++;
  }
  assert.is(same, cases - unchanged, 'byte for byte the same as jsdiff of the whole texts');
});

test('one line changed in a text of 200,000 lines: a few walks over the text at most (jsdiff of the whole text: far more)', () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => `    "line-${i}": "value ${i}",`);
  const a = `${lines.join('\n')}\n`;
  const b = a.replace('"line-100000": "value 100000"', '"line-100000": "changed"');
  const { result, work } = metered(() => unifiedDiff('f', a, b));
  assert.fixture(result, whole(a, b));
  assert.match(result, '@@ -99998,7 +99998,7 @@');
  assert.ok(work < 3 * a.length, `work ${work} for a text of ${a.length} characters`);
});

test('an unpainted diff is printed as it is, line for line what painting each line gives', () => {
  // the same functions without the mark: diffText cuts the text into lines and paints each
  const each = { ...noPaint, plain: false };
  const mark = { ...noPaint, add: (l: string) => `[${l}]`, plain: false };
  const a = 'a\nb\nc\nd\n';
  const diffs = [
    '',
    '\n',
    '\n\n',
    'x',
    unifiedDiff('f', a, 'a\nB\nc\nd\n'),
    unifiedDiff('f', a, 'a\nb\nc\nd'),
    '--- a\n+++ b\n@@ x\n',
  ];
  for (const d of diffs) {
    assert.is(diffText(d, noPaint), diffText(d, each), JSON.stringify(d));
    assert.is(diffText(d, noColour), diffText(d, each), JSON.stringify(d));
    assert.ok(diffText(d, noPaint).endsWith('\n'));
  }
  // a paint that changes lines still paints them
  assert.match(diffText(unifiedDiff('f', a, 'a\nB\nc\nd\n'), mark), /\[\+B\]/);
});

test.run();
