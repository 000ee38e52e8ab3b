// What stands between the tokens of a JSON/JSONC text: whitespace, commas and comments. Gaps hold no strings,
// so a plain character scan is exact there.

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** End of the comment starting at `at`, or `at` when none starts there. */
function _commentEnd(text: string, at: number): number {
  if (text[at] !== '/') return at;
  if (text[at + 1] === '/') {
    // up to the first line break, LF or CR, where jsonc-parser ends it: stopping only at LF took the rest of
    // a line ended by a lone CR for the comment, and lean-scan.ts then walked past the container's end
    let end = at + 2;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
  }
  if (text[at + 1] === '*') {
    const close = text.indexOf('*/', at + 2);
    return close === -1 ? text.length : close + 2;
  }
  return at;
}

/** The next token from `at`, past whitespace and comments on any line. */
export function nextToken(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c) || isBreak(c)) i++;
    else {
      const end = _commentEnd(text, i);
      if (end === i) return i;
      i = end;
    }
  }
  return i;
}

/** From `at`, past the spaces, tabs and comments that start on this line; stops at a line break or a token. */
export function restOfLine(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) i++;
    else {
      const end = _commentEnd(text, i);
      if (end === i) return i;
      i = end;
    }
  }
  return i;
}

/** Whether a comment starts anywhere in text[from, to) (a gap between tokens). */
export function hasComment(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (_commentEnd(text, i) !== i) return true;
  return false;
}

/** Whether text[from, to) holds whitespace only. */
export function isBlank(text: string, from: number, to: number): boolean {
  return /^[ \t\r\n]*$/.test(text.slice(from, to));
}

/** The last comment in the gap text[from, to), or null when there is none. */
export function lastComment(text: string, from: number, to: number): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  let i = from;
  while (i < to) {
    const end = _commentEnd(text, i);
    if (end !== i) {
      last = { start: i, end };
      i = end;
    } else i++;
  }
  return last;
}
