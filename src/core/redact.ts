// Redaction: secret-looking values become "(sensitive)" in every output (plan text, diff, JSON, errors).
// A value is masked when it sits under an env/header table and its key or value looks secret, or when its
// value alone matches a provider token format anywhere.
import { maskTokens, SENSITIVE_MARK as SENSITIVE } from './mask-tokens.js';
import { looksSecret } from './secrets/detect.js';
import { isSensitiveKey } from './secrets/sensitive-keys.js';
import { parseToml } from './toml/parse.js';
import type { Entry, Value } from './value.js';

export { SENSITIVE };

export const VALUE_TABLES = new Set(['env', 'http_headers', 'headers']);

/** A client's reference to an environment variable (Claude Code, Copilot: ${X}; Cursor, VS Code: ${env:X}); no fallback. */
const CLIENT_REF = /\$\{(?:env:)?[A-Za-z_][A-Za-z0-9_]*\}/g;

/**
 * The value names where the secret comes from and holds none: only references to environment variables,
 * perhaps after an auth scheme ("Bearer ${TOKEN}"). A fallback (${X:-…}) could be a secret, so it is not one.
 */
function onlyReferences(value: string): boolean {
  // (no "${": no reference, and no copy of the value made to find none; asked of every value a plan shows)
  if (!value.includes('${')) return false;
  const rest = value.replace(CLIENT_REF, '');
  if (rest === value) return false;
  return /^\s*(?:(?:Bearer|Basic|Token)\s+)?$/i.test(rest);
}

export function maskValue(key: string | undefined, value: string, underValueTable: boolean): string {
  if (onlyReferences(value)) return value;
  if (underValueTable && key !== undefined && isSensitiveKey(key)) return SENSITIVE;
  return looksSecret(key, value) ? SENSITIVE : value;
}

/**
 * A server entry with its secret-looking values masked: a copy where something is masked, the entry itself
 * where nothing is (the usual case; a plan asks this of every entry it writes, and copies only what it must).
 * Read-only: neither the entry nor the result is changed afterwards.
 */
export function maskedOrSame(t: Entry, parentKey?: string): Entry {
  return _maskedEntry(t, parentKey, maskValue);
}

type Mask = (key: string | undefined, value: string, underValueTable: boolean) => string;

/**
 * maskValue's answers, kept for the strings asked about already: a plan masks every client's copy of each
 * server, and most of their values are the same strings in every copy, so five clients cost about one.
 * One for a plan; nothing of it outlives that.
 */
export class MaskMemo {
  // by key (or none, for a list's items), then by value; a key under an env or headers table apart
  private readonly items = new Map<string, string>();
  private readonly keyed = new Map<string, Map<string, string>>();
  private readonly underTable = new Map<string, Map<string, string>>();
  private readonly mask: Mask = (key, value, under) => {
    let memo = this.items;
    if (key !== undefined) {
      const byKey = under ? this.underTable : this.keyed;
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, (memo = new Map<string, string>()));
      else memo = known;
    }
    let masked = memo.get(value);
    if (masked === undefined) memo.set(value, (masked = maskValue(key, value, under)));
    return masked;
  };

  /** maskedOrSame, with the answers kept. */
  maskedOrSame(t: Entry): Entry {
    return _maskedEntry(t, undefined, this.mask);
  }
}

function _maskedEntry(t: Entry, parentKey: string | undefined, mask: Mask): Entry {
  const under = parentKey !== undefined && VALUE_TABLES.has(parentKey);
  let out: Entry | undefined;
  for (const k in t) {
    if (!Object.hasOwn(t, k)) continue;
    const v = t[k] as Value;
    const m = _maskedOrSame(k, v, under, mask);
    // (a key "__proto__" is always copied, as the first masking copied it: it becomes the copy's prototype)
    if (m === v && out === undefined && k !== '__proto__') continue;
    out ??= _copyBefore(t, k);
    out[k] = m;
  }
  return out ?? t;
}

