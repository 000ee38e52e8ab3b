// The nodes fast-parse.ts builds: shaped like toml-eslint-parser's AST for every field mcpctl reads, and
// lean, since allocation (and the collector moving a large live tree) is most of the cost of reading a
// large config.toml. A node holds its start, end and parent (the AST types require parents, and they lead
// to the text); `range` and `loc` are made when read, `loc` from one table of line starts per document.
// The token list holds only the string tokens (all that redact.ts reads), built the first time it is
// read (fast-source.ts). `comments` stays empty: no caller reads it.
import type { AST } from 'toml-eslint-parser';
import { stringTokens } from './fast-source.js';
import type { Source } from './fast-source.js';

/** What the nodes ask of the reader while they are built (implemented in fast-parse.ts). */
export interface Reader {
  /** Where the reader is. */
  readonly offset: number;
  /** Reads a key's parts and sets the key's start and end. */
  keyParts(key: Key): Array<Bare | Quoted>;
  /** Reads the `=` after a key (spaces around it). */
  equals(): void;
  value(parent: KeyValue | ArrayNode, depth: number): Content;
  /** Reads the closing `]` or `]]` of a table header; returns the offset after it. */
  closeHeader(kind: 'standard' | 'array'): number;
  /** Reads the items up to the closing bracket, and past it. */
  arrayItems(node: ArrayNode, depth: number): Content[];
  inlineItems(node: InlineTable, depth: number): KeyValue[];
}

export type Content = StringValue | IntegerValue | FloatValue | BooleanValue | ArrayNode | InlineTable;

// Kept small, since every node of a large file outlives many collections: fields are `declare`d and set
// in the constructors (class field initializers cost more than the rest of a node), constant fields are
// getters on the prototype, `src` is found through the parents, and `range` and `loc` are made when read.
abstract class Span {
  declare start: number;
  declare end: number;
  abstract readonly parent: Span | null;
  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
  get src(): Source {
    let node: Span = this;
    while (node.parent !== null) node = node.parent;
    if (!(node instanceof Program)) throw new Error("bug in mcpctl's TOML reader (a node outside its document)");
    return node.source;
  }
  get range(): AST.Range {
    return [this.start, this.end];
  }
  get loc(): AST.SourceLocation {
    const src = this.src;
    return { start: src.pos(this.start), end: src.pos(this.end) };
  }
}

export class Program extends Span implements AST.TOMLProgram {
  declare readonly source: Source;
  declare readonly body: [TopLevel];
  declare readonly comments: AST.Comment[];
  declare readonly parent: null;
  declare private _tokens: AST.Token[] | null;
  constructor(source: Source) {
    super(0, source.text.length);
    this.source = source;
    this.body = [new TopLevel(this)];
    this.comments = [];
    this.parent = null;
    this._tokens = null;
  }
  get type(): 'Program' {
    return 'Program';
  }
  get sourceType(): 'module' {
    return 'module';
  }
  get tokens(): AST.Token[] {
    return (this._tokens ??= stringTokens(this.body[0]));
  }
}

export class TopLevel extends Span implements AST.TOMLTopLevelTable {
  declare readonly body: Array<KeyValue | Table>;
  declare readonly parent: Program;
  constructor(parent: Program) {
    super(0, 0);
    this.body = [];
    this.parent = parent;
  }
  get type(): 'TOMLTopLevelTable' {
    return 'TOMLTopLevelTable';
  }
}

export class Table extends Span implements AST.TOMLTable {
  declare readonly kind: 'standard' | 'array';
  declare readonly key: Key;
  /** Set by fast-defs.ts. */
  declare resolvedKey: Array<string | number>;
  /** Set by the reader when the table ends. */
  declare body: KeyValue[];
  declare readonly parent: TopLevel;
  /** Ends at the header's `]`, then the reader moves the end to each key/value's, as the parser does. */
  constructor(r: Reader, parent: TopLevel, kind: 'standard' | 'array', start: number) {
    super(start, start);
    this.kind = kind;
    this.resolvedKey = [];
    this.body = [];
    this.parent = parent;
    this.key = new Key(r, this);
    this.end = r.closeHeader(kind);
  }
  get type(): 'TOMLTable' {
    return 'TOMLTable';
  }
}

export class KeyValue extends Span implements AST.TOMLKeyValue {
  declare readonly key: Key;
  declare readonly value: Content;
  declare readonly parent: TopLevel | Table | InlineTable;
  constructor(r: Reader, parent: TopLevel | Table | InlineTable, depth: number) {
    super(0, 0);
    this.parent = parent;
    this.key = new Key(r, this);
    r.equals();
    this.value = r.value(this, depth);
    this.start = this.key.start;
    this.end = this.value.end;
  }
  get type(): 'TOMLKeyValue' {
    return 'TOMLKeyValue';
  }
}

