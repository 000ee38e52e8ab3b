// A JSON client's entry as its client reads it, for plan to compare and hash: the type it infers written
// out, its aliases folded (Copilot's "local" is "stdio"), defaults dropped, keys in one order.
import { valueEqual } from '../value.js';
import type { Entry, Value } from '../value.js';

const ORDER = [
  'type',
  'command',
  'args',
  'env',
  'envFile',
  'cwd',
  'url',
  'headers',
  'headersHelper',
  'tools',
  'timeout',
];

export interface JsonNormalizeOptions {
  /** The type the client assumes when an entry has none: by whether it has a command. Null: none assumed. */
  inferType: { stdio: string; remote: string | null } | null;
  /** Other names of the same type. */
  aliases?: Readonly<Record<string, string>>;
  /** Values that mean the same as the key being absent. */
  defaults?: Readonly<Record<string, Value>>;
}

/** A remote entry's address under one key (Windsurf and Antigravity read serverUrl, and url too). */
export function remoteAs(entry: Entry, key: 'serverUrl'): Entry {
  const { url, ...rest } = entry;
  return url !== undefined && rest[key] === undefined ? { ...rest, [key]: url } : rest;
}

/** Windsurf's and Antigravity's defaults: no args, no env, not disabled. */
export const SERVER_URL_DEFAULTS: JsonNormalizeOptions = {
  inferType: null,
  defaults: { args: [], env: {}, disabled: false },
};

const IN_ORDER: ReadonlySet<string> = new Set(ORDER);

export function normalizeJsonEntry(e: Entry, opts: JsonNormalizeOptions): Entry {
  // run for every entry of every file a plan reads: no copy of the entry and no key lists, only the result
  let type = Object.hasOwn(e, 'type') ? e['type'] : undefined;
  if (typeof type === 'string' && opts.aliases && Object.hasOwn(opts.aliases, type)) type = opts.aliases[type] ?? type;
  if (type === undefined && opts.inferType) {
    const inferred = e['command'] !== undefined ? opts.inferType.stdio : opts.inferType.remote;
    if (inferred !== null) type = inferred;
  }
  const out: Entry = {};
  _put(out, opts, 'type', type);
  for (let i = 1; i < ORDER.length; i++) {
    const k = ORDER[i] as string;
    if (Object.hasOwn(e, k)) _put(out, opts, k, e[k]);
  }
  for (const k in e) if (Object.hasOwn(e, k) && !IN_ORDER.has(k)) _put(out, opts, k, e[k]);
  return out;
}

/** The key into `out` unless its value is absent or the client's default for it. */
function _put(out: Entry, opts: JsonNormalizeOptions, k: string, v: Value | undefined): void {
  if (v === undefined) return;
  if (opts.defaults && Object.hasOwn(opts.defaults, k) && valueEqual(v, opts.defaults[k])) return;
  out[k] = v;
}
