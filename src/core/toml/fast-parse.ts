// A fast reader for the TOML mcpctl meets in practice: one linear pass that builds what toml-eslint-parser
// builds (for every field mcpctl reads; see fast-nodes.ts), or gives up (null) on anything outside a
// conservative subset and on anything that might be an error, so that every error, its position and every
// unusual input still go through toml-eslint-parser (parse.ts). The subset: comments, blank lines, LF and
// CRLF; [table] and [[array]] headers; bare, quoted and dotted keys; one-line basic strings (TOML 1.1
// escapes) and literal strings; decimal integers and floats without `_`; booleans; arrays and inline
// tables (with TOML 1.1's newlines, comments and trailing comma). Not read: multi-line strings, dates and
// times, hex / octal / binary, inf and nan, control characters, a lone CR, a BOM, a token longer than
// `long`, nesting deeper than `maxDepth`, and any definition the parser refuses (fast-defs.ts).
import type { AST } from 'toml-eslint-parser';
import { defineKey, defineTable } from './fast-defs.js';
import type { Scope } from './fast-defs.js';
import {
  APOS,
  COMMA,
  DOT,
  EQUALS,
  GIVE_UP,
  LBRACE,
  LBRACKET,
  Lexer,
  QUOTE,
  RBRACE,
  RBRACKET,
  giveUp,
} from './fast-lex.js';
import type { FastLimits } from './fast-lex.js';
import {
  ArrayNode,
  Bare,
  BooleanValue,
  FloatValue,
  InlineTable,
  IntegerValue,
  Key,
  KeyValue,
  Program,
  Quoted,
  StringValue,
  Table,
  integerText,
} from './fast-nodes.js';
import type { Content, Reader } from './fast-nodes.js';
import { Source } from './fast-source.js';

export type { FastLimits } from './fast-lex.js';

/** The parser's tree for `text`, or null when toml-eslint-parser has to read it. */
export function fastParse(text: string, limits: FastLimits): AST.TOMLProgram | null {
  try {
    return new _Reader(text, limits).program();
  } catch (e) {
    // only a give-up is a null: a bug should fail loudly, not hide behind the slow path
    if (e === GIVE_UP) return null;
    throw e;
  }
}

class _Reader extends Lexer implements Reader {
  program(): Program {
    const program = new Program(new Source(this.text));
    const top = program.body[0];
    const root: Scope = new Map();
    let table: Table | null = null;
    let scope = root;
    // the current table's key/values, handed over (exactly as long) when it ends
    const rows: KeyValue[] = [];
    this.blank();
    while (this.i < this.n) {
      if (this.code() === LBRACKET) {
        if (table !== null) table.body = rows.splice(0);
        const start = this.i;
        const kind = this.text.charCodeAt(start + 1) === LBRACKET ? 'array' : 'standard';
        this.i += kind === 'array' ? 2 : 1;
        this.spaces();
        table = new Table(this, top, kind, start);
        scope = defineTable(root, table) ?? giveUp();
        top.body.push(table);
      } else {
        const kv = new KeyValue(this, table ?? top, 0);
        if (!defineKey(scope, kv.key)) giveUp();
        if (table === null) top.body.push(kv);
        else {
          rows.push(kv);
          // a table runs from its header to the end of its last key/value, as the parser gives it
          table.end = kv.end;
        }
      }
      this.endOfLine();
      this.blank();
    }
    if (table !== null) table.body = rows.splice(0);
    const first = top.body[0];
    const last = top.body[top.body.length - 1];
    if (first !== undefined && last !== undefined) {
      top.start = first.start;
      top.end = last.end;
    }
    return program;
  }

  keyParts(key: Key): Array<Bare | Quoted> {
    let part = this.keyPart(key);
    const parts = [part];
    key.start = part.start;
    for (;;) {
      this.spaces();
      if (this.code() !== DOT) break;
      this.i++;
      this.spaces();
      part = this.keyPart(key);
      parts.push(part);
    }
    key.end = part.end;
    return parts;
  }

  equals(): void {
    this.spaces();
    if (this.code() !== EQUALS) giveUp();
    this.i++;
    this.spaces();
  }

  closeHeader(kind: 'standard' | 'array'): number {
    this.spaces();
    if (this.code() !== RBRACKET) giveUp();
    this.i++;
    if (kind === 'array' && this.text.charCodeAt(this.i++) !== RBRACKET) giveUp();
    return this.i;
  }

  value(parent: KeyValue | ArrayNode, depth: number): Content {
    const start = this.i;
    const c = this.code();
    if (c === LBRACKET || c === LBRACE) {
      if (depth >= this.limits.maxDepth) giveUp();
      return c === LBRACKET
        ? new ArrayNode(this, parent, depth + 1, start)
        : new InlineTable(this, parent, depth + 1, start);
    }
    let node: Content;
    if (c === QUOTE || c === APOS) {
      const value = c === QUOTE ? this.basic() : this.literal();
      node = new StringValue(parent, start, this.i, value, c === QUOTE ? 'basic' : 'literal');
    } else if (this.text.startsWith('true', start) || this.text.startsWith('false', start)) {
      const value = c === 0x74; /* t */
      this.i += value ? 4 : 5;
      node = new BooleanValue(parent, start, this.i, value);
    } else {
      const float = this.number();
      const raw = this.text.slice(start, this.i);
      node = float
        ? new FloatValue(parent, start, this.i, Number(raw))
        : new IntegerValue(parent, start, this.i, integerText(raw));
    }
    if (!this.endsValue()) giveUp();
    return node;
  }

  arrayItems(node: ArrayNode, depth: number): Content[] {
    const items: Content[] = [];
    this.i++;
    for (;;) {
      this.blank();
      if (this.code() === RBRACKET) break;
      items.push(this.value(node, depth));
      this.blank();
      const c = this.code();
      if (c === RBRACKET) break;
      if (c !== COMMA) giveUp();
      this.i++;
    }
    this.i++;
    return items.slice(); // exactly as long: an array pushed to keeps room for 17
  }

  inlineItems(node: InlineTable, depth: number): KeyValue[] {
    const items: KeyValue[] = [];
    const scope: Scope = new Map();
    this.i++;
    for (;;) {
      this.blank();
      if (this.code() === RBRACE) break;
      const kv = new KeyValue(this, node, depth);
      if (!defineKey(scope, kv.key)) giveUp();
      items.push(kv);
      this.blank();
      const c = this.code();
      if (c === RBRACE) break;
      if (c !== COMMA) giveUp();
      this.i++;
    }
    this.i++;
    return items.slice();
  }

  private keyPart(key: Key): Bare | Quoted {
    const start = this.i;
    const c = this.code();
    if (c === QUOTE || c === APOS) {
      const value = c === QUOTE ? this.basic() : this.literal();
      return new Quoted(key, start, this.i, value, c === QUOTE ? 'basic' : 'literal');
    }
    this.bare();
    return new Bare(key, start, this.i, this.text.slice(start, this.i));
  }
}
