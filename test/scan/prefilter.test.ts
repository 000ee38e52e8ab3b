// detect.ts finds keywords one by one in its first 16 K characters and with an Aho–Corasick
// automaton after that; both must activate the same rules, so findSecrets gives the same matches, and
// find the same lines for the generic rule.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

test('keyword prefilter: the same matches before and after the automaton is built', () => {
  const script = fileURLToPath(new URL('./_prefilter-check.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { before, after }: { before: unknown; after: unknown } = JSON.parse(r.stdout);
  assert.ok(Array.isArray(before) && before.length > 90);
  assert.ok(before.every((m: unknown) => typeof m === 'string' && m.length > 0), 'every planted secret is found');
  assert.equal(after, before);
});

test('keyword prefilter: the same lines for the generic rule from the regex pass and the automaton', () => {
  const script = fileURLToPath(new URL('./_prefilter-check.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { linesBefore, linesAfter }: { linesBefore: number[][]; linesAfter: number[][] } = JSON.parse(r.stdout);
  // the hand-written texts: CRLF, last line without a newline, glued fragments, non-ASCII
  assert.equal(linesBefore.slice(0, 4), [[0, 25], [6, 33], [11, 20, 50], []]);
  assert.equal(linesAfter, linesBefore);
});

test.run();
