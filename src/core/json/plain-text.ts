// JSONC as strict JSON with every offset kept: comments and trailing commas become spaces, so the native
// JSON.parse (faster than jsonc-parser's scanner, and building no tree) can both check and read it.
// jsonc-parser stays the judge of anything this cannot vouch for: the caller falls back to it.
import { stringEnd } from './lean-scan.js';

/**
 * How deep the fast paths follow objects and arrays. jsonc-parser recurses and overflows the stack some
 * thousands of levels down (E_INPUT "nests … more deeply", where depends on the stack left); anything
 * deeper than this goes its way, so that error stays where and what it is. No MCP configuration comes near.
 */
export const PLAIN_DEPTH = 64;

/** A text JSON.parse has accepted, as strict JSON with the offsets of the file (read-json.ts). */
export interface PlainText {
  text: string;
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
 * `source` (BOM already a space) as strict JSON, or undefined when a block comment is not closed or the text
 * nests deeper than PLAIN_DEPTH. Comments are exactly jsonc-parser's: `//` up to a line break (LF or CR),
 * `/*` up to the first star and slash. A comma is blanked only when a value ends before it and `}` or `]` follows it
 * (past whitespace and comments); `[,]` and `{"a":,}` stay broken for JSON.parse to refuse. The result is
 * only vouched for once JSON.parse accepts it: then jsonc-parser (trailing commas allowed) accepts `source`.
 */
export function plainJsonc(source: string): Stripped | undefined {
  const parts: string[] = [];
  let copied = 0;
  let depth = 0;
  let trailingCommas = false;
  // the last character of the last token (0 before any)
  let prev = 0;
  const blank = (from: number, to: number): void => {
    parts.push(source.slice(copied, from), ' '.repeat(to - from));
    copied = to;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === LF || c === CR || c === 9) continue;
    if (c === QUOTE) {
      i = stringEnd(source, i) - 1;
      prev = QUOTE;
    } else if (c === SLASH) {
      const end = _commentEnd(source, i);
      if (end === -1) return undefined;
      if (end > i) {
        blank(i, end);
        i = end - 1;
      } else prev = c;
    } else if (c === COMMA) {
      const next = _nextToken(source, i + 1);
      const closes = next === 125 || next === 93;
      if (closes && prev !== 123 && prev !== 91 && prev !== COMMA && prev !== 58) {
        blank(i, i + 1);
        trailingCommas = true;
      }
      prev = c;
    } else {
      if (c === 123 || c === 91) {
        if (++depth > PLAIN_DEPTH) return undefined;
      } else if (c === 125 || c === 93) depth--;
      prev = c;
    }
  }
  if (parts.length === 0) return { text: source, trailingCommas };
  parts.push(source.slice(copied));
  return { text: parts.join(''), trailingCommas };
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
