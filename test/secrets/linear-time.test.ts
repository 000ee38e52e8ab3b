// Every provider pattern must run in linear time. Two kinds of evidence, neither of them a timing
// assertion: (1) the structure of every pattern.source — every repetition bounded, no quantified
// group wrapping a large repetition, no (a+)+-style nesting; (2) every pattern actually run over
// 1 MB adversarial lines (its keyword followed by 1 MB of valid token characters, the keyword
// repeated, near misses back to back), each followed by a true positive the pattern must still find,
// in a child process killed after a generous limit, so a catastrophic pattern fails instead of hanging.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PROVIDERS } from '../../src/core/secrets/providers.js';
import type { LinearRun } from './_linear-run.js';

const MB = 1 << 20;
/** The inputs every rule runs over besides the ones built from its own keywords (_linear-run.ts). */
const GENERAL_INPUTS = 3;
/** A quantified group may contain repetitions only if it repeats at most this often. */
const MAX_OUTER_REPEAT_AROUND_REPETITION = 8;

interface Quantifier {
  min: number;
  max: number;
  length: number;
}

function _quantifierAt(src: string, i: number): Quantifier | null {
  const ch = src[i];
  let q: Quantifier | null = null;
  if (ch === '*') q = { min: 0, max: Infinity, length: 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, length: 1 };
  else if (ch === '?') q = { min: 0, max: 1, length: 1 };
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
      q = { min, max, length: m[0].length };
    }
  }
  if (q && src[i + q.length] === '?') q.length++; // lazy
  return q;
}

/** Problems that make a pattern super-linear, found by reading its source. */
function structuralProblems(src: string): string[] {
  const problems: string[] = [];
  // Per open group: does it contain a repetition (max > 1)?
  const stack: boolean[] = [false];
  let i = 0;
  const afterAtom = (repeats: boolean) => {
    const q = _quantifierAt(src, i);
    let repeated = repeats;
    if (q) {
      if (q.max === Infinity)
        problems.push(`unbounded quantifier at ${i}: ${src.slice(Math.max(0, i - 12), i + q.length)}`);
      if (repeats && q.max > MAX_OUTER_REPEAT_AROUND_REPETITION) {
        problems.push(`nested repetition at ${i}: a group with a repetition inside repeats up to ${q.max} times`);
      }
      repeated = repeated || q.max > 1;
      i += q.length;
    }
    if (repeated) stack[stack.length - 1] = true;
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\') {
      i += 2;
      afterAtom(false);
    } else if (ch === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      i = j + 1;
      afterAtom(false);
    } else if (ch === '(') {
      stack.push(false);
      i++;
      if (src[i] === '?') {
        if (src[i + 1] === '<' && src[i + 2] !== '=' && src[i + 2] !== '!') i = src.indexOf('>', i) + 1;
        else i += src[i + 1] === '<' ? 3 : 2;
      }
    } else if (ch === ')') {
      const inner = stack.pop() ?? false;
      i++;
      afterAtom(inner);
    } else {
      i++;
      afterAtom(false);
    }
  }
  return problems;
}

test('the structure checker itself: flags catastrophic shapes, accepts bounded ones', () => {
  for (const bad of [
    '(a+)+',
    '(?:[a-z]*)*',
    'a+',
    'x*',
    'a{2,}',
    '(?:x{1,100}){1,100}',
    '(\\d{1,3}){1,20}',
    '(?:(?:a|b){1,5}){1,50}',
  ]) {
    assert.ok(structuralProblems(bad).length > 0, bad);
  }
  for (const good of [
    '(?:-[0-9]{1,20}){0,4}',
    '[+*]{1,3}',
    '\\+{1,2}',
    'a{2}',
    '(?<secret>[a-f]{32})',
    '(?<![A-Z])x(?![a-z])',
    '[\\]+]{1,2}',
  ]) {
    assert.equal(structuralProblems(good), [], good);
  }
});

test('every provider pattern is bounded and free of nested repetition', () => {
  for (const rule of PROVIDERS) assert.equal(structuralProblems(rule.pattern.source), [], rule.id);
});

test('the table: ≥ 45 rules, unique ids, lowercase keywords, stateless patterns', () => {
  assert.ok(PROVIDERS.length >= 45, `${PROVIDERS.length} rules`);
  const ids = PROVIDERS.map((r) => r.id);
  assert.is(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const rule of PROVIDERS) {
    assert.match(rule.id, /^secret\/[a-z0-9-]+$/);
    assert.ok(rule.keywords.length > 0, `${rule.id} has no keyword`);
    for (const k of rule.keywords) assert.is(k, k.toLowerCase(), `${rule.id}: keyword ${k} must be lowercase`);
    assert.not.match(rule.pattern.flags, /[gy]/, `${rule.id}: stateful flags`);
    assert.ok(rule.title.length > 0 && rule.hint.length > 0, rule.id);
  }
});

const RUN = fileURLToPath(new URL('./_linear-run.ts', import.meta.url));
/** Generous: the run takes about 10 s on a loaded 2-core machine; a catastrophic pattern takes hours. */
const LIMIT_MS = 180_000;

let run: { result: LinearRun | null; failure: string } | undefined;
/** _linear-run.ts in a child process, killed at LIMIT_MS: a super-linear pattern fails here instead of hanging CI. */
function linearRun(): LinearRun {
  if (run === undefined) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', RUN], {
      encoding: 'utf8',
      timeout: LIMIT_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 24,
    });
    const last = r.stderr.trim().split('\n').at(-1) ?? '';
    if (r.error || r.signal !== null)
      run = {
        result: null,
        failure: `killed after ${LIMIT_MS / 1000} s (${r.error?.message ?? r.signal}) while running "${last}": a pattern is super-linear`,
      };
    else if (r.status !== 0)
      run = { result: null, failure: `the run exited with ${r.status}: ${r.stderr.slice(-2000)}` };
    else run = { result: JSON.parse(r.stdout) as LinearRun, failure: '' };
  }
  if (run.result === null) throw new Error(run.failure);
  return run.result;
}

test('every provider pattern runs over 1 MB adversarial lines and still finds the true positive after them', () => {
  const { rules } = linearRun();
  assert.equal(Object.keys(rules).sort(), PROVIDERS.map((r) => r.id).sort(), 'every rule was run');
  for (const [id, r] of Object.entries(rules)) {
    assert.ok(r.inputs >= GENERAL_INPUTS + 3, `${id}: ran over only ${r.inputs} inputs`);
    assert.ok(r.longest >= MB, `${id}: its longest input is ${r.longest} characters`);
    assert.is(
      r.reached,
      r.inputs,
      `${id}: found the planted true positive after only ${r.reached} of ${r.inputs} adversarial inputs`,
    );
  }
});

test('findSecrets over 1 MB of every keyword mixed with tokens: finds many rules, sorted, non-overlapping', () => {
  const { mixed } = linearRun();
  assert.ok(mixed.findings > 1000, `${mixed.findings} findings`);
  assert.ok(mixed.rules.length >= 20, `only ${mixed.rules.length} rules found: ${mixed.rules.join(', ')}`);
  assert.ok(mixed.ordered, 'findings overlap or are out of order');
});

test.run();
