// Reads a client's JSON or JSONC file: its layout (BOM, line breaks, indentation, final newline), the text as
// strict JSON once the native JSON.parse accepts it (entries.ts reads values from it), and jsonc-parser's
// syntax tree with exact offsets when asked for (edit-entries.ts edits in place through it). jsonc-parser
// (VS Code's own reader) says where and why a file is refused; no value is ever re-serialised from here.
import { parseTree, visit } from 'jsonc-parser';
import type { Node, ParseError, ParseOptions } from 'jsonc-parser';
import { McpctlError } from '../errors.js';
import { eolOf, indentOf } from './layout.js';
import type { Indent } from './layout.js';
import { typeAt } from './lean-scan.js';
import { keysAndColons, plainJsonc } from './plain-text.js';
import type { PlainText } from './plain-text.js';
import { locator } from './positions.js';
import { isCommentError, reasonOf, trailingCommaBefore } from './syntax-error.js';
import { nextToken } from './trivia.js';

export interface JsonDoc {
  /** As read, BOM included. */
  readonly text: string;
  readonly file: string;
  /** JSONC: comments and trailing commas allowed (and kept). */
  readonly comments: boolean;
  readonly bom: boolean;
  readonly eol: '\n' | '\r\n';
  readonly indent: Indent;
  readonly finalNewline: boolean;
  /** Where the top-level "{" is; null for an empty, blank or comment-only file (read as `{}`). */
  readonly rootOffset: number | null;
  /** jsonc-parser's tree of the whole file (offsets into `text`; a BOM counts as one), built when first
   *  asked for: the engine itself never needs it, and for a 5 MB file it costs ~300 ms. */
  readonly root: Node | undefined;
  /** The text as strict JSON, once JSON.parse has accepted it: entries.ts reads values without jsonc-parser
   *  then. Undefined when only jsonc-parser vouched for the text (an empty file, a JSONC file too deep). */
  readonly plain: PlainText | undefined;
}

export interface ReadJsonOptions {
  /** JSONC: comments and trailing commas allowed. */
  comments: boolean;
  /** Why the file must be strict JSON, said in the error when it is not (e.g. for ~/.claude.json). */
  strictWhy?: string;
  /**
   * JSONC whose client reads comments but fails on a trailing comma and on a byte-order mark (Gemini CLI):
   * why, said in the error. Absent: a JSONC file may have both.
   */
  noTrailingCommasWhy?: string;
}

const STRICT_WHY = 'the client reads it as strict JSON';

/**
 * An empty or whitespace-only text (a missing file is read as '') is `{}` with no entries: the first
 * edit writes a whole object. Throws McpctlError E_INPUT with file:line:col for anything else that is
 * not one object of valid JSON (JSONC with `comments`).
 */
export function readJson(text: string, file: string, opts: ReadJsonOptions): JsonDoc {
  const bom = text.startsWith('\uFEFF');
  if (bom && opts.noTrailingCommasWhy !== undefined)
    throw new McpctlError('E_INPUT', `${file} starts with a byte-order mark (${opts.noTrailingCommasWhy})`, {
      where: { file, line: 1, col: 1 },
      hint: `save ${file} as UTF-8 without a BOM (its client cannot read it either), then run again`,
    });
  // the BOM becomes a space (one UTF-16 unit, as the BOM), so every offset is an offset in `text`
  const source = bom ? ` ${text.slice(1)}` : text;
  const plain = _validate(text, source, file, opts);
  const first = nextToken(source, 0);
  const rootOffset = first < source.length ? first : null;
  if (rootOffset !== null && source[rootOffset] !== '{') {
    const type = typeAt(source, rootOffset);
    const what = type === 'array' ? 'an array' : type === 'null' ? 'null' : `a ${type}`;
    throw new McpctlError('E_INPUT', `the top level of ${file} is ${what}, not an object`, {
      where: { file, ...locator(text)(rootOffset) },
      hint: `a client's MCP file holds one JSON object, e.g. {"mcpServers": {}}: fix ${file} or move it away, then run again`,
    });
  }
  let tree: { root: Node | undefined } | undefined;
  return {
    text,
    file,
    comments: opts.comments,
    bom,
    eol: eolOf(text),
    indent: indentOf(text),
    finalNewline: text.endsWith('\n'),
    rootOffset,
    plain,
    get root() {
      if (tree === undefined) {
        let root: Node | undefined;
        try {
          root = _tree(source, [], opts.comments);
        } catch (err) {
          // nesting deeper than jsonc-parser follows (JSON.parse accepted it): no whole-file tree to give
          if (!(err instanceof RangeError)) throw err;
        }
        tree = { root };
      }
      return tree.root;
    },
  };
}

