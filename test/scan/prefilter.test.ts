// keyword-prefilter.ts finds keywords one by one in its first 16 K characters and with an Aho–Corasick
// automaton after that; both must activate the same rules, so findSecrets gives the same matches, and
// find the same lines for the generic rule. Each side runs in a fresh process (_prefilter-check.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const script = fileURLToPath(new URL('./_prefilter-check.ts', import.meta.url));

function check(...args: string[]): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const after = check('after') as { after: string[]; linesByRegex: number[][]; linesByAutomaton: number[][] };

test('keyword prefilter: the same matches before and after the automaton is built', () => {
  const halves = [check('before', '0'), check('before', '1')] as Array<Array<string | null>>;
  const before = after.after.map((_, i) => halves[i % 2]?.[i]);
  assert.ok(before.length > 90);
  assert.ok(
    before.every((m) => typeof m === 'string' && m.length > 0),
    'every planted secret is found',
  );
  assert.equal(after.after, before);
});

test('keyword prefilter: the same lines for the generic rule from the regex pass and the automaton', () => {
  // the hand-written texts: CRLF, last line without a newline, glued fragments, non-ASCII
  assert.equal(after.linesByRegex.slice(0, 4), [[0, 25], [6, 33], [11, 20, 50], []]);
  assert.equal(after.linesByAutomaton, after.linesByRegex);
});

test.run();
