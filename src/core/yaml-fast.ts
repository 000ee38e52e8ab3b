// The common case of mcp.yaml read in one linear pass, without building yaml's document: block mappings and
// sequences, flow collections, plain and quoted scalars on one line, comments. It gives only the value, the
// same value yaml's parseDocument (YAML 1.2, core schema) gives; anything else it does not read at all
// (returns null): anchors, aliases, tags, block scalars, multi-line scalars, directives, documents markers,
// tabs, control characters, duplicate or reserved keys, keys that are not strings, any syntax error. load.ts
// then reads the file with yaml as before, so every message and position of a bad file comes from there.
// Where a value came from is found only when a diagnostic asks (load.ts parses the file again, once).
// test/core/yaml-fast.test.ts holds the two readers to the same values on fixtures and generated files.

/** Thrown inside, caught at the top: "not in the subset" (never reaches a caller). */
class Bail {}
const BAIL = new Bail();

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Characters anywhere in the file that send it to yaml (tabs, controls, BOM, line/paragraph separators). */
const UNUSUAL = /[\x00-\x08\t\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029]|\r(?!\n)/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** yaml refuses an implicit key longer than this. */
const MAX_KEY = 1024;

/** The value of `text` as yaml reads it, or null when the file is outside what this reader takes. */
export function fastYamlValue(text: string, maxNodes: number): { value: unknown } | null {
  if (UNUSUAL.test(text) || LONE_SURROGATE.test(text)) return null;
  try {
    return { value: new Reader(text, maxNodes).document() };
  } catch (e) {
    if (e === BAIL) return null;
    throw e;
  }
}

function bail(): never {
  throw BAIL;
}

class Reader {
  private pos = 0;
  private nodes = 0;
  /** Where the scalar, key or flow collection read last ends (set by the readers below, instead of a tuple). */
  private end = 0;
  private readonly n: number;

  constructor(
    private readonly text: string,
    private readonly maxNodes: number,
  ) {
    this.n = text.length;
  }

  document(): unknown {
    this.skipEmptyLines();
    if (this.pos >= this.n || this.indentAt(this.pos) !== 0) bail();
    const value = this.blockAt(0);
    this.skipEmptyLines();
    if (this.pos < this.n) bail();
    return value;
  }

  // --- lines ---------------------------------------------------------------------------------------------

  /** From a line start: past every line that holds only spaces or a comment. */
  private skipEmptyLines(): void {
    const t = this.text;
    while (this.pos < this.n) {
      let p = this.pos;
      while (t.charCodeAt(p) === 0x20) p++;
      const c = t.charCodeAt(p);
      if (p < this.n && c !== 0x0a && c !== 0x0d && c !== 0x23 /* # */) return;
      this.pos = this.nextLine(p);
    }
  }

