// The generic rule's view of a text file: literals assigned to a name, in the shapes config and env
// files use — `KEY = "v"` (TOML), `KEY: v` (YAML), `"KEY": "v"` (JSON), `KEY=v` and `export KEY=v`
// (.env, shell). One bounded regex pass over each line where a key may be sensitive; whether a key is
// secret-looking and a value generated-looking is decided by genericSecretAt (src/core/secrets/detect.ts).
import { genericSecretAt } from '../secrets/detect.js';
import { isSensitiveKey, SENSITIVE_FRAGMENTS } from '../secrets/sensitive-keys.js';
import type { SecretMatch } from '../secrets/detect.js';

/**
 * key (double-quoted, single-quoted or bare), separator (`=`, `:`, `:=`, `=>`), value (quoted or
 * bare). Every repetition is bounded, so the pass is linear in the text. A bare key must not be glued
 * to a word, a `$` or a `-` on its left (`--api-key=`, `$TOKEN:` are not assignments of this kind).
 * Groups: 1 2 3 the key (double-quoted, single-quoted, bare), 4 5 6 the value (likewise). A bare value
 * never starts with `{` or `[`: that is a flow collection (`headers: {X-Api-Key: …}`), whose own
 * assignments the next match finds, instead of the whole `{X-Api-Key:` being taken as one value.
 */
const ASSIGNMENT = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$-])(?:"([^"\\\r\n]{1,200})"|'([^'\\\r\n]{1,200})'|([A-Za-z_][A-Za-z0-9_.-]{0,200}))` +
    String.raw`[ \t]{0,16}(?:=>|:=|=|:)[ \t]{0,16}` +
    String.raw`(?:"([^"\\\r\n]{1,8192})"|'([^'\\\r\n]{1,8192})'|([^\s"'${'`'},;{[][^\s"'${'`'},;]{0,8191}))`,
  'g',
);

/** Keys without any of these cannot be sensitive (sensitive-keys.ts keeps the list with the words it covers). */
const MAYBE_SENSITIVE = new RegExp(SENSITIVE_FRAGMENTS.join('|'), 'i');

const OUTER = new RegExp(ASSIGNMENT);
const INNER = new RegExp(ASSIGNMENT);

/** A value that may hold assignments of its own: `env A=b cmd`, `--token: x`, `{"key":"…"}`. */
const INNER_ASSIGNMENT = /=|:[ \t]|":/;

function _isSensitive(key: string): boolean {
  return MAYBE_SENSITIVE.test(key) && isSensitiveKey(key);
}

/** `v}` / `v]` from a YAML or TOML flow collection: the closing bracket is not part of the value. */
function _trimFlowClose(value: string): string {
  const last = value[value.length - 1];
  if (last === '}' && !value.includes('{')) return value.slice(0, -1);
  if (last === ']' && !value.includes('[')) return value.slice(0, -1);
  return value;
}

/**
 * Generic-rule matches, offsets into `text`, in order of position. An assignment never spans lines
 * and its key holds a sensitive fragment, so only the lines where one occurs are parsed, each once:
 * `lineStarts` says which (findSecretsInFile finds them in its keyword pass).
 */
export function genericSecrets(text: string, lineStarts: readonly number[]): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const lineStart of lineStarts) {
    const newline = text.indexOf('\n', lineStart);
    _scan(text.slice(lineStart, newline === -1 ? text.length : newline), lineStart, out, false);
  }
  return out;
}

/**
 * One pass of ASSIGNMENT over `text` (whose offset in the file is `base`). A value under an ordinary
 * key is searched once more, alone, for assignments inside it (`command: "env API_KEY=… node x"`);
 * that inner pass does not recurse, so every character is read at most twice.
 */
function _scan(text: string, base: number, out: SecretMatch[], nested: boolean): void {
  // one regex object per depth, reused: a line's pass and the pass inside one of its values interleave
  const re = nested ? INNER : OUTER;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = m[1] ?? m[2] ?? m[3];
    const quoted = m[4] ?? m[5];
    const raw = quoted ?? m[6];
    if (key === undefined || raw === undefined) continue;
    // The value ends the match (before its closing quote, when quoted).
    const valueStart = m.index + m[0].length - (quoted !== undefined ? 1 : 0) - raw.length;
    if (!_isSensitive(key)) {
      if (!nested && raw.length >= 16 && INNER_ASSIGNMENT.test(raw)) _scan(raw, base + valueStart, out, true);
      continue;
    }
    const value = quoted !== undefined ? raw : _trimFlowClose(raw);
    const hit = genericSecretAt(key, value);
    if (hit) out.push({ ...hit, start: base + valueStart + hit.start, end: base + valueStart + hit.end });
  }
}
