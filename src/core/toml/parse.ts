// The one entry to toml-eslint-parser, made safe for any input size.
// toml-eslint-parser builds each string and number with String.fromCodePoint(...chars), which overflows
// the call stack at about 120,000 characters, and it recurses once per array / inline-table level.
// A linear pre-scan (1) refuses nesting deeper than Codex reads (its TOML reader stops at 80 levels, at
// the same line:col), and (2) hands the parser every long string or number value as an array of short
// strings of exactly the same length with the same line breaks, so every range and line:col stays
// exact; each such array is then replaced in the tree (and in the token list) by the real value, which
// smol-toml decodes one token at a time. Text without long values is parsed as it is.
// Most files never get that far: fast-parse.ts reads the common subset of TOML into the same tree, five to
// ten times faster on a large config.toml, and gives up (to the path above, unchanged) on anything else,
// errors included, so that every error and its position still come from toml-eslint-parser.
import { parse as smolParse } from 'smol-toml';
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { fastParse } from './fast-parse.js';

/** Codex 0.169 (toml_edit) refuses the 81st nested array / inline table: "max recursion depth met". */
const MAX_DEPTH = 80;
/** Values longer than this go through the placeholder (far below where the parser overflows). */
const LONG = 4096;
const PIECE = 4003;

/** Input the guards refuse: `index` is where (0 when the parser itself ran out of stack). */
export class TomlLimitError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

interface Real {
  raw: string;
  value: string | number;
}

/** parseTOML for TOML 1.1 with the guards above. Throws ParseError or TomlLimitError for invalid input. */
export function parseToml(text: string): AST.TOMLProgram {
  const fast = fastParse(text, { long: LONG, maxDepth: MAX_DEPTH });
  if (fast !== null) return fast;
  try {
    return _parse(text);
  } catch (e) {
    // only a quoted key of more than ~120,000 characters (keys are never replaced) gets here
    if (e instanceof RangeError) throw new TomlLimitError(0, 'it holds a key too long for mcpctl to read');
    throw e;
  }
}

function _parse(text: string): AST.TOMLProgram {
  const masks = _scan(text);
  if (masks.length === 0) return parseTOML(text, { tomlVersion: '1.1.0' });
  const real = new Map<number, Real>();
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of masks) {
    const raw = text.slice(start, end);
    real.set(start, { raw, value: _decode(raw, start) });
    pieces.push(text.slice(at, start), _placeholder(raw));
    at = end;
  }
  pieces.push(text.slice(at));
  const program = parseTOML(pieces.join(''), { tomlVersion: '1.1.0' });
  _restore(program, real);
  return program;
}

/** One linear pass: the long values, and the first bracket past MAX_DEPTH. Malformed input is left to
 *  the parser (the scan only has to be right for valid TOML). */
function _scan(text: string): Array<[number, number]> {
  const masks: Array<[number, number]> = [];
  const frames: number[] = [0]; // 0 root, 1 array, 2 inline table
  let value = false; // after `=` in the root or an inline table
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    const inValue = top === 1 || value;
    if (c === 0x23 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const end = _stringEnd(text, i, c === 0x22 ? '"' : "'");
      // keys are never replaced: the parser checks duplicates by their values
      if (inValue && end - i > LONG) masks.push([i, end]);
      i = end;
      continue;
    }
    if ((c === 0x5b /* [ */ || c === 0x7b) /* { */ && inValue) {
      if (frames.length > MAX_DEPTH)
        throw new TomlLimitError(
          i,
          `arrays and inline tables are nested deeper than ${MAX_DEPTH} levels, which Codex does not read`,
        );
      frames.push(c === 0x5b ? 1 : 2);
      value = false;
    } else if ((c === 0x5d /* ] */ && top === 1) || (c === 0x7d /* } */ && top === 2)) {
      frames.pop();
      value = false;
    } else if (c === 0x3d /* = */ && top !== 1) value = true;
    else if (c === 0x2c /* , */ && top === 2) value = false;
    else if (c === 0x0a && top === 0) value = false;
    else if (inValue && _isBare(c)) {
      let end = i + 1;
      while (end < n && _isBare(text.charCodeAt(end))) end++;
      if (end - i > LONG) masks.push([i, end]);
      i = end;
      continue;
    }
    i++;
  }
  return masks;
}

/** Characters of numbers, booleans and date-times. */
function _isBare(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2b ||
    c === 0x2e ||
    c === 0x3a
  );
}

/** End (exclusive) of the string starting at `start`; the end of the line or file when unclosed. */
function _stringEnd(text: string, start: number, q: '"' | "'"): number {
  const basic = q === '"';
  const triple = q + q + q;
  if (text.startsWith(triple, start)) {
    let from = start + 3;
    for (;;) {
      const close = _nextQuote(text, from, q, basic);
      if (close === -1) return text.length;
      if (text.startsWith(triple, close)) {
        let end = close + 3;
        for (let extra = 0; extra < 2 && text[end] === q; extra++) end++;
        return end;
      }
      from = close + 1;
    }
  }
  const close = _nextQuote(text, start + 1, q, basic);
  const nl = text.indexOf('\n', start);
  if (close === -1 || (nl !== -1 && nl < close)) return nl === -1 ? text.length : nl;
  return close + 1;
}

