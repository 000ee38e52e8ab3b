// The character level of fast-parse.ts: blanks, comments, strings and numbers, read exactly as
// toml-eslint-parser reads them (TOML 1.1), or given up on (see fast-parse.ts for what is not read).
export interface FastLimits {
  /** Longest token read here (parse.ts handles longer ones its own way). */
  long: number;
  /** Deepest nesting of arrays and inline tables read here. */
  maxDepth: number;
}

/** Thrown to give the text up to the parser; nothing else is caught. */
export const GIVE_UP = Symbol('give up');
export function giveUp(): never {
  throw GIVE_UP;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
export const QUOTE = 0x22;
const HASH = 0x23;
export const APOS = 0x27;
const PLUS = 0x2b;
export const COMMA = 0x2c;
const MINUS = 0x2d;
export const DOT = 0x2e;
const ZERO = 0x30;
export const EQUALS = 0x3d;
export const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;

const ESCAPES = new Map<number, string>([
  [QUOTE, '"'],
  [BACKSLASH, '\\'],
  [0x62 /* b */, '\b'],
  [0x66 /* f */, '\f'],
  [0x6e /* n */, '\n'],
  [0x72 /* r */, '\r'],
  [0x74 /* t */, '\t'],
  [0x65 /* e */, '\x1b'],
]);

export abstract class Lexer {
  protected readonly n: number;
  protected i = 0;
  constructor(
    protected readonly text: string,
    protected readonly limits: FastLimits,
  ) {
    this.n = text.length;
  }

  get offset(): number {
    return this.i;
  }

  /** The character code at `i`, -1 at the end. */
  protected code(): number {
    return this.i < this.n ? this.text.charCodeAt(this.i) : -1;
  }

  protected spaces(): void {
    let c = this.code();
    while (c === SPACE || c === TAB) c = this.text.charCodeAt(++this.i);
  }

  /** Spaces, line breaks and comments. */
  protected blank(): void {
    for (;;) {
      const c = this.code();
      if (c === SPACE || c === TAB || c === LF) this.i++;
      else if (c === CR && this.text.charCodeAt(this.i + 1) === LF) this.i += 2;
      else if (c === HASH) this.comment();
      else return;
    }
  }

  /** After a header or a top-level key/value: spaces, a comment, then a line break or the end. */
  protected endOfLine(): void {
    this.spaces();
    if (this.code() === HASH) this.comment();
    const c = this.code();
    if (!(c === LF || c === -1 || (c === CR && this.text.charCodeAt(this.i + 1) === LF))) giveUp();
  }

  /** After a value: what may follow it (`1.5.2`, `1979-05-27`, `"a"b` are not read here). */
  protected endsValue(): boolean {
    const c = this.code();
    return (
      c === -1 ||
      c === SPACE ||
      c === TAB ||
      c === LF ||
      c === CR ||
      c === HASH ||
      c === COMMA ||
      c === RBRACKET ||
      c === RBRACE
    );
  }

  /** A bare key's characters (at least one). */
  protected bare(): void {
    const start = this.i;
    while (_isBare(this.code())) this.i++;
    if (this.i === start || this.i - start > this.limits.long) giveUp();
  }

  /** `[+-]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: whether it is a float. */
  protected number(): boolean {
    const start = this.i;
    let c = this.code();
    if (c === PLUS || c === MINUS) c = this.text.charCodeAt(++this.i);
    if (c === ZERO) {
      if (_isDigit(this.text.charCodeAt(++this.i))) giveUp(); // a leading zero, or a date or time
      // the parser gives a `0` that ends the text an empty range, which is not worth copying
      if (this.i === this.n && start + 1 === this.n) giveUp();
    } else this.digits();
    let float = false;
    if (this.code() === DOT) {
      this.i++;
      this.digits();
      float = true;
    }
    c = this.code();
    if (c === 0x65 /* e */ || c === 0x45 /* E */) {
      c = this.text.charCodeAt(++this.i);
      if (c === PLUS || c === MINUS) this.i++;
      this.digits();
      float = true;
    }
    if (this.i - start > this.limits.long) giveUp();
    return float;
  }

  /** A one-line basic string at `i`: its value; `i` moves past it. */
  protected basic(): string {
    const { text, n } = this;
    const start = this.i;
    let out = '';
    let from = start + 1;
    let j = from;
    if (text.charCodeAt(j) === QUOTE && text.charCodeAt(j + 1) === QUOTE) giveUp(); // """
    for (;;) {
      if (j >= n || j - start >= this.limits.long) giveUp(); // unclosed, or a token longer than `long`
      const c = text.charCodeAt(j);
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        out += text.slice(from, j) + this.escape(j);
        j = from = this.i;
      } else if (_isControl(c)) giveUp();
      else j++;
    }
    this.i = j + 1;
    return from === start + 1 ? text.slice(from, j) : out + text.slice(from, j);
  }

  /** A one-line literal string at `i`: its value; `i` moves past it. */
  protected literal(): string {
    const { text, n } = this;
    const start = this.i;
    let j = start + 1;
    if (text.charCodeAt(j) === APOS && text.charCodeAt(j + 1) === APOS) giveUp(); // '''
    for (;;) {
      if (j >= n || j - start >= this.limits.long) giveUp(); // unclosed, or a token longer than `long`
      const c = text.charCodeAt(j);
      if (c === APOS) break;
      if (_isControl(c)) giveUp();
      j++;
    }
    this.i = j + 1;
    return text.slice(start + 1, j);
  }

  /** One or more digits (no `_`). */
  private digits(): void {
    if (!_isDigit(this.code())) giveUp();
    do this.i++;
    while (_isDigit(this.code()));
  }

  /** The escape at `at` (a backslash): what it stands for; `i` moves past it. */
  private escape(at: number): string {
    const c = this.text.charCodeAt(at + 1);
    this.i = at + 2;
    const simple = ESCAPES.get(c);
    if (simple !== undefined) return simple;
    const count = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : c === 0x55 /* U */ ? 8 : 0;
    const hex = this.text.slice(at + 2, at + 2 + count);
    if (count === 0 || hex.length !== count || !/^[0-9A-Fa-f]+$/.test(hex)) giveUp();
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) giveUp();
    this.i += count;
    return String.fromCodePoint(cp);
  }

  /** A comment up to its line break; TOML 1.1 refuses control characters and lone surrogates in it. */
  private comment(): void {
    const { text, n } = this;
    let j = this.i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === LF || (c === CR && text.charCodeAt(j + 1) === LF)) break;
      if (_isControl(c)) giveUp();
      if (c >= 0xd800 && c <= 0xdfff) {
        const low = text.charCodeAt(j + 1);
        if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) giveUp();
        j++;
      }
    }
    this.i = j;
  }
}

function _isDigit(c: number): boolean {
  return c >= ZERO && c <= 0x39;
}

function _isBare(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || _isDigit(c) || c === 0x5f || c === MINUS;
}

/** Refused in strings and comments (a tab is allowed; a comment ends before its line break is asked). */
function _isControl(c: number): boolean {
  return (c < SPACE && c !== TAB) || c === 0x7f;
}
