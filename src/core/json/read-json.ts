// Reads a client's JSON or JSONC file: its layout (BOM, line breaks, indentation, final newline) and its
// syntax tree with exact offsets, for entries.ts to read and edit-entries.ts to edit in place.
// jsonc-parser (VS Code's own reader) does the parsing; no value is ever re-serialised from here.
import { parseTree } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { McpctlError } from '../errors.js';
import { eolOf, indentOf } from './layout.js';
import type { Indent } from './layout.js';
import { locator } from './positions.js';
import { isCommentError, reasonOf, trailingCommaBefore } from './syntax-error.js';

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
  /** The top-level object; undefined for an empty, blank or comment-only file (read as `{}`).
   *  Offsets are into `text` (a BOM counts as one). */
  readonly root: Node | undefined;
}

export interface ReadJsonOptions {
  /** JSONC: comments and trailing commas allowed. */
  comments: boolean;
  /** Why the file must be strict JSON, said in the error when it is not (e.g. for ~/.claude.json). */
  strictWhy?: string;
}

const STRICT_WHY = 'the client reads it as strict JSON';

/**
 * An empty or whitespace-only text (a missing file is read as '') is `{}` with no entries: the first
 * edit writes a whole object. Throws McpctlError E_INPUT with file:line:col for anything else that is
 * not one object of valid JSON (JSONC with `comments`).
 */
export function readJson(text: string, file: string, opts: ReadJsonOptions): JsonDoc {
  const bom = text.startsWith('\uFEFF');
  // the BOM becomes a space (one UTF-16 unit, as the BOM), so every offset in the tree is an offset in `text`
  const source = bom ? ` ${text.slice(1)}` : text;
  const root = _parse(text, source, file, opts);
  if (root !== undefined && root.type !== 'object') {
    const what = root.type === 'array' ? 'an array' : root.type === 'null' ? 'null' : `a ${root.type}`;
    throw new McpctlError('E_INPUT', `the top level of ${file} is ${what}, not an object`, {
      where: { file, ...locator(text)(root.offset) },
      hint: `a client's MCP file holds one JSON object, e.g. {"mcpServers": {}}: fix ${file} or move it away, then run again`,
    });
  }
  return {
    text,
    file,
    comments: opts.comments,
    bom,
    eol: eolOf(text),
    indent: indentOf(text, root),
    finalNewline: text.endsWith('\n'),
    root,
  };
}

function _tree(source: string, errors: ParseError[], comments: boolean): Node | undefined {
  return parseTree(source, errors, {
    disallowComments: !comments,
    allowTrailingComma: comments,
    allowEmptyContent: true,
  });
}

function _parse(text: string, source: string, file: string, opts: ReadJsonOptions): Node | undefined {
  const kind = opts.comments ? 'JSON with comments (JSONC)' : 'JSON';
  try {
    const errors: ParseError[] = [];
    const root = _tree(source, errors, opts.comments);
    const first = errors[0];
    if (first === undefined) return root;
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