/** Next unescaped `q` from `from` (in basic strings a backslash escapes the next character). */
function _nextQuote(text: string, from: number, q: string, basic: boolean): number {
  if (!basic) return text.indexOf(q, from);
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === q) return i;
  }
  return -1;
}

/** `["xx…","xx…", … ]` of the same length, every line break where it was (between elements). */
function _placeholder(raw: string): string {
  const runs = raw.split(/(\r?\n)/);
  const last = runs.length - 1;
  return runs
    .map((run, i) => {
      if (i % 2 === 1) return run;
      const open = i === 0 ? '[' : '';
      const close = i === last ? ']' : '';
      return open + _fill(run.length - open.length - close.length) + close;
    })
    .join('');
}

/** `"xxx",` pieces of at most PIECE characters, then spaces: exactly `n` characters. */
function _fill(n: number): string {
  const parts: string[] = [];
  let left = n;
  while (left >= 3) {
    const take = Math.min(left, PIECE);
    parts.push(`"${'x'.repeat(take - 3)}",`);
    left -= take;
  }
  parts.push(' '.repeat(left));
  return parts.join('');
}

/** The value of one token, read by smol-toml; an invalid token is refused at its start. */
function _decode(raw: string, index: number): string | number {
  let value: unknown;
  try {
    value = smolParse(`v = ${raw}\n`)['v'];
  } catch (e) {
    const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
    throw new TomlLimitError(index, `invalid value (${reason.replace(/^Invalid TOML document: /, '')})`);
  }
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new TomlLimitError(index, 'invalid value');
}

/** Puts each real value where its placeholder array was parsed, in the tree and in the token list. */
function _restore(program: AST.TOMLProgram, real: Map<number, Real>): void {
  const swap = (node: AST.TOMLContentNode, parent: AST.TOMLKeyValue | AST.TOMLArray): AST.TOMLContentNode => {
    const r = node.type === 'TOMLArray' ? real.get(node.range[0]) : undefined;
    if (r === undefined) return node;
    const at = { range: node.range, loc: node.loc };
    if (typeof r.value === 'number')
      return { type: 'TOMLValue', kind: 'float', value: r.value, number: r.raw, parent, ...at };
    const style = r.raw.startsWith("'") ? 'literal' : 'basic';
    return { type: 'TOMLValue', kind: 'string', value: r.value, style, multiline: _isMultiline(r.raw), parent, ...at };
  };
  const visitValue = (node: AST.TOMLContentNode): void => {
    if (node.type === 'TOMLArray') {
      node.elements = node.elements.map((el) => swap(el, node));
      node.elements.forEach(visitValue);
    } else if (node.type === 'TOMLInlineTable') node.body.forEach(visitKeyValue);
  };
  const visitKeyValue = (kv: AST.TOMLKeyValue): void => {
    kv.value = swap(kv.value, kv);
    visitValue(kv.value);
  };
  for (const node of program.body[0].body) {
    if (node.type === 'TOMLKeyValue') visitKeyValue(node);
    else node.body.forEach(visitKeyValue);
  }
  const tokens: AST.Token[] = [];
  let skipTo = -1;
  for (const tok of program.tokens) {
    if (tok.range[0] < skipTo) continue;
    const r = real.get(tok.range[0]);
    if (r === undefined) {
      tokens.push(tok);
      continue;
    }
    skipTo = tok.range[0] + r.raw.length;
    const at = {
      range: [tok.range[0], skipTo] satisfies [number, number],
      loc: { start: tok.loc.start, end: _endLoc(r.raw, tok.loc.start) },
    };
    if (typeof r.value === 'number') tokens.push({ type: 'Float', value: r.raw, number: r.value, ...at });
    else tokens.push({ type: _stringType(r.raw), value: r.raw, string: r.value, ...at });
  }
  program.tokens = tokens;
}

function _isMultiline(raw: string): boolean {
  return raw.startsWith('"""') || raw.startsWith("'''");
}

function _stringType(raw: string): 'BasicString' | 'LiteralString' | 'MultiLineBasicString' | 'MultiLineLiteralString' {
  if (raw.startsWith('"""')) return 'MultiLineBasicString';
  if (raw.startsWith("'''")) return 'MultiLineLiteralString';
  return raw.startsWith("'") ? 'LiteralString' : 'BasicString';
}

function _endLoc(raw: string, start: AST.Position): AST.Position {
  const lastBreak = raw.lastIndexOf('\n');
  if (lastBreak === -1) return { line: start.line, column: start.column + raw.length };
  return { line: start.line + raw.split('\n').length - 1, column: raw.length - lastBreak - 1 };
}
