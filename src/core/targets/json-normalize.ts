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

export function normalizeJsonEntry(e: Entry, opts: JsonNormalizeOptions): Entry {
  const src: Entry = { ...e };
  const type = src['type'];
  if (typeof type === 'string' && opts.aliases && Object.hasOwn(opts.aliases, type))
    src['type'] = opts.aliases[type] ?? type;
  if (type === undefined && opts.inferType) {
    const inferred = src['command'] !== undefined ? opts.inferType.stdio : opts.inferType.remote;
    if (inferred !== null) src['type'] = inferred;
  }
  const out: Entry = {};
  const keys = [...ORDER.filter((k) => Object.hasOwn(src, k)), ...Object.keys(src).filter((k) => !ORDER.includes(k))];
  for (const k of keys) {
    const v = src[k];
    if (v === undefined) continue;
    if (opts.defaults && Object.hasOwn(opts.defaults, k) && valueEqual(v, opts.defaults[k])) continue;
    out[k] = v;
  }
  return out;
}
