// smol-toml as an independent second reader, its output narrowed to TomlValue.
import { parse } from 'smol-toml';
import type { TomlTable, TomlValue } from '../../src/core/toml/value.js';
import { isTable, setKey } from '../../src/core/toml/value.js';

export function smolParse(text: string): TomlTable {
  const value = fromSmol(parse(text.startsWith('\uFEFF') ? text.slice(1) : text));
  if (!isTable(value)) throw new Error('smol-toml returned no table');
  return value;
}

export function fromSmol(v: unknown): TomlValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(fromSmol);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && v !== null) {
    const out: TomlTable = {};
    for (const [k, item] of Object.entries(v)) setKey(out, k, fromSmol(item));
    return out;
  }
  throw new Error(`unexpected value from smol-toml: ${String(v)}`);
}
