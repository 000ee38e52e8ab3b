// Offsets ↔ 1-based line:col, and the line arithmetic the editor needs. Offsets are UTF-16 indexes into
// the text as read (a BOM counts as one, as in core/toml), so line:col match the TOML target's.

export type Locate = (offset: number) => { line: number; col: number };

/** lineColAt for many offsets up to `upTo`: line starts are found once, then each lookup is a binary search. */
export function locator(text: string, upTo = text.length): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The spaces and tabs that start the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** Whether only spaces and tabs stand between the start of its line and `offset`, on a line after `after`. */
export function startsLine(text: string, offset: number, after: number): boolean {
  const start = lineStart(text, offset);
  return start > after && /^[ \t]*$/.test(text.slice(start, offset));
}

/** Where the line break before the line holding `offset` begins (its "\r" in a CRLF line). */
export function breakBefore(text: string, offset: number): number {
  const nl = lineStart(text, offset) - 1;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}
