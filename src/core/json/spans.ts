// The entries of one object as offsets into a text, and the edits made to that text.
import type { Node } from 'jsonc-parser';
import { keyOf, propertiesOf } from './container.js';
import { lastComment, restOfLine } from './trivia.js';

/** One `"name": value` of an object; offsets into the text being edited. */
export interface Span {
  name: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/** The properties of `obj`, whose offsets are `delta` past those of the text being edited. */
export function spansOf(obj: Node, delta: number): Span[] {
  return propertiesOf(obj).map(({ key, value, prop }) => ({
    name: keyOf(key),
    start: prop.offset - delta,
    end: prop.offset + prop.length - delta,
    valueStart: value.offset - delta,
    valueEnd: value.offset + value.length - delta,
  }));
}

/** Applies edits that do not overlap, in one pass (jsonc-parser's applyEdits copies the text once per edit). */
export function splice(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at) throw new Error(`overlapping JSON edits at ${e.offset}`);
    parts.push(text.slice(at, e.offset), e.content);
    at = e.offset + e.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * What stays with the entry that ends at `at` (after its comma, if any) on its line: the spaces up to the
 * line break, and any comments there; when a token (`}`) follows on the same line, only up to the last
 * comment. Insert and remove both use it, so that removing what was inserted gives back the same bytes.
 */
export function lineTail(text: string, at: number): number {
  const stop = restOfLine(text, at);
  if (stop >= text.length || text[stop] === '\n' || text[stop] === '\r') return stop;
  return lastComment(text, at, stop)?.end ?? at;
}
