// Where an unclosed flow collection or quoted scalar opened. yaml reports such an error where it found
// the end missing (the next line, or the end of the file), which is not where the user has to look:
// this reads yaml's own token tree (only after an error) and gives the offset of each opener left open.
import { CST, Parser } from 'yaml';

export interface Unclosed {
  /** The character that opened it: `[`, `{`, `"` or `'`. */
  open: '[' | '{' | '"' | "'";
  offset: number;
}

/** yaml's messages for a missing end; each one is answered by the openers found here. */
export function isMissingEnd(code: string, message: string): boolean {
  return (
    (code === 'BAD_INDENT' && /^Flow (sequence|map) .*end with a [\]}]/.test(message)) ||
    (code === 'MISSING_CHAR' && /^Missing closing ["']quote/.test(message))
  );
}

export function unclosedOpeners(text: string): Unclosed[] {
  const out: Unclosed[] = [];
  const look = (token: CST.Token | undefined) => {
    if (!token) return;
    if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? 'flow-seq-end' : 'flow-map-end';
      if (!token.end.some((t) => t.type === close))
        out.push({ open: token.start.source === '[' ? '[' : '{', offset: token.start.offset });
    } else if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      if (!_closed(token.source, token.type === 'double-quoted-scalar' ? '"' : "'"))
        out.push({ open: token.type === 'double-quoted-scalar' ? '"' : "'", offset: token.offset });
    }
  };
  for (const doc of new Parser().parse(text)) {
    if (doc.type !== 'document') continue;
    look(doc.value);
    CST.visit(doc, (item) => {
      look(item.key ?? undefined);
      look(item.value);
    });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function _closed(source: string, quote: '"' | "'"): boolean {
  if (source.length < 2 || !source.endsWith(quote)) return false;
  if (quote === "'") return true; // '' inside is an escaped quote, but the scalar still ends with '
  let slashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}
