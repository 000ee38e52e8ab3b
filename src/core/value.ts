// The values of a client's server entry: JSON's. (TOML's, in toml/value.ts, are a subset: no null.)

export type Value = string | number | boolean | null | Value[] | Entry;
export interface Entry {
  [key: string]: Value;
}

export function isEntry(v: Value | undefined): v is Entry {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality; key order does not matter, array order does. */
export function valueEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  // asked of every entry a plan compares: loops, no key lists or callbacks
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    // (a hole in `a` is skipped, as every() skips it)
    for (let i = 0; i < a.length; i++) if (i in a && !valueEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isEntry(a) || !isEntry(b)) return false;
  let keys = 0;
  for (const k in a) {
    if (!Object.hasOwn(a, k)) continue;
    keys++;
    if (!Object.hasOwn(b, k) || !valueEqual(a[k], b[k])) return false;
  }
  for (const k in b) if (Object.hasOwn(b, k) && --keys < 0) return false;
  return keys === 0;
}

/**
 * A stable text of a value: key order does not matter (for hashes: the state's digests are of this text, so it
 * never changes). JSON with each object's keys sorted; built in one string, as a plan takes it of every entry.
 */
export function canonical(v: Value): string {
  if (typeof v === 'string') return _quoted(v);
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  let out: string;
  if (Array.isArray(v)) {
    out = '[';
    for (let i = 0; i < v.length; i++) out += `${i ? ',' : ''}${canonical(v[i]!) ?? ''}`;
    return `${out}]`;
  }
  const keys = Object.keys(v).sort();
  out = '{';
  for (let i = 0; i < keys.length; i++) out += `${i ? ',' : ''}${_quoted(keys[i]!)}:${canonical(v[keys[i]!] ?? null)}`;
  return `${out}}`;
}

/** What JSON.stringify writes for a string may differ from it only by a quote, backslash, control character or surrogate. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify of a string, without its call for the strings it would write as they are (most of them). */
function _quoted(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}
