// entriesAt from what JSON.parse made of the file, with no scan of its text in JavaScript: the fast path
// before plain-entries.ts. JSON.parse keeps the last of two equal keys, so the one thing its value cannot
// tell is whether a key was written twice. The text can: in valid JSON every ":" outside a string follows a
// key, so the colons of the text (with those its strings write as "\u003a") are its keys plus the colons of
// its strings. When the parsed value has as many (keys at every depth, plus the colons of every key and
// string), nothing was dropped: no key was written twice anywhere.
// Positions are found only when asked for (a diagnostic), by plain-entries.ts's scan. Anything this cannot
// vouch for (a container or entry that is not an object, a name JSON.parse would reorder, deep nesting)
// returns undefined, and the scan decides, with the errors it gives.
import type { EntryAt } from './entries.js';
import { entryKeys, LocatedEntry, Where } from './plain-entries.js';
import { colons, keysAndColons } from './plain-text.js';
import type { JsonDoc } from './read-json.js';
import { getKey } from './value.js';
import type { JsonObject } from './value.js';

/** The entries under `path` as entriesAt gives them, or undefined when only a scan of the text can tell. */
export function parsedEntries(doc: JsonDoc, path: readonly string[]): Map<string, EntryAt> | undefined {
  const plain = doc.plain;
  const root = plain?.value.deref();
  if (plain === undefined || root === undefined) return undefined;
  if (colons(plain.text) + _escapedColons(plain.text) !== (plain.keys ?? keysAndColons(root))) return undefined;
  let at: unknown = root;
  for (const seg of path) {
    if (!_isObject(at)) return undefined;
    if (!Object.hasOwn(at, seg)) return new Map();
    at = getKey(at, seg);
  }
  if (!_isObject(at)) return undefined;
  const out = new Map<string, EntryAt>();
  // where each entry's key is written: found by one scan of the container when a diagnostic first asks
  const keys = new Where(() => entryKeys(doc, path));
  for (const name in at) {
    if (!Object.hasOwn(at, name)) continue;
    const value = at[name];
    // a name like "7" comes first in the parsed object, not where the file has it
    if (!_isObject(value) || _isIndex(name)) return undefined;
    out.set(name, new LocatedEntry(value, name, keys));
  }
  return out;
}

/** How many colons the text's strings write as "\u003a": a backslash run of odd length before "u003a". */
function _escapedColons(text: string): number {
  if (!text.includes('\\')) return 0;
  let n = 0;
  for (const m of text.matchAll(/\\+u003a/gi)) if ((m[0].length - 5) % 2 === 1) n++;
  return n;
}

/** A name an object lists before all others, in ascending order (an array index). */
function _isIndex(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 48 && c <= 57 && String(Number(name) >>> 0) === name && name !== '4294967295';
}

function _isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