/** The entries of `t` before key `stop`, copied (own keys, in order). */
function _copyBefore(t: Entry, stop: string): Entry {
  const out: Entry = {};
  for (const k in t) {
    if (k === stop) break;
    if (Object.hasOwn(t, k)) out[k] = t[k] as Value;
  }
  return out;
}

function _maskedOrSame(key: string, v: Value, underValueTable: boolean, mask: Mask): Value {
  if (typeof v === 'string') return mask(key, v, underValueTable);
  if (Array.isArray(v)) {
    let out: Value[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as Value;
      const m = typeof x === 'string' ? mask(undefined, x, false) : _maskedOrSame(key, x, false, mask);
      if (m === x && out === undefined) continue;
      out ??= v.slice(0, i);
      out.push(m);
    }
    return out ?? v;
  }
  if (v !== null && typeof v === 'object') return _maskedEntry(v, key, mask);
  return v;
}

/**
 * The TOML text with every secret-looking string value replaced by "(sensitive)", byte-for-byte otherwise.
 * Used on both sides of a diff. Text that does not parse is returned with provider-format tokens masked.
 */
export function redactToml(text: string): string {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  let ast;
  try {
    ast = parseToml(body);
  } catch {
    return maskTokens(text);
  }
  const edits: Array<[number, number]> = [];
  for (const tok of ast.tokens) {
    if (
      tok.type !== 'BasicString' &&
      tok.type !== 'LiteralString' &&
      tok.type !== 'MultiLineBasicString' &&
      tok.type !== 'MultiLineLiteralString'
    )
      continue;
    if (looksSecret(undefined, tok.value)) edits.push([tok.range[0], tok.range[1]]);
  }
  const visit = (body: ReadonlyArray<{ type: string }>, tablePath: string[]) => {
    for (const node of body) walk(node, tablePath);
  };
  const walk = (node: unknown, tablePath: string[]): void => {
    if (!isNode(node)) return;
    if (
      node.type === 'TOMLTable' &&
      'resolvedKey' in node &&
      Array.isArray(node.resolvedKey) &&
      'body' in node &&
      Array.isArray(node.body)
    ) {
      visit(node.body, node.resolvedKey.map(String));
      return;
    }
    if (node.type === 'TOMLKeyValue' && 'key' in node && 'value' in node) {
      const keys = keyNames(node.key);
      const full = [...tablePath, ...keys];
      const last = full[full.length - 1];
      const parent = full[full.length - 2];
      const value = node.value;
      if (
        isNode(value) &&
        value.type === 'TOMLValue' &&
        'kind' in value &&
        value.kind === 'string' &&
        'value' in value &&
        typeof value.value === 'string' &&
        'range' in value &&
        Array.isArray(value.range)
      ) {
        const under = parent !== undefined && VALUE_TABLES.has(parent);
        if (maskValue(last, value.value, under) === SENSITIVE)
          edits.push([Number(value.range[0]), Number(value.range[1])]);
      } else if (isNode(value) && value.type === 'TOMLInlineTable' && 'body' in value && Array.isArray(value.body)) {
        visit(value.body, full);
      }
    }
  };
  visit(ast.body[0].body, []);
  if (!edits.length) return text;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of edits) {
    if (s < at) continue;
    out += body.slice(at, s) + `"${SENSITIVE}"`;
    at = e;
  }
  return (bom ? '\uFEFF' : '') + out + body.slice(at);
}

function isNode(v: unknown): v is { type: string } {
  return typeof v === 'object' && v !== null && 'type' in v && typeof v.type === 'string';
}

function keyNames(key: unknown): string[] {
  if (!isNode(key) || !('keys' in key) || !Array.isArray(key.keys)) return [];
  return key.keys.map((k: unknown) => {
    if (isNode(k) && 'name' in k && typeof k.name === 'string') return k.name;
    if (isNode(k) && 'value' in k && typeof k.value === 'string') return k.value;
    return '';
  });
}

export { maskTokens } from './mask-tokens.js';
