// Removes one entry from an object's text, keeping every comment that is not on the entry's own lines and
// leaving valid JSON (no dangling comma). The exact inverse of insert-entries.ts: removing what it inserted
// gives back the bytes that were there before.
import { breakBefore, startsLine } from './positions.js';
import { lineTail } from './spans.js';
import type { Span, TextEdit } from './spans.js';
import { hasComment, nextToken, restOfLine } from './trivia.js';

/**
 * The edits that remove `span` from `text` (an object: "{" at 0, "}" last). `prevEnd`: where the entry
 * before it ends, null for the first. Everything before `span.end` must be as parsed; what follows may
 * already be edited (removals run from the last entry to the first).
 */
export function removeEntry(text: string, span: Span, prevEnd: number | null): TextEdit[] {
  const after = nextToken(text, span.end);
  const comma = text[after] === ',' ? after : null;
  const nextAt = comma === null ? after : nextToken(text, comma + 1);
  const hasNext = nextAt < text.length - 1;
  const tail = lineTail(text, comma === null ? span.end : comma + 1);
  const stop = restOfLine(text, tail);
  const ownLine =
    startsLine(text, span.start, 0) &&
    (comma === null || !/[\r\n]/.test(text.slice(span.end, comma))) &&
    (stop >= text.length - 1 || text[stop] === '\n' || text[stop] === '\r');
  const cut = (from: number, to: number): TextEdit => ({ offset: from, length: to - from, content: '' });
  const prevComma = prevEnd === null ? null : nextToken(text, prevEnd);

  if (ownLine) {
    // the entry's lines go, with the line break before them; a comment above it stays
    const edits = [cut(breakBefore(text, span.start), tail)];
    if (comma === null && prevComma !== null && text[prevComma] === ',') edits.push(cut(prevComma, prevComma + 1));
    return edits;
  }
  if (hasNext && comma !== null) {
    // `"a": 1, "b": 2`: the entry and its comma, up to the next entry
    return hasComment(text, span.end, nextAt)
      ? [cut(span.start, span.end), cut(comma, comma + 1)]
      : [cut(span.start, nextAt)];
  }
  if (prevEnd !== null && prevComma !== null) {
    // the last entry: from the end of the one before it (its comma goes)
    return hasComment(text, prevEnd, span.start)
      ? [cut(prevComma, prevComma + 1), cut(span.start, span.end)]
      : [cut(prevEnd, span.end)];
  }
  return [cut(span.start, comma === null ? span.end : comma + 1)];
}
