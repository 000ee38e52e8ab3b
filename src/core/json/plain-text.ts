// JSONC as strict JSON with every offset kept: comments and trailing commas become spaces, so the native
// JSON.parse (faster than jsonc-parser's scanner, and building no tree) can both check and read it.
// jsonc-parser stays the judge of anything this cannot vouch for: the caller falls back to it.

/**
 * How deep the fast paths follow objects and arrays. jsonc-parser recurses and overflows the stack some
 * thousands of levels down (E_INPUT "nests … more deeply", where depends on the stack left); anything
 * deeper than this goes its way, so that error stays where and what it is. No MCP configuration comes near.
 */
export const PLAIN_DEPTH = 64;

/** A text JSON.parse has accepted, as strict JSON with the offsets of the file (read-json.ts). */
export interface PlainText {
  text: string;
  /** keysAndColons of what JSON.parse made of it, when it was counted already (a JSONC file's depth). */
  keys?: number;
  /**
   * What JSON.parse made of it, while still in memory. A WeakRef keeps it alive until the current job ends
   * (readJson then entriesAt in one synchronous call parse the file once) and does not hold it after: a doc
   * kept for editing does not keep a parsed 5 MB ~/.claude.json in memory.
   */
  value: WeakRef<object>;
}

export interface Stripped {
  /** The text with comments and trailing commas as spaces (same length, same offsets). */
  text: string;
  /** Whether a trailing comma was blanked (a client that refuses them must take the slow path). */
  trailingCommas: boolean;
}

const QUOTE = 34;
const SLASH = 47;
const STAR = 42;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Everything up to the next "/" or possibly trailing comma outside a string, strings whole; at most 512 runs
 * at a time (V8 keeps a backtrack entry for each, and a few hundred thousand make a long match slow).
 */
const PLAIN_RUN = /(?:[^"/,]+|"[^"\\]*(?:\\[\s\S][^"\\]*)*"|,(?!\s*[}\]/])){0,512}/y;

/**
 * `source` (BOM already a space) as strict JSON, or undefined when a block comment is not closed. Comments
 * are exactly jsonc-parser's: `//` up to a line break (LF or CR), `/*` up to the first star and slash. A comma
 * is blanked only when a value ends before it and `}` or `]` follows it (past whitespace and comments); `[,]`
 * and `{"a":,}` stay broken for JSON.parse to refuse. The result is only vouched for once JSON.parse accepts
 * it (and it nests no deeper than PLAIN_DEPTH, which keysAndColons tells): then jsonc-parser (trailing commas
 * allowed) accepts `source`. The native regex PLAIN_RUN skips what needs no look (a loop over every character
 * of a 200 KB file took 5 ms before the JIT warmed to it).
 */
export function plainJsonc(source: string): Stripped | undefined {
  const parts: string[] = [];
  let copied = 0;
  let trailingCommas = false;
  // the last character of the last token (0 before any)
  let prev = 0;
  const blank = (from: number, to: number): void => {
    parts.push(source.slice(copied, from), ' '.repeat(to - from));
    copied = to;
  };
  // `from`: just after the last "/" or comma looked at (or comment blanked)
  for (let from = 0, i = 0; ;) {
    PLAIN_RUN.lastIndex = i;
    PLAIN_RUN.exec(source);
    if (PLAIN_RUN.lastIndex > i) {
      i = PLAIN_RUN.lastIndex; // (512 runs matched, or the end, or a character to look at: once more)
      continue;
    }
    const at = i;
    if (at >= source.length) break;
    const c = source.charCodeAt(at);
    for (let k = at - 1; k >= from; k--) {
      const p = source.charCodeAt(k);
      if (p !== 32 && p !== LF && p !== CR && p !== 9) {
        prev = p;
        break;
      }
    }
    // a string not closed: JSON.parse refuses the text whatever follows
    if (c === QUOTE) break;
    if (c === SLASH) {
      const end = _commentEnd(source, at);
      if (end === -1) return undefined;
      if (end > at) blank(at, end);
      else prev = c;
      from = i = Math.max(end, at + 1);
      continue;
    }
    const next = _nextToken(source, at + 1);
    if ((next === 125 || next === 93) && prev !== 123 && prev !== 91 && prev !== COMMA && prev !== 58) {
      blank(at, at + 1);
      trailingCommas = true;
    }
    prev = COMMA;
    from = i = at + 1;
  }
  if (parts.length === 0) return { text: source, trailingCommas };
  parts.push(source.slice(copied));
  return { text: parts.join(''), trailingCommas };
}

/**
 * Keys at every depth of a parsed value plus the colons inside its keys and strings: the colons of the text
 * it was parsed from, unless a key was written twice (parsed-entries.ts). NaN when it nests objects and arrays
 * more than PLAIN_DEPTH deep (its top level is 1), which no count equals.
 */
export function keysAndColons(value: unknown, depth = 1): number {
  if (typeof value === 'string') return colons(value);
  if (typeof value !== 'object' || value === null) return 0;
  if (depth > PLAIN_DEPTH) return Number.NaN;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) n += keysAndColons(v, depth + 1);
    return n;
  }
  // own keys, `__proto__` too (JSON.parse defines it as data); for-in allocates nothing
  const o = value as Record<string, unknown>;
  for (const k in o) if (Object.hasOwn(o, k)) n += 1 + colons(k) + keysAndColons(o[k], depth + 1);
  return n;
}

/** How many colons a text holds (the native indexOf, not a loop over every character). */
export function colons(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

/** After the comment that starts at `at` ("/"), `at` when none does, -1 for a block comment not closed. */
function _commentEnd(text: string, at: number): number {
  const next = text.charCodeAt(at + 1);
  if (next === SLASH) {
    let j = at + 2;
    for (let c = text.charCodeAt(j); j < text.length && c !== LF && c !== CR; c = text.charCodeAt(++j));
    return j;
  }
  if (next === STAR) {
    const close = text.indexOf('*/', at + 2);
    return close === -1 ? -1 : close + 2;
  }
  return at;
}

/** The character code of the next token from `at`, past whitespace and comments; 0 at the end. */
function _nextToken(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === LF || c === CR || c === 9) continue;
    if (c !== SLASH) return c;
    const end = _commentEnd(text, i);
    if (end <= i) return c;
    i = end - 1;
  }
  return 0;
}
