// Offsets → 1-based line and column. The newline positions are collected in one pass over the text
// (only when a file has findings at all); each lookup is then a binary search, so a file with many
// findings never re-reads the text from its start.

export interface LineCol {
  line: number;
  col: number;
}

export class LineIndex {
  readonly #text: string;
  #newlines: Int32Array | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** Offset of every `\n`, built on first use. */
  #lines(): Int32Array {
    if (this.#newlines) return this.#newlines;
    const found: number[] = [];
    for (let i = this.#text.indexOf('\n'); i !== -1; i = this.#text.indexOf('\n', i + 1)) found.push(i);
    this.#newlines = Int32Array.from(found);
    return this.#newlines;
  }

  /** Line and column of `offset` (UTF-16 units, as SARIF's default `utf16CodeUnits` counts them). */
  at(offset: number): LineCol {
    const nl = this.#lines();
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