  /** The start of the line after the one holding `p` (the end of the text on the last line). */
  private nextLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl === -1 ? this.n : nl + 1;
  }

  private indentAt(lineStart: number): number {
    let p = lineStart;
    while (this.text.charCodeAt(p) === 0x20) p++;
    if (this.text.startsWith('---', p) || this.text.startsWith('...', p) || this.text.charCodeAt(p) === 0x25) bail();
    return p - lineStart;
  }

  /** After a value on its line: only spaces, then a comment or the line's end. Moves to the next content line. */
  private endLine(p: number): void {
    const t = this.text;
    let q = p;
    while (t.charCodeAt(q) === 0x20) q++;
    const c = t.charCodeAt(q);
    if (q < this.n && c !== 0x0a && c !== 0x0d) {
      // a comment needs a space before it
      if (c !== 0x23 || q === p) bail();
    }
    this.pos = this.nextLine(q);
    this.skipEmptyLines();
  }

  private count(): void {
    if (++this.nodes > this.maxNodes) bail();
  }

  // --- block collections ---------------------------------------------------------------------------------

  /** The block collection whose first line starts at this.pos with `indent` spaces. */
  private blockAt(indent: number): unknown {
    const p = this.pos + indent;
    return this.isEntry(p) ? this.sequence(indent) : this.mapping(indent, p);
  }

  private isEntry(p: number): boolean {
    if (this.text.charCodeAt(p) !== 0x2d /* - */) return false;
    const c = this.text.charCodeAt(p + 1);
    return p + 1 >= this.n || c === 0x20 || c === 0x0a || c === 0x0d;
  }

  /** A block mapping whose keys sit at column `indent`; its first key starts at `first` (maybe mid-line). */
  private mapping(indent: number, first: number): Record<string, unknown> {
    this.count();
    const out: Record<string, unknown> = {};
    let p = first;
    for (;;) {
      const name = this.key(p);
      if (name === null) bail();
      if (Object.prototype.hasOwnProperty.call(out, name) || RESERVED_KEYS.has(name)) bail();
      out[name] = this.valueAfter(this.end, indent);
      if (this.pos >= this.n) return out;
      const ind = this.indentAt(this.pos);
      if (ind < indent) return out;
      if (ind > indent) bail();
      p = this.pos + ind;
    }
  }

  private sequence(indent: number): unknown[] {
    this.count();
    const out: unknown[] = [];
    for (;;) {
      const lineStart = this.pos;
      let p = lineStart + indent + 1;
      while (this.text.charCodeAt(p) === 0x20) p++;
      const c = this.text.charCodeAt(p);
      if (p >= this.n || c === 0x0a || c === 0x0d || c === 0x23) {
        // "-" alone: the item is the block below it (or null)
        if (c === 0x23 && this.text.charCodeAt(p - 1) !== 0x20) bail();
        this.pos = this.nextLine(p);
        this.skipEmptyLines();
        out.push(this.nested(indent, false));
      } else if (this.isEntry(p)) {
        bail();
      } else if (this.key(p) !== null) {
        out.push(this.mapping(p - lineStart, p));
      } else {
        out.push(this.inline(p, indent));
      }
      if (this.pos >= this.n) return out;
      const ind = this.indentAt(this.pos);
      if (ind < indent) return out;
      if (ind > indent) bail();
      // a key at the column of a sequence under a key (its own column) ends the sequence: the caller reads on
      if (!this.isEntry(this.pos + ind)) return out;
    }
  }

  /** The value after a key's ":" at `p` (the key at column `indent`). */
  private valueAfter(p: number, indent: number): unknown {
    const t = this.text;
    let q = p;
    while (t.charCodeAt(q) === 0x20) q++;
    const c = t.charCodeAt(q);
    if (q >= this.n || c === 0x0a || c === 0x0d || c === 0x23) {
      if (c === 0x23 && q === p) bail();
      this.pos = this.nextLine(q);
      this.skipEmptyLines();
      return this.nested(indent, true);
    }
    if (q === p) bail(); // "key:value" is one plain scalar, not a pair
    return this.inline(q, indent);
  }

  /**
   * What a key or "-" with nothing after it on its line holds: the block below it, indented more (a sequence
   * under a key may sit at the key's own column), or null.
   */
  private nested(indent: number, underKey: boolean): unknown {
    if (this.pos >= this.n) {
      this.count();
      return null;
    }
    const ind = this.indentAt(this.pos);
    const p = this.pos + ind;
    if (ind > indent) {
      if (!this.isEntry(p) && this.key(p) === null) bail(); // a scalar or flow collection on its own line
      return this.blockAt(ind);
    }
    if (ind === indent && underKey && this.isEntry(p)) return this.sequence(ind);
    this.count();
    return null;
  }

  /** A scalar or flow collection starting at `p` on the line of its key or "-"; ends its line. */
  private inline(p: number, indent: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(p);
    let value: unknown;
    let end: number;
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      value = this.flow(p, indent);
      end = this.end;
    } else if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      this.count();
      value = c === 0x22 ? this.doubleQuoted(p) : this.singleQuoted(p);
      end = this.end;
    } else {
      this.count();
      const e = this.plainEnd(p, false);
      const raw = t.slice(p, e);
      if (raw.endsWith(':')) bail();
      value = resolvePlain(raw);
      end = e;
    }
    this.endLine(end);
    // a line indented more than the key right after a scalar continues it (a multi-line scalar)
    if (this.pos < this.n && this.indentAt(this.pos) > indent) bail();
    return value;
  }

  /** A key at `p`: its name (this.end: right after its ":", which a space or the line's end follows), or null. */
  private key(p: number): string | null {
    const t = this.text;
    const c = t.charCodeAt(p);
    let name: string;
    let colon: number;
    if (c === 0x22 || c === 0x27) {
      try {
        name = c === 0x22 ? this.doubleQuoted(p) : this.singleQuoted(p);
      } catch (e) {
        if (e === BAIL) return null;
        throw e;
      }
      if (t.charCodeAt(this.end) !== 0x3a /* : */) return null;
      colon = this.end;
    } else {
      if (!startsPlain(t, p, false)) return null;
      const e = this.plainEnd(p, false);
      if (t.charCodeAt(e) !== 0x3a) return null;
      colon = e;
      name = t.slice(p, e);
      // "a :" (space before the colon) and keys that resolve to null, booleans or numbers go to yaml
      if (name === '<<' || typeof resolvePlain(name) !== 'string') bail();
    }
    const after = t.charCodeAt(colon + 1);
    if (!(colon + 1 >= this.n || after === 0x20 || after === 0x0a || after === 0x0d)) return null;
    if (colon - p > MAX_KEY) bail();
    this.count();
    this.end = colon + 1;
    return name;
  }

  /**
   * Where a plain scalar starting at `p` ends: before " #", a line break, or ": " / ":" at the end (block
   * context), and also before , [ ] { } (flow context). Trailing spaces are not part of it.
   */
  private plainEnd(p: number, flow: boolean): number {
    const t = this.text;
    if (!startsPlain(t, p, flow)) bail();
    let q = p;
    let last = p;
    for (; q < this.n; q++) {
      const c = t.charCodeAt(q);
      if (c === 0x0a || c === 0x0d) break;
      if (c === 0x20) continue;
      if (c === 0x23 && t.charCodeAt(q - 1) === 0x20) break;
      if (c === 0x3a) {
        const d = t.charCodeAt(q + 1);
        if (q + 1 >= this.n || d === 0x20 || d === 0x0a || d === 0x0d) break;
        if (flow && (d === 0x2c || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d)) break;
      }
      if (flow && (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)) break;
      last = q + 1;
    }
    return last;
  }

  // --- quoted scalars (one line) ------------------------------------------------------------------------

  /** The scalar quoted at `p` (this.end: after its closing quote). */
  private singleQuoted(p: number): string {
    const t = this.text;
    let out = '';
    let from = p + 1;
    for (;;) {
      const q = t.indexOf("'", from);
      const nl = t.indexOf('\n', from);
      if (q === -1 || (nl !== -1 && nl < q)) bail();
      out += t.slice(from, q);
      if (t.charCodeAt(q + 1) === 0x27) {
        out += "'";
        from = q + 2;
        continue;
      }
      this.end = q + 1;
      return out;
    }
  }

  private doubleQuoted(p: number): string {
    const t = this.text;
    let out = '';
    let from = p + 1;
    for (let q = from; ; q++) {
      if (q >= this.n) bail();
      const c = t.charCodeAt(q);
      if (c === 0x22) {
        this.end = q + 1;
        return out + t.slice(from, q);
      }
      if (c === 0x0a || c === 0x0d) bail();
      if (c !== 0x5c /* \ */) continue;
      out += t.slice(from, q);
      const e = t[q + 1];
      const simple = e === undefined ? undefined : ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        q += 1;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = t.slice(q + 2, q + 2 + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) bail();
        const code = parseInt(hex, 16);
        // surrogates and values past Unicode go to yaml, which has its own words for them
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) bail();
        out += String.fromCodePoint(code);
        q += 1 + len;
      } else bail();
      from = q + 1;
    }
  }

  // --- flow collections ----------------------------------------------------------------------------------

  /** A flow collection at `p`, its lines indented more than `indent` (this.end: after its closing bracket). */
  private flow(p: number, indent: number): unknown {
    this.count();
    const t = this.text;
    const isSeq = t.charCodeAt(p) === 0x5b;
    const close = isSeq ? 0x5d : 0x7d;
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    let q = this.flowSpace(p + 1, indent);
    if (t.charCodeAt(q) === close) {
      this.end = q + 1;
      return isSeq ? seq : map;
    }
    for (;;) {
      if (isSeq) {
        seq.push(this.flowNode(q, indent));
        q = this.flowSpace(this.end, indent);
      } else {
        const k = this.flowKey(q);
        if (Object.prototype.hasOwnProperty.call(map, k) || RESERVED_KEYS.has(k)) bail();
        q = this.flowSpace(this.end + 1, indent);
        map[k] = this.flowNode(q, indent);
        q = this.flowSpace(this.end, indent);
      }
      const c = t.charCodeAt(q);
      if (c === close) {
        this.end = q + 1;
        return isSeq ? seq : map;
      }
      if (c !== 0x2c /* , */) bail();
      q = this.flowSpace(q + 1, indent);
      // a trailing comma, and empty entries, go to yaml
      if (t.charCodeAt(q) === close || t.charCodeAt(q) === 0x2c) bail();
    }
  }

  /** A key of a flow mapping at `p` (this.end: its ":", which a space follows; right after a quote too). */
  private flowKey(p: number): string {
    const t = this.text;
    const c = t.charCodeAt(p);
    this.count();
    if (c === 0x22 || c === 0x27) {
      const name = c === 0x22 ? this.doubleQuoted(p) : this.singleQuoted(p);
      if (t.charCodeAt(this.end) !== 0x3a || t.charCodeAt(this.end + 1) !== 0x20) bail();
      return name;
    }
    const e = this.plainEnd(p, true);
    const name = t.slice(p, e);
    if (t.charCodeAt(e) !== 0x3a || t.charCodeAt(e + 1) !== 0x20 || typeof resolvePlain(name) !== 'string') bail();
    this.end = e;
    return name;
  }

  /** An entry of a flow collection at `p` (this.end: where it ends). */
  private flowNode(p: number, indent: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 0x5b || c === 0x7b) return this.flow(p, indent);
    this.count();
    let value: unknown;
    if (c === 0x22 || c === 0x27) value = c === 0x22 ? this.doubleQuoted(p) : this.singleQuoted(p);
    else {
      const end = this.plainEnd(p, true);
      if (end === p) bail();
      value = resolvePlain(t.slice(p, end));
      this.end = end;
    }
    // "a: b" as an entry of a flow sequence is a pair: yaml's to read
    if (t.charCodeAt(this.end) === 0x3a) bail();
    return value;
  }

  /** Past spaces, comments and line breaks inside a flow collection; its lines must be indented past `indent`. */
  private flowSpace(p: number, indent: number): number {
    const t = this.text;
    let q = p;
    for (;;) {
      const c = t.charCodeAt(q);
      if (c === 0x20) q++;
      else if (c === 0x23) {
        if (q === p && t.charCodeAt(q - 1) !== 0x20 && t.charCodeAt(q - 1) !== 0x0a) bail();
        q = t.indexOf('\n', q);
        if (q === -1) bail();
      } else if (c === 0x0a || c === 0x0d) {
        q = this.nextLine(q);
        if (q >= this.n) bail();
        let s = q;
        while (t.charCodeAt(s) === 0x20) s++;
        const d = t.charCodeAt(s);
        // a line inside the collection indented no more than its key (blank lines aside) is yaml's to judge
        if (s - q <= indent && d !== 0x0a && d !== 0x0d) bail();
        q = s;
      } else return q;
    }
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/**
 * Whether a plain scalar may start at `p`: not with an indicator, and "-", "?" or ":" only before a character
 * that is not a space (or, in a flow collection, a flow indicator).
 */
function startsPlain(t: string, p: number, flow: boolean): boolean {
  const c = t[p];
  if (c === undefined || ' \r\n#,[]{}&*!|>\'"%@`'.includes(c)) return false;
  if (c === '-' || c === '?' || c === ':') {
    const d = t[p + 1];
    if (d === undefined || d === ' ' || d === '\r' || d === '\n') return false;
    if (flow && ',[]{}'.includes(d)) return false;
    // "- " starts an entry, "? " a complex key: the others ("-y", "?x") are plain text
    if (c === '?' || c === ':') return false;
  }
  return true;
}

/** A plain scalar as YAML 1.2's core schema reads it; numbers in forms other than these go to yaml. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // fast: a letter other than n N t T f F (null, true, false) starts a string
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2f || c === 0x5f || c === 0x24) {
    if (c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46) return s;
  }
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(s)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  // other numbers (0o, 0x, exponents, .inf, .nan) and anything that starts like one
  if (/^[-+.]?[0-9.]/.test(s) || s.startsWith('.')) bail();
  return s;
}
