// Values that stand for a secret without being one: references resolved at run time
// (${env:X}, $VAR, {{ x }}) and the stand-ins people put in documentation (<your-token>, xxxx,
// changeme, AKIA…EXAMPLE). None of them is ever a finding.

/** The whole value is a reference or template expression; each starts with one of REFERENCE_STARTS. */
const WHOLE_REFERENCE: readonly RegExp[] = [
  /^\$\{[^{}]{1,200}\}$/, // ${env:X} ${secret:x} ${input:x} ${VAR} ${VAR:-default}
  /^\$\{\{[^{}]{1,200}\}\}$/, // ${{ secrets.X }}
  /^\{\{[^{}]{1,200}\}\}$/, // {{ x }}
  /^\$[A-Za-z_][A-Za-z0-9_]{0,100}$/, // $VAR
  /^\$\([^()]{1,200}\)$/, // $(command)
  /^%[A-Za-z_][A-Za-z0-9_]{0,100}%$/, // %VAR%
  /^<[^<>]{1,100}>$/, // <your-token>
  /^\[[A-Za-z0-9 _-]{1,60}\]$/, // [YOUR_TOKEN]
  /^op:\/\/\S{1,300}$/, // 1Password secret reference
];
const REFERENCE_STARTS = new Set(['$', '{', '%', '<', '[', 'o']);

/** A reference embedded in a longer value: the literal parts around it are not the secret. */
const EMBEDDED_REFERENCE = /\$\{[^{}\s]{1,200}\}|\{\{[^{}]{1,200}\}\}/;

/** Whole values (case-insensitive) that are stand-ins, not secrets. */
const STAND_IN_VALUES = new Set([
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'empty',
  'unset',
  'tbd',
  'todo',
  'n/a',
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'api_key',
  'key',
  'test',
  'default',
  'hidden',
  'masked',
  'sensitive',
  'changeit',
  'xxx',
]);

/**
 * Fragments that fill documentation and never occur in a real token by chance: `example`,
 * `(sensitive)`, `***`, `...`, sequential runs. Checked in any value.
 */
const STAND_IN_MARKERS: readonly string[] = [
  'example',
  'changeme',
  'change_me',
  'change-me',
  'placeholder',
  'redacted',
  'dummy',
  'sample',
  'replace',
  'insert',
  'foobar',
  'lorem',
  'notasecret',
  'not_a_secret',
  'not-a-secret',
  '(sensitive)',
  '***',
  '...',
  '\u2026',
  '0123456789',
  '123456789',
  'abcdefghij',
  'qwerty',
];

/**
 * Short fragments (`your-token-here`, `xxxx`, `fake`) can turn up by chance inside a long
 * random body such as a private key, so they only count in values of ordinary token length.
 */
const SHORT_MARKERS: readonly string[] = ['your', 'xxxx', 'fake', 'mock'];
const SHORT_MARKER_MAX_LENGTH = 120;

/** Counts of ASCII characters for _dominatedByOneChar, reused (and left zeroed). */
const asciiCounts = new Int32Array(128);

/** One character fills more than half of the value: `AAAA…`, `ghp_000000…`. */
function _dominatedByOneChar(value: string): boolean {
  if (value.length < 8) return false;
  let max = 0;
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    const n = (asciiCounts[c] ?? 0) + 1;
    asciiCounts[c] = n;
    if (n > max) max = n;
  }
  for (let i = 0; i < value.length; i++) asciiCounts[value.charCodeAt(i) & 127] = 0;
  if (ascii) return max * 2 > value.length;
  const counts = new Map<string, number>();
  max = 0;
  for (const ch of value) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > max) max = n;
  }
  return max * 2 > value.length;
}

/** `"x"`, `'x'` and `` `x` `` → `x`. */
function _unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'" || first === '`') && value.endsWith(first)) {
    return value.slice(1, -1).trim();
  }
  return value;
}

/** True for references (`${env:X}`, `$VAR`, `{{ x }}`) and documentation stand-ins. */
export function isPlaceholderOrReference(value: string): boolean {
  const v = _unquote(value.trim());
  if (v.length === 0) return true;
  if (REFERENCE_STARTS.has(v[0] ?? '') && WHOLE_REFERENCE.some((re) => re.test(v))) return true;
  if (EMBEDDED_REFERENCE.test(v)) return true;
  const lower = v.toLowerCase();
  if (STAND_IN_VALUES.has(lower)) return true;
  if (STAND_IN_MARKERS.some((marker) => lower.includes(marker))) return true;
  if (v.length <= SHORT_MARKER_MAX_LENGTH && SHORT_MARKERS.some((marker) => lower.includes(marker))) return true;
  if (lower.includes('<') && lower.includes('>')) return true;
  return _dominatedByOneChar(v);
}
