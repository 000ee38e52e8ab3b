// How a JSON file is laid out, so that what mcpctl inserts looks like what is already there:
// its line break, its indentation unit and whether it ends with a line break.

export interface Indent {
  insertSpaces: boolean;
  /** Spaces per level (1 with tabs). */
  tabSize: number;
}

/** The file's own line break: the first one in it, "\n" when it has none. */
export function eolOf(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

const PROBE_LINES = 1000;

/**
 * The indentation unit: what a line that opens an object or array ("{" or "[" at its end) adds to the
 * indentation of the next line, for the first such pair in the first lines: tabs, or a number of spaces.
 * Two spaces when nothing tells (an empty or one-line file).
 */
export function indentOf(text: string): Indent {
  let start = 0;
  let opener: string | null = null;
  for (let n = 0; n < PROBE_LINES && start < text.length; n++) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl === -1 ? text.length : nl).replace(/\s+$/, '');
    start = nl === -1 ? text.length : nl + 1;
    if (line === '') continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (opener !== null && lead.startsWith(opener) && lead.length > opener.length) {
      const step = lead.slice(opener.length);
      if (/^\t+$/.test(step)) return { insertSpaces: false, tabSize: 1 };
      if (/^ +$/.test(step)) return { insertSpaces: true, tabSize: step.length };
    }
    opener = line.endsWith('{') || line.endsWith('[') ? lead : null;
  }
  return { insertSpaces: true, tabSize: 2 };
}

export function unitOf(indent: Indent): string {
  return indent.insertSpaces ? ' '.repeat(indent.tabSize) : '\t';
}
