// Line arithmetic over raw text for byte-exact edits. Offsets are UTF-16 indexes into the text; a line
// includes its "\n" (and the "\r" before it in CRLF files).

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset` (after its "\n"), or the end of the text. */
export function nextLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** The line starting at `start`, without its line break. */
export function lineAt(text: string, start: number): string {
  const end = nextLine(text, start);
  return text.slice(start, end).replace(/\r?\n$/, '');
}

export const isBlank = (line: string): boolean => /^[ \t\r]*$/.test(line);
export const isComment = (line: string): boolean => /^[ \t]*#/.test(line);
export const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/** Offset after the node's content: past the line it ends on when it does not end with a line break. */
export function afterContent(text: string, contentEnd: number): number {
  return text[contentEnd - 1] === '\n' ? contentEnd : nextLine(text, contentEnd);
}

/**
 * From `from` (a line start), skips blank lines and comment lines indented at least `minIndent` and returns
 * the offset after the last such comment (blank lines after it are not taken): the end of a mapping's block
 * including the comments that trail its last entry.
 */
export function pastTrailingComments(text: string, from: number, minIndent: number): number {
  let end = from;
  for (let at = from; at < text.length; at = nextLine(text, at)) {
    const line = lineAt(text, at);
    if (isBlank(line)) continue;
    if (!isComment(line) || indentOf(line) < minIndent) break;
    end = nextLine(text, at);
  }
  return end;
}

/** The first non-blank line at or after `from`, or null at the end of the text. */
export function nextNonBlank(text: string, from: number): string | null {
  for (let at = from; at < text.length; at = nextLine(text, at)) {
    const line = lineAt(text, at);
    if (!isBlank(line)) return line;
  }
  return null;
}

export function eolOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
