// The TOML values mcpctl reads from and writes to Codex's config.toml.
// Integers and floats are both JS numbers; date-times (which no MCP key uses) are kept as their source text.

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === 'object' && !Array.isArray(v);
}

/** Own property of a table (never one from Object.prototype, whatever the key). */
export function getKey(t: TomlTable, key: string): TomlValue | undefined {
  return Object.hasOwn(t, key) ? t[key] : undefined;
}

/** Sets a key even when it is `__proto__` or `constructor`, as TOML allows. */
export function setKey(t: TomlTable, key: string, value: TomlValue): void {
  Object.defineProperty(t, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Structural equality; key order does not matter, array order does. */
export function tomlEqual(a: TomlValue | undefined, b: TomlValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => tomlEqual(item, b[i]));
  }
  if (!isTable(a) || !isTable(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && tomlEqual(a[k], b[k]));
}
