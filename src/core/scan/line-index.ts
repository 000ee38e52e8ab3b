// Offsets → 1-based line and column. The newline positions are collected as far into the text as the
// offsets asked for (a file's findings come in order of position, so the text is read once at most, and
// not past its last finding); each lookup is then a binary search.

export interface LineCol {
  line: number;
  col: number;
}

export class LineIndex {
  readonly #text: string;
  /** Offsets of the `\n`s collected so far, ascending: every one before #next. */
  readonly #newlines: number[] = [];
  /** The first `\n` not collected yet (-1: none left); undefined until the first lookup. */
  #next: number | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** Line and column of `offset` (UTF-16 units, as SARIF's default `utf16CodeUnits` counts them). */
  at(offset: number): LineCol {
    const nl = this.#newlines;
    // each newline is searched for once, however many offsets share a (long) line
    let next = this.#next ?? this.#text.indexOf('\n');
    for (; next !== -1 && next < offset; next = this.#text.indexOf('\n', next + 1)) nl.push(next);
    this.#next = next;
    // Number of newlines before `offset` = index of the first newline at or after it.
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nl[mid] ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : (nl[lo - 1] ?? -1) + 1;
    return { line: lo + 1, col: offset - lineStart + 1 };
  }
}