function _tree(source: string, errors: ParseError[], comments: boolean): Node | undefined {
  return parseTree(source, errors, _options(comments));
}

/**
 * The native JSON.parse says yes fast (~25 ms for 5 MB of strict JSON; JSONC once its comments and trailing
 * commas are spaces); jsonc-parser says where and why not. The text JSON.parse accepted, if it did.
 */
function _validate(text: string, source: string, file: string, opts: ReadJsonOptions): PlainText | undefined {
  const plain = _plain(source, opts);
  if (plain !== undefined) return plain;
  const kind = opts.comments ? 'JSON with comments (JSONC)' : 'JSON';
  try {
    const errors: ParseError[] = [];
    if (opts.comments)
      visit(
        source,
        { onError: (error, offset, length) => void errors.push({ error, offset, length }) },
        _options(true),
      );
    else _tree(source, errors, false);
    const first = errors[0];
    if (first === undefined) {
      if (opts.comments && opts.noTrailingCommasWhy !== undefined)
        _noTrailingComma(text, source, file, opts.noTrailingCommasWhy);
      return undefined;
    }
    if (!opts.comments) {
      // strict: tell a comment or a trailing comma (valid JSONC) from a file that is broken either way
      const lax: ParseError[] = [];
      _tree(source, lax, true);
      if (lax.length === 0) throw _strictError(text, file, first, opts.strictWhy ?? STRICT_WHY);
      throw _syntaxError(text, file, kind, lax[0] ?? first);
    }
    throw _syntaxError(text, file, kind, first);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new McpctlError('E_INPUT', `${file} nests objects and arrays more deeply than mcpctl reads`, {
      where: { file, line: 1, col: 1 },
      hint: `no client's MCP file needs thousands of levels: fix ${file} or move it away, then run again`,
    });
  }
}

/**
 * The text as strict JSON when JSON.parse accepts it: then jsonc-parser would too, with no error to report.
 * A JSONC file that may not hold trailing commas and holds one is left to jsonc-parser, which says where.
 */
function _plain(source: string, opts: ReadJsonOptions): PlainText | undefined {
  if (source.trim() === '') return undefined;
  const plain = opts.comments ? plainJsonc(source) : { text: source, trailingCommas: false };
  if (plain === undefined || (plain.trailingCommas && opts.noTrailingCommasWhy !== undefined)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(plain.text);
  } catch {
    return undefined;
  }
  // JSONC past PLAIN_DEPTH is jsonc-parser's to judge (plain-text.ts); the count is parsed-entries.ts's too
  const keys = opts.comments ? keysAndColons(value) : undefined;
  if (keys !== undefined && Number.isNaN(keys)) return undefined;
  // a top level that is not an object is refused by readJson right after
  const parsed = new WeakRef(typeof value === 'object' && value !== null ? value : {});
  return keys === undefined ? { text: plain.text, value: parsed } : { text: plain.text, keys, value: parsed };
}

/** JSONC without trailing commas: the first one, with file:line:col. */
function _noTrailingComma(text: string, source: string, file: string, why: string): void {
  const errors: ParseError[] = [];
  visit(
    source,
    { onError: (error, offset, length) => void errors.push({ error, offset, length }) },
    { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true },
  );
  const first = errors[0];
  if (first === undefined) return;
  const at = locator(text)(trailingCommaBefore(text, first.offset));
  throw new McpctlError('E_INPUT', `${file} holds a trailing comma (${why})`, {
    where: { file, ...at },
    hint: `remove the comma at line ${at.line}, column ${at.col}, then run again`,
  });
}

function _options(comments: boolean): ParseOptions {
  return { disallowComments: !comments, allowTrailingComma: comments, allowEmptyContent: true };
}

function _syntaxError(text: string, file: string, kind: string, error: ParseError): McpctlError {
  const at = locator(text)(error.offset);
  return new McpctlError('E_INPUT', `${file} is not valid ${kind}: ${reasonOf(error)}`, {
    where: { file, ...at },
    hint: `fix line ${at.line} of ${file} (its client cannot read it either), then run again; mcpctl writes nothing to a file it cannot read`,
  });
}

function _strictError(text: string, file: string, error: ParseError, why: string): McpctlError {
  const comment = isCommentError(error);
  const offset = comment ? error.offset : trailingCommaBefore(text, error.offset);
  const at = locator(text)(offset);
  const what = comment ? 'a comment' : 'a trailing comma';
  return new McpctlError('E_INPUT', `${file} must be strict JSON (${why}), but it holds ${what}`, {
    where: { file, ...at },
    hint: comment
      ? `remove the comment at line ${at.line} (notes belong in mcp.yaml, which allows comments), then run again`
      : `remove the comma at line ${at.line}, column ${at.col}, then run again`,
  });
}