export class Key extends Span implements AST.TOMLKey {
  declare readonly parent: KeyValue | Table;
  /** One part, or (dotted) all: most keys have one, and need no array kept. */
  declare private readonly _parts: Bare | Quoted | Array<Bare | Quoted>;
  constructor(r: Reader, parent: KeyValue | Table) {
    super(0, 0);
    this.parent = parent;
    const parts = r.keyParts(this);
    this._parts = parts.length === 1 && parts[0] !== undefined ? parts[0] : parts;
  }
  get type(): 'TOMLKey' {
    return 'TOMLKey';
  }
  get keys(): Array<Bare | Quoted> {
    return Array.isArray(this._parts) ? this._parts : [this._parts];
  }
}

export class Bare extends Span implements AST.TOMLBare {
  declare readonly name: string;
  declare readonly parent: Key;
  constructor(parent: Key, start: number, end: number, name: string) {
    super(start, end);
    this.name = name;
    this.parent = parent;
  }
  get type(): 'TOMLBare' {
    return 'TOMLBare';
  }
}

export class Quoted extends Span implements AST.TOMLQuoted {
  declare readonly value: string;
  declare readonly style: 'basic' | 'literal';
  declare readonly parent: Key;
  constructor(parent: Key, start: number, end: number, value: string, style: 'basic' | 'literal') {
    super(start, end);
    this.value = value;
    this.style = style;
    this.parent = parent;
  }
  get type(): 'TOMLQuoted' {
    return 'TOMLQuoted';
  }
  get kind(): 'string' {
    return 'string';
  }
  get multiline(): false {
    return false;
  }
}

abstract class Scalar extends Span {
  declare readonly parent: KeyValue | ArrayNode;
  constructor(parent: KeyValue | ArrayNode, start: number, end: number) {
    super(start, end);
    this.parent = parent;
  }
  get type(): 'TOMLValue' {
    return 'TOMLValue';
  }
}

export class StringValue extends Scalar implements AST.TOMLStringValue {
  declare readonly value: string;
  declare readonly style: 'basic' | 'literal';
  constructor(parent: KeyValue | ArrayNode, start: number, end: number, value: string, style: 'basic' | 'literal') {
    super(parent, start, end);
    this.value = value;
    this.style = style;
  }
  get kind(): 'string' {
    return 'string';
  }
  get multiline(): false {
    return false;
  }
}

export class IntegerValue extends Scalar implements AST.TOMLIntegerValue {
  declare readonly value: number;
  /** `text`: the digits as the parser converts them (integerText). */
  constructor(parent: KeyValue | ArrayNode, start: number, end: number, text: string) {
    super(parent, start, end);
    this.value = parseInt(text, 10);
  }
  get kind(): 'integer' {
    return 'integer';
  }
  /** The source text, as the parser gives it (the reader takes no `_` in numbers). */
  get number(): string {
    return this.src.text.slice(this.start, this.end);
  }
  get bigint(): bigint {
    return BigInt(integerText(this.number));
  }
}

export class FloatValue extends Scalar implements AST.TOMLFloatValue {
  declare readonly value: number;
  constructor(parent: KeyValue | ArrayNode, start: number, end: number, value: number) {
    super(parent, start, end);
    this.value = value;
  }
  get kind(): 'float' {
    return 'float';
  }
  get number(): string {
    return this.src.text.slice(this.start, this.end);
  }
}

export class BooleanValue extends Scalar implements AST.TOMLBooleanValue {
  declare readonly value: boolean;
  constructor(parent: KeyValue | ArrayNode, start: number, end: number, value: boolean) {
    super(parent, start, end);
    this.value = value;
  }
  get kind(): 'boolean' {
    return 'boolean';
  }
}

export class ArrayNode extends Span implements AST.TOMLArray {
  declare readonly elements: Content[];
  declare readonly parent: KeyValue | ArrayNode;
  constructor(r: Reader, parent: KeyValue | ArrayNode, depth: number, start: number) {
    super(start, start);
    this.parent = parent;
    this.elements = r.arrayItems(this, depth);
    this.end = r.offset;
  }
  get type(): 'TOMLArray' {
    return 'TOMLArray';
  }
}

export class InlineTable extends Span implements AST.TOMLInlineTable {
  declare readonly body: KeyValue[];
  declare readonly parent: KeyValue | ArrayNode;
  constructor(r: Reader, parent: KeyValue | ArrayNode, depth: number, start: number) {
    super(start, start);
    this.parent = parent;
    this.body = r.inlineItems(this, depth);
    this.end = r.offset;
  }
  get type(): 'TOMLInlineTable' {
    return 'TOMLInlineTable';
  }
}

/** An integer's text as the parser converts it: without a `+`, and `0` for `-0` and `+0`. */
export function integerText(raw: string): string {
  const sign = raw.charCodeAt(0);
  const digits = sign === 0x2b || sign === 0x2d ? raw.slice(1) : raw;
  return sign === 0x2d && digits !== '0' ? raw : digits;
}
