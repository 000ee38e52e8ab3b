// plan: desired server entries vs what a target file holds now, per server.
// create / update (changed keys) / delete (managed only) / no-op; servers mcpctl does not manage are
// listed and never touched; drift = a managed server that no longer matches what mcpctl last wrote.
// Entries are compared as the client sees them: each target passes its own normalize.
import { sha256Hex } from './sha256.js';
import { canonical, valueEqual } from './value.js';
import type { Entry } from './value.js';

/** An entry as its client sees it (defaults dropped, keys in the client's order). */
export type Normalize = (entry: Entry) => Entry;

export type Action = 'create' | 'update' | 'delete' | 'no-op';

export interface ServerChange {
  name: string;
  action: Action;
  /** Keys whose value changes (empty for no-op), in the client's order. */
  changed: string[];
  before: Entry | null;
  after: Entry | null;
  /** Managed, and edited by hand since mcpctl last wrote it. */
  drift: boolean;
  /** Present in the target but not yet managed: the apply takes it over. */
  adopt: boolean;
}

export interface ManagedRecord {
  /** sha256 of the normalized entry mcpctl wrote. */
  sha256: string;
}

export interface Plan {
  changes: ServerChange[];
  unmanaged: string[];
  summary: { create: number; update: number; delete: number; noop: number; drift: number; unmanaged: number };
}

export function plan(
  desired: ReadonlyMap<string, Entry>,
  actual: ReadonlyMap<string, Entry>,
  managed: Record<string, ManagedRecord>,
  normalize: Normalize,
): Plan {
  const changes: ServerChange[] = [];
  const isManaged = (name: string) => Object.hasOwn(managed, name);
  /** `seen` is the entry as the client sees it (normalized already), undefined when it is gone. */
  const driftOf = (name: string, seen: Entry | undefined) => {
    const record = isManaged(name) ? managed[name] : undefined;
    if (!record) return false;
    return seen === undefined || hashOf(seen) !== record.sha256;
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
    const changed = changedKeys(before, after, normalize);
    changes.push({
      name,
      action: changed.length ? 'update' : 'no-op',
      changed,
      before,
      after,
      drift: driftOf(name, before),
      adopt: !isManaged(name),
    });
  }
  const unmanaged: string[] = [];
  for (const [name, have] of actual) {
    if (desired.has(name)) continue;
    if (isManaged(name)) {
      const before = normalize(have);
      changes.push({
        name,
        action: 'delete',
        changed: [],
        before,
        after: null,
        drift: driftOf(name, before),
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

/** Keys whose value differs, in the client's order (both sides are normalized already). */
function changedKeys(before: Entry, after: Entry, normalize: Normalize): string[] {
  // the usual answer, without normalizing the two merged
  if (valueEqual(before, after)) return [];
  const order = Object.keys(normalize({ ...before, ...after }));
  return order.filter((k) => !valueEqual(before[k], after[k]));
}

/** Stable hash of an entry as its client sees it (key order and defaults do not matter). */
export function entryHash(entry: Entry, normalize: Normalize): string {
  return hashOf(normalize(entry));
}

/**
 * entryHash of a change's entry as it will be (plan normalized it already): what the state records for it
 * once applied, and what a plan's id is made of. Taken once per change however often it is asked for.
 */
export function afterHash(c: ServerChange): string | null {
  if (c.after === null) return null;
  let hash = afterHashes.get(c);
  if (hash === undefined) afterHashes.set(c, (hash = hashOf(c.after)));
  return hash;
}

const afterHashes = new WeakMap<ServerChange, string>();

/** entryHash of an entry normalized already. */
function hashOf(normalized: Entry): string {
  return sha256Hex(canonical(normalized));
}
