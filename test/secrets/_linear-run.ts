// Child process of linear-time.test.ts: runs every provider pattern over 1 MB adversarial inputs, and
// findSecrets over 1 MB of keywords mixed with tokens, then prints what it found as JSON. A separate
// process so the parent can kill it on a time limit: a catastrophic pattern fails the test instead of
// hanging CI. Before each rule it writes "rule <id>" to stderr, so a kill names the rule that hung.
// After every adversarial megabyte comes one true positive of the rule (from _cases.ts): finding it
// proves the pattern scanned the whole input, so a pattern that never ran cannot pass.
import { findSecrets } from '../../src/core/secrets/detect.js';
import { PROVIDERS } from '../../src/core/secrets/providers.js';
import { CASES } from './_cases.js';
import { ALPHABET as A, rand, reseed } from './_gen.js';

reseed(1);

const MB = 1 << 20;

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

export interface LinearRun {
  /** Per rule: how many inputs it ran over, in how many it found the true positive planted at the end,
   * how many matches it made inside the adversarial megabytes (expected none), the longest input. */
  rules: Record<string, { inputs: number; reached: number; inside: number; longest: number }>;
  /** findSecrets over the mixed megabyte: how many findings, which rules, whether sorted and disjoint. */
  mixed: { findings: number; rules: string[]; ordered: boolean };
}

const TOKEN_CHARS = rand(A.base64url, MB);
const GENERAL_INPUTS = [rand(A.hex, MB), rand('aA0:/@.-_=+ \n"\'', MB), _fill('-', MB)];

const rules: LinearRun['rules'] = {};
for (const rule of PROVIDERS) {
  process.stderr.write(`rule ${rule.id}\n`);
  const re = new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
  const prefixes = new Set([
    _literalPrefix(rule.pattern.source),
    ...rule.keywords,
    ...rule.keywords.map((k) => k.toUpperCase()),
  ]);
  prefixes.delete('');
  const inputs = [...GENERAL_INPUTS];
  for (const p of prefixes) {
    inputs.push(p + TOKEN_CHARS); // the keyword, then 1 MB of valid token characters
    inputs.push(_fill(p, MB)); // the keyword over and over
    inputs.push(_fill(`${p}${TOKEN_CHARS.slice(0, 12)} `, MB)); // near misses back to back
  }
  const positive = CASES.find((c) => c.id === rule.id)?.positives[0]?.[0] ?? '';
  let reached = 0;
  let inside = 0;
  for (const adversarial of inputs) {
    const input = `${adversarial}\n${positive}`;
    re.lastIndex = 0;
    let found = false;
    for (let m = re.exec(input); m !== null; m = re.exec(input)) {
      if (m.index > adversarial.length) found = true;
      else inside++;
      if (m[0] === '') re.lastIndex++;
    }
    if (found) reached++;
  }
  rules[rule.id] = { inputs: inputs.length, reached, inside, longest: Math.max(...inputs.map((i) => i.length)) };
}

process.stderr.write('mixed\n');
const parts: string[] = [];
let size = 0;
while (size < MB) {
  for (const rule of PROVIDERS) {
    for (const k of rule.keywords) {
      const part = `${k}${rand(A.base64url, 40)} ${k.toUpperCase()}${rand(A.alnum, 36)}\n`;
      parts.push(part);
      size += part.length;
    }
  }
}
const found = findSecrets(parts.join('').slice(0, MB));
let ordered = true;
for (let i = 1; i < found.length; i++) {
  const prev = found[i - 1];
  const cur = found[i];
  if (!prev || !cur || prev.end > cur.start) ordered = false;
}
const result: LinearRun = {
  rules,
  mixed: { findings: found.length, rules: [...new Set(found.map((f) => f.ruleId))].sort(), ordered },
};
process.stdout.write(JSON.stringify(result));
