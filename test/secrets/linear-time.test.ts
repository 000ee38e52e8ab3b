// Every provider pattern must run in linear time. Two kinds of evidence, neither of them a timing
// assertion: (1) the structure of every pattern.source — every repetition bounded, no quantified
// group wrapping a large repetition, no (a+)+-style nesting; (2) every pattern actually run over
// 1 MB adversarial lines (its keyword followed by 1 MB of valid token characters, the keyword
// repeated, near misses back to back) — a catastrophic pattern would hang the suite here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findSecrets } from '../../src/core/secrets/detect.js';
import { PROVIDERS } from '../../src/core/secrets/providers.js';
import { ALPHABET as A, rand, reseed } from './_gen.js';

reseed(1);

const MB = 1 << 20;
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
      if (q.max === Infinity) problems.push(`unbounded quantifier at ${i}: ${src.slice(Math.max(0, i - 12), i + q.length)}`);
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
  for (const bad of ['(a+)+', '(?:[a-z]*)*', 'a+', 'x*', 'a{2,}', '(?:x{1,100}){1,100}', '(\\d{1,3}){1,20}', '(?:(?:a|b){1,5}){1,50}']) {
    assert.ok(structuralProblems(bad).length > 0, bad);
  }
  for (const good of ['(?:-[0-9]{1,20}){0,4}', '[+*]{1,3}', '\\+{1,2}', 'a{2}', '(?<secret>[a-f]{32})', '(?<![A-Z])x(?![a-z])', '[\\]+]{1,2}']) {
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

/** The literal characters a pattern starts with, after an optional leading lookbehind. */
function _literalPrefix(src: string): string {
  let s = src.replace(/^\(\?<[=!](?:\[(?:\\.|[^\]])*\]|[^)])*\)/, '');
  let out = '';
  while (s.length > 0) {
    if (s[0] === '\\' && s.length > 1 && /[.\-/"]/.test(s[1] ?? '')) {
      out += s[1];
      s = s.slice(2);
    } else if (/^[A-Za-z0-9_"':-]/.test(s) && !/^.[*+?{]/.test(s)) {
      out += s[0];
      s = s.slice(1);
    } else break;
  }
  return out;
}

function _fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
}

const TOKEN_CHARS = rand(A.base64url, MB);
const GENERAL_INPUTS = [
  rand(A.hex, MB),
  rand('aA0:/@.-_=+ \n"\'', MB),
  _fill('-', MB),
];

test('every provider pattern runs over 1 MB adversarial lines', () => {
  for (const rule of PROVIDERS) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
    const prefixes = new Set([_literalPrefix(rule.pattern.source), ...rule.keywords, ...rule.keywords.map((k) => k.toUpperCase())]);
    prefixes.delete('');
    const inputs = [...GENERAL_INPUTS];
    for (const p of prefixes) {
      inputs.push(p + TOKEN_CHARS); // the keyword, then 1 MB of valid token characters
      inputs.push(_fill(p, MB)); // the keyword over and over
      inputs.push(_fill(`${p}${TOKEN_CHARS.slice(0, 12)} `, MB)); // near misses back to back
    }
    for (const input of inputs) {
      re.lastIndex = 0;
      let n = 0;
      for (let m = re.exec(input); m !== null; m = re.exec(input)) n++;
      assert.ok(n <= input.length, rule.id);
    }
  }
});

test('findSecrets over 1 MB of every keyword mixed with tokens: sorted, non-overlapping', () => {
  const parts: string[] = [];
  while (parts.join('').length < MB) {
    for (const rule of PROVIDERS) for (const k of rule.keywords) parts.push(`${k}${rand(A.base64url, 40)} ${k.toUpperCase()}${rand(A.alnum, 36)}\n`);
  }
  const text = parts.join('').slice(0, MB);
  const found = findSecrets(text);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1];
    const cur = found[i];
    assert.ok(prev && cur && prev.end <= cur.start, 'findings overlap or are out of order');
  }
});

test.run();
