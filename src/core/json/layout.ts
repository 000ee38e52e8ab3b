// How a JSON file is laid out, so that what mcpctl inserts looks like what is already there:
// its line break, its indentation unit and whether it ends with a line break.
import type { Node } from 'jsonc-parser';
import { lineIndent, startsLine } from './positions.js';

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

const PROBES = 64;

/**
 * The indentation unit: what the first entries that start their own line (breadth first, a few dozen at
 * most) add to the indentation of the line their object or array opens on: tabs, or a number of spaces.
 * Two spaces when nothing tells (an empty or one-line file).
 */
export function indentOf(text: string, root: Node | undefined): Indent {
  const queue: Node[] = root ? [root] : [];
  let probed = 0;
  for (let i = 0; i < queue.length && probed < PROBES; i++) {
    const node = queue[i];
    if (node === undefined) break;
    const parent = node.type === 'property' ? node.parent : node;
    for (const child of node.children ?? []) {
      if (child.type === 'object' || child.type === 'array' || child.type === 'property') queue.push(child);
      if (node.type === 'property' || parent === undefined || !startsLine(text, child.offset, parent.offset)) continue;
      probed++;
      const outer = lineIndent(text, parent.offset);
      const inner = lineIndent(text, child.offset);
      if (!inner.startsWith(outer) || inner.length === outer.length) continue;
      const step = inner.slice(outer.length);
      if (/^\t+$/.test(step)) return { insertSpaces: false, tabSize: 1 };
      if (/^ +$/.test(step)) return { insertSpaces: true, tabSize: step.length };
    }
  }
  return { insertSpaces: true, tabSize: 2 };
}

export function unitOf(indent: Indent): string {
  return indent.insertSpaces ? ' '.repeat(indent.tabSize) : '\t';
}
