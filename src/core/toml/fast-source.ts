// The text behind fast-parse.ts's nodes: line:column of an offset (the line starts are found the first
// time one is asked for), and the string tokens, the only tokens mcpctl reads (redact.ts).
import type { AST } from 'toml-eslint-parser';
import { locator } from '../json/positions.js';
import type { Locate } from '../json/positions.js';
import type { Content, Key, KeyValue, Quoted, StringValue, TopLevel } from './fast-nodes.js';

/** The text and, once a `loc` is read, where each line starts (after each LF, as the parser counts). */
export class Source {
  private locate: Locate | null = null;
  constructor(readonly text: string) {}

  pos(offset: number): AST.Position {
    const { line, col } = (this.locate ??= locator(this.text))(offset);
    return { line, column: col - 1 };
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
