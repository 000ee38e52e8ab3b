// The text behind fast-parse.ts's nodes: line:column of an offset (the line starts are found the first
// time one is asked for), and the string tokens, the only tokens mcpctl reads (redact.ts).
import type { AST } from 'toml-eslint-parser';
import type { Content, Key, KeyValue, Quoted, StringValue, TopLevel } from './fast-nodes.js';

/** The text and, once a `loc` is read, where each line starts (after each LF, as the parser counts). */
export class Source {
  private starts: number[] | null = null;
  constructor(readonly text: string) {}

  pos(offset: number): AST.Position {
    const starts = (this.starts ??= _lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) };
  }
}

class StringToken implements AST.StringToken {
  readonly type: 'BasicString' | 'LiteralString';
  readonly value: string;
  readonly string: string;
  readonly range: AST.Range;
  constructor(
    node: Quoted | StringValue,
    private readonly src: Source,
  ) {
    this.type = node.style === 'basic' ? 'BasicString' : 'LiteralString';
    this.range = node.range;
    this.value = src.text.slice(node.start, node.end);
    this.string = node.value;
  }
  get loc(): AST.SourceLocation {
    return { start: this.src.pos(this.range[0]), end: this.src.pos(this.range[1]) };
  }
}

/** The string tokens in source order: quoted keys and string values. */
export function stringTokens(top: TopLevel): AST.Token[] {
  const src = top.src;
  const tokens: AST.Token[] = [];
  const key = (k: Key) => {
    for (const part of k.keys) if (part.type === 'TOMLQuoted') tokens.push(new StringToken(part, src));
  };
  const value = (v: Content): void => {
    if (v.type === 'TOMLArray') v.elements.forEach(value);
    else if (v.type === 'TOMLInlineTable') v.body.forEach(keyValue);
    else if (v.kind === 'string') tokens.push(new StringToken(v, src));
  };
  const keyValue = (kv: KeyValue) => {
    key(kv.key);
    value(kv.value);
  };
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') keyValue(item);
    else {
      key(item.key);
      item.body.forEach(keyValue);
    }
  }
  return tokens;
}

function _lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
