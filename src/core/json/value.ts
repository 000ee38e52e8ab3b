// The JSON values mcpctl reads from and writes to a client's JSON/JSONC file. Structurally the same as
// the targets' Value/Entry, so either can be passed where the other is expected.

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One entry of a container to write (`entry`) or to remove (`entry: null`). */
export interface EntryEdit {
  name: string;
  entry: JsonObject | null;
  /** For a new entry: the entry it goes before, when that one is there (else it goes at the end). */
  before?: string | undefined;
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property of an object (never one from Object.prototype, whatever the key). */
export function getKey(o: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Sets a key even when it is `__proto__` or `constructor`, as JSON allows. */
export function setKey(o: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structural equality; key order does not matter, array order does. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}
