// A Codex server table as Codex sees it: only keys Codex reads, defaults dropped, legacy keys converted,
// keys in Codex's order. What plan compares and what the state file's hashes are taken of.
import { CODEX_KEY_ORDER } from '../../compile/codex.js';
import { entryHash } from '../../plan.js';
import type { TomlTable, TomlValue } from '../../toml/value.js';
import { tomlOf } from './toml-of.js';

export function normalizeCodex(t: TomlTable): TomlTable {
  const src: TomlTable = { ...t };
  const ms = src['startup_timeout_ms'];
  if (src['startup_timeout_sec'] === undefined && typeof ms === 'number') src['startup_timeout_sec'] = ms / 1000;
  const out: TomlTable = {};
  for (const key of CODEX_KEY_ORDER) {
    const v = src[key];
    if (v === undefined || isDefault(key, v)) continue;
    out[key] = v;
  }
  return out;
}

function isDefault(key: string, v: TomlValue): boolean {
  if (key === 'enabled') return v === true;
  if (key === 'required') return v === false;
  if (Array.isArray(v)) return v.length === 0 && (key === 'args' || key === 'env_vars');
  if (typeof v === 'object') return Object.keys(v).length === 0 && key !== 'oauth';
  return false;
}

/** The state file's hash of a Codex server table. */
export function codexHash(t: TomlTable): string {
  return entryHash(t, (e) => normalizeCodex(tomlOf(e)));
}
