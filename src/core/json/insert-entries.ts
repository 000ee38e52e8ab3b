// Inserts new entries at the end of an object's text, laid out like the entries already there: one per line
// at the last entry's indentation (with a trailing comma if the file uses them), or on the same line in a
// one-line object. Never adds a comment. remove-entry.ts undoes it byte for byte.
import { breakBefore, lineIndent, lineStart, startsLine } from './positions.js';
import { renderProperties, renderValue } from './render-json.js';
import type { Style } from './render-json.js';
import type { JsonValue } from './value.js';
import { lineTail } from './spans.js';
import type { Span, TextEdit } from './spans.js';
import { lastComment, nextToken } from './trivia.js';

/** A new `"name": value`; `render` writes the value for the indentation of the line it starts on. */
export interface NewProp {
  name: string;
  render: (indent: string, style: Style) => string;
  /** The value, when `render` is renderValue of it (such properties are rendered together, renderProperties). */
  value?: JsonValue;
}

/** A new property whose value is written as it is. */
export function valueProp(name: string, value: JsonValue): NewProp {
  return { name, value, render: (indent, style) => renderValue(value, indent, style) };
}

const prop = (p: NewProp, indent: string, style: Style): string =>
  `${JSON.stringify(p.name)}: ${p.render(indent, style)}`;

/** The properties on lines of their own at `inner`, joined by commas (each after its line break). */
function onLines(props: readonly NewProp[], inner: string, style: Style): string {
  const values: Array<[string, JsonValue]> = [];
  for (const p of props) if (p.value !== undefined) values.push([p.name, p.value]);
  const together = values.length === props.length ? renderProperties(values, inner, style) : undefined;
  return together ?? props.map((p) => style.eol + inner + prop(p, inner, style)).join(',');
}

/**
 * The edits that add `props` after the last of `spans` in the object that starts at `open` ("{") and ends
 * at `close` ("}") of `text`. `indent`: the indentation of the line the object starts on.
 */
export function insertEntries(
  text: string,
  open: number,
  close: number,
  spans: readonly Span[],
  props: readonly NewProp[],
  indent: string,
  style: Style,
): TextEdit[] {
  if (props.length === 0) return [];
  const multi = { ...style, inline: false };
  const last = spans[spans.length - 1];
  if (last === undefined) {
    const comment = lastComment(text, open + 1, close);
    if (comment === null) {
      // {} (or only whitespace): the entries on their own lines, the "}" on the object's line indentation
      const inner = indent + style.unit;
      const body = onLines(props, inner, multi);
      return [{ offset: open + 1, length: close - open - 1, content: body + style.eol + indent }];
    }
    // only comments inside: the entries go after the last one, which stays where it is
    const inner = startsLine(text, comment.start, open) ? lineIndent(text, comment.start) : indent + style.unit;
    const body = onLines(props, inner, multi);
    return [{ offset: comment.end, length: 0, content: body }];
  }
  const after = nextToken(text, last.end);
  const trailingComma = text[after] === ',';
  if (startsLine(text, last.start, open)) {
    const inner = lineIndent(text, last.start);
    const body = onLines(props, inner, multi);
    if (trailingComma) return [{ offset: lineTail(text, after + 1), length: 0, content: `${body},` }];
    const at = lineTail(text, last.end);
    if (at === last.end) return [{ offset: at, length: 0, content: `,${body}` }];
    return [
      { offset: last.end, length: 0, content: ',' },
      { offset: at, length: 0, content: body },
    ];
  }
  const inline = { ...style, inline: true };
  const body = props.map((p) => prop(p, '', inline)).join(', ');
  return trailingComma
    ? [{ offset: after + 1, length: 0, content: ` ${body},` }]
    : [{ offset: last.end, length: 0, content: `, ${body}` }];
}

/**
 * The edit that adds `props` just before the entry `span` of an object's text, laid out like it: on lines of
 * their own at its indentation, or on its line in a one-line object. Removing them (remove-entry.ts) gives
 * back the bytes that were there before.
 */
export function insertBefore(text: string, span: Span, props: readonly NewProp[], style: Style): TextEdit {
  if (startsLine(text, span.start, 0)) {
    const inner = lineIndent(text, span.start);
    const multi = { ...style, inline: false };
    const body = props.map((p) => `${style.eol}${inner}${prop(p, inner, multi)},`).join('');
    // above the comment lines that stand right over the entry: they are about it
    let at = lineStart(text, span.start);
    for (
      let above = lineStart(text, at - 1);
      at > 1 && /^[ \t]*\/\//.test(text.slice(above, at));
      above = lineStart(text, at - 1)
    )
      at = above;
    return { offset: breakBefore(text, at), length: 0, content: body };
  }
  const inline = { ...style, inline: true };
  return { offset: span.start, length: 0, content: props.map((p) => `${prop(p, '', inline)}, `).join('') };
}
