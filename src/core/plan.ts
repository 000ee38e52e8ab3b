// plan: desired server tables vs what the target holds now, per server.
// create / update (changed keys) / delete (managed only) / no-op; servers mcpctl does not manage are
// listed and never touched; drift = a managed server that no longer matches what mcpctl last wrote.
import { createHash } from 'node:crypto';
import { CODEX_KEY_ORDER } from './compile/codex.js';
import { tomlEqual } from './toml/value.js';
import type { TomlTable, TomlValue } from './toml/value.js';

export type Action = 'create' | 'update' | 'delete' | 'no-op';

export interface ServerChange {
  name: string;
  action: Action;
  /** Codex keys whose value changes (empty for no-op). */
  changed: string[];
  before: TomlTable | null;
  after: TomlTable | null;
  /** Managed, and edited by hand since mcpctl last wrote it. */
  drift: boolean;
  /** Present in the target but not yet managed: the apply takes it over. */
  adopt: boolean;
}

export interface ManagedRecord {
  /** sha256 of the normalized table mcpctl wrote. */
  sha256: string;
}

export interface Plan {
  changes: ServerChange[];
  unmanaged: string[];
  summary: { create: number; update: number; delete: number; noop: number; drift: number; unmanaged: number };
}

export function plan(
  desired: Map<string, TomlTable>,
  actual: Map<string, TomlTable>,
  managed: Record<string, ManagedRecord>,
): Plan {
  const changes: ServerChange[] = [];
  const isManaged = (name: string) => Object.hasOwn(managed, name);
  const driftOf = (name: string, table: TomlTable | undefined) => {
    const record = isManaged(name) ? managed[name] : undefined;
    if (!record) return false;
    return table === undefined || tableHash(table) !== record.sha256;
  };
  for (const [name, want] of desired) {
    const have = actual.get(name);
    const after = normalize(want);
    if (!have) {
      changes.push({
        name,
        action: 'create',
        changed: Object.keys(after),
        before: null,
        after,
        drift: isManaged(name),
        adopt: false,
      });
      continue;
    }
    const before = normalize(have);
    const changed = changedKeys(before, after);
    changes.push({
      name,
      action: changed.length ? 'update' : 'no-op',
      changed,
      before,
      after,
      drift: driftOf(name, have),
      adopt: !isManaged(name),
    });
  }
  const unmanaged: string[] = [];
  for (const [name, have] of actual) {
    if (desired.has(name)) continue;
    if (isManaged(name)) {
      changes.push({
        name,
        action: 'delete',
        changed: [],
        before: normalize(have),
        after: null,
        drift: driftOf(name, have),
        adopt: false,
      });
    } else {
      unmanaged.push(name);
    }
  }
  const count = (a: Action) => changes.filter((c) => c.action === a).length;
  return {
    changes,
    unmanaged,
    summary: {
      create: count('create'),
      update: count('update'),
      delete: count('delete'),
      noop: count('no-op'),
      drift: changes.filter((c) => c.drift).length,
      unmanaged: unmanaged.length,
    },
  };
}

export function hasChanges(p: Plan): boolean {
  return p.changes.some((c) => c.action !== 'no-op');
}

/** The table as Codex sees it: only keys Codex reads, defaults dropped, legacy keys converted, keys in Codex order. */
export function normalize(t: TomlTable): TomlTable {
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

function changedKeys(before: TomlTable, after: TomlTable): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return CODEX_KEY_ORDER.filter((k) => keys.has(k) && !tomlEqual(before[k], after[k]));
}

/** Stable hash of a server table as Codex sees it (key order and defaults do not matter). */
export function tableHash(t: TomlTable): string {
  return createHash('sha256')
    .update(canonical(normalize(t)))
    .digest('hex');
}

function canonical(v: TomlValue): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k] ?? '')}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
