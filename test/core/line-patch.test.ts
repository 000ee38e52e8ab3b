// linePatch must be jsdiff's structuredPatch, hunk for hunk: texts made of few distinct lines (so several equal
// lines could always be the changed one, where the walk's choices show), CRLF and lone CR, no final newline,
// empty texts, edits anywhere and large insertions; contexts 0 to 5.
import { formatPatch, structuredPatch } from 'diff';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { linePatch, oneSidedHunks } from '../../src/core/render/line-patch.js';
import { seededRandom } from '../helpers/seeded-random.js';

const labels: [string, string] = ['current', 'after apply'];
const jsdiff = (a: string, b: string, context: number) =>
  structuredPatch('f', 'f', a, b, labels[0], labels[1], { context });

test('random texts and edits: the same patch as jsdiff', () => {
  const rnd = seededRandom();
  const words = ['a', 'b', '', '}', '  },', 'x\r', 'a\rb', '"k": 1,'];
  const text = (ls: string[], crlf: boolean, final: boolean) => ls.join(crlf ? '\r\n' : '\n') + (final ? '\n' : '');
  for (let t = 0; t < 3000; t++) {
    const lines = Array.from({ length: rnd.int(t % 10 === 0 ? 300 : 30) }, () => words[rnd.int(words.length)]!);
    const edited = [...lines];
    for (let e = rnd.int(t % 7 === 0 ? 40 : 6); e > 0; e--) {
      const at = rnd.int(edited.length + 1);
      const op = rnd.int(4);
      if (op === 0) edited.splice(at, 0, words[rnd.int(words.length)]!);
      else if (op === 1) edited.splice(at, 1 + rnd.int(3));
      else if (op === 2) edited.splice(at, 0, ...Array.from({ length: rnd.int(50) }, () => words[rnd.int(3)]!));
      else edited[at] = words[rnd.int(words.length)]!;
    }
    const a = text(lines, rnd.int(4) === 0, rnd.int(3) > 0);
    const b = text(edited, rnd.int(4) === 0, rnd.int(3) > 0);
    const context = t % 6;
    const where = `seed ${rnd.seed}, case ${t}, context ${context}: ${JSON.stringify({ a, b })}`;
    assert.equal(linePatch('f', a, b, labels, context), jsdiff(a, b, context), where);
  }
});

test('lines only added, or only removed: oneSidedHunks prints what jsdiff prints, and linePatch is its patch', () => {
  const rnd = seededRandom();
  // few distinct lines, so an added line could nearly always be one of several equal ones
  const words = ['a', 'b', '}', '  },', '', 'x\r'];
  let printed = 0;
  for (let t = 0; t < 3000; t++) {
    const lines = Array.from({ length: rnd.int(t % 10 === 0 ? 200 : 20) }, () => words[rnd.int(words.length)]!);
    const more = [...lines];
    for (let e = 1 + rnd.int(t % 5 === 0 ? 30 : 4); e > 0; e--)
      more.splice(
        rnd.int(more.length + 1),
        0,
        ...Array.from({ length: 1 + rnd.int(5) }, () => words[rnd.int(words.length)]!),
      );
    const final = rnd.int(3) > 0;
    const eol = rnd.int(4) === 0 ? '\r\n' : '\n';
    const [a, b] = [lines.join(eol) + (final ? eol : ''), more.join(eol) + (final ? eol : '')];
    const context = t % 6;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const where = `seed ${rnd.seed}, case ${t}: ${JSON.stringify({ x, y })}`;
      const want = jsdiff(x, y, context);
      assert.equal(linePatch('f', x, y, labels, context), want, where);
      if (x === y) continue;
      const skipped = rnd.int(5);
      for (const h of want.hunks) [h.oldStart, h.newStart] = [h.oldStart + skipped, h.newStart + skipped];
      const hunks = formatPatch({ ...want, oldFileName: undefined, newFileName: undefined }).replace(/^=+\n/, '');
      // (without a final line break, a line added at the end changes the last line: then both signs show)
      const signs = new Set(want.hunks.flatMap((h) => h.lines.map((l) => l[0])));
      const oneSided = !(signs.has('+') && signs.has('-'));
      if (oneSided) printed++;
      assert.is(oneSidedHunks(x, y, context, skipped), oneSided ? hunks : undefined, where);
    }
  }
  assert.ok(printed > 5000, `${printed} printed by oneSidedHunks`);
});

test('lines both added and removed: oneSidedHunks leaves them to linePatch', () => {
  const rnd = seededRandom();
  const words = ['a', 'b', '}', ''];
  let both = 0;
  for (let t = 0; t < 2000; t++) {
    const a = Array.from({ length: 1 + rnd.int(30) }, () => words[rnd.int(words.length)]!).join('\n') + '\n';
    const b = Array.from({ length: 1 + rnd.int(30) }, () => words[rnd.int(words.length)]!).join('\n') + '\n';
    const patch = jsdiff(a, b, 3);
    const signs = new Set(patch.hunks.flatMap((h) => h.lines.map((l) => l[0])));
    const oneSided = !(signs.has('+') && signs.has('-'));
    if (!oneSided) both++;
    const got = oneSidedHunks(a, b, 3);
    assert.is(got === undefined, !oneSided, `seed ${rnd.seed}, case ${t}: ${JSON.stringify({ a, b })}`);
  }
  assert.ok(both > 1000, `${both} cases both add and remove`);
});

test('edge texts: empty sides, one line, only line breaks', () => {
  const texts = ['', 'a', 'a\n', '\n', '\n\n', 'a\nb', 'a\r\n', '\r\n\r\n', 'b\na\n', 'a\n\na\n'];
  for (const a of texts)
    for (const b of texts)
      for (const context of [0, 3])
        assert.equal(linePatch('f', a, b, labels, context), jsdiff(a, b, context), JSON.stringify({ a, b, context }));
});

test('a thousand servers added to a JSON file: the same bytes as jsdiff prints, in one run', () => {
  const before = '{\n  "mcpServers": {\n    "mine": {\n      "command": "my-server"\n    }\n  }\n}\n';
  let entries = '';
  for (let i = 0; i < 1000; i++)
    entries += `,\n    "server-${i}": {\n      "command": "npx",\n      "args": ["-y", "@acme/s-${i}@1.0.0"]\n    }`;
  const after = before.replace('    }\n  }\n}', `    }${entries}\n  }\n}`);
  const hunks = formatPatch({ ...jsdiff(before, after, 3), oldFileName: undefined, newFileName: undefined });
  assert.is(oneSidedHunks(before, after, 3), hunks.replace(/^=+\n/, ''));
});

test.run();
