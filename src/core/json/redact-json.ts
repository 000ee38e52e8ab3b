// The JSON/JSONC text with secret-looking string values masked as "(sensitive)", byte for byte otherwise
// (the same rules as redactToml: under env/headers/http_headers by key, anywhere by value or provider token
// format), so both sides of a plan's diff can be shown. Provider tokens in comments are masked too. The
// result still parses. Text that does not parse gets only provider-format tokens masked.
// One lean pass over the text (no tree: a 5 MB ~/.claude.json is walked, not allocated).
import { visit } from 'jsonc-parser';
import { maskTokens, maskValue, SENSITIVE, VALUE_TABLES } from '../redact.js';
import { stringAt, stringEnd, valueEnd } from './lean-scan.js';
import { splice } from './spans.js';
import type { TextEdit } from './spans.js';

interface Frame {
  object: boolean;
  /** The key this object or array is written under (for an array's items: the array's). */
  key: string | undefined;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  /** In an object: the key of the value being read. */
  current: string | undefined;
}

const MASKED = `"${SENSITIVE}"`;

export interface RedactRange {
  /** Only strings and comments that reach into [from, to) are looked at (the rest is kept as it is). */
  from: number;
  to: number;
}

/**
 * With `range`, only what a diff will show is redacted: the walk still tracks every key (a value's meaning
 * depends on the keys above it), but the secret rules run only inside the range. `parses`: the caller has
 * just read this text as valid, so the check is skipped.
 */
export function redactJson(
  text: string,
  comments: boolean,
  opts: { range?: RedactRange | undefined; parses?: boolean } = {},
): string {
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  if (!opts.parses && !_parses(source, comments)) return maskTokens(text);
  const from = opts.range?.from ?? 0;
  const to = opts.range?.to ?? source.length;
  const edits: TextEdit[] = [];
  const stack: Frame[] = [];
  let i = 0;
  // nothing after the range is looked at
  while (i < source.length && i < to) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '/') {
      const end = _commentEnd(source, i);
      if (end > from && i < to) {
        const comment = source.slice(i, end);
        const masked = maskTokens(comment);
        if (masked !== comment) edits.push({ offset: i, length: end - i, content: masked });
      }
      i = end;
    } else if (c === '{' || c === '[') {
      // an object or array that ends before the range holds nothing to look at
      const end = i < from ? valueEnd(source, i) : -1;
      if (end !== -1 && end <= from) {
        i = end;
        continue;
      }
      const key = top === undefined ? undefined : top.object ? top.current : top.key;
      stack.push({ object: c === '{', key, expectKey: c === '{', current: undefined });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (top?.object) top.expectKey = true;
      i++;
    } else if (c === ':') {
      if (top) top.expectKey = false;
      i++;
    } else if (c === '"') {
      const end = stringEnd(source, i);
      const isKey = top?.object === true && top.expectKey;
      const inRange = end > from && i < to;
      if (!isKey && !inRange) {
        i = end;
        continue;
      }
      const value = stringAt(source, i, end);
      if (isKey) top.current = value;
      if (!inRange) {
        i = end;
        continue;
      }
      const shown =
        isKey || !top?.object
          ? maskValue(undefined, value, false)
          : maskValue(top.current, value, top.key !== undefined && VALUE_TABLES.has(top.key));
      if (shown === SENSITIVE) edits.push({ offset: i, length: end - i, content: MASKED });
      i = end;
    } else i = Math.max(i + 1, valueEnd(source, i));
  }
  return splice(text, edits);
}

function _commentEnd(text: string, at: number): number {
  if (text[at + 1] === '*') {
    const close = text.indexOf('*/', at + 2);
    return close === -1 ? text.length : close + 2;
  }
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

function _parses(source: string, comments: boolean): boolean {
  if (!comments) {
    try {
      JSON.parse(source);
      return true;
    } catch {
      if (source.trim() !== '') return false;
    }
  }
  let ok = true;
  try {
    visit(source, { onError: () => void (ok = false) }, { disallowComments: !comments, allowTrailingComma: comments });
  } catch {
    return false;
  }
  return ok;
}
