// The read path as it was before plain-entries.ts and plain-text.ts, frozen for fast-read.test.ts to compare
// against: readJson's checks (jsonc-parser's `visit` for JSONC), then the container's parseTree, the checks
// inside it and the values from its nodes. Copied from src/core/json/{read-json,container,entries}.ts; the
// helpers it imports are shared (lean-scan.ts's walk, trivia.ts, positions.ts, syntax-error.ts, value.ts).
// One of them changed with it: trivia.ts ends a `//` comment at a lone CR too, as jsonc-parser does, where
// the old read stopped with an internal error ("jsonc-parser disagrees"). Not a test file: it holds no tests.
import { parseTree, visit } from 'jsonc-parser';
import type { Node, NodeType, ParseError, ParseOptions } from 'jsonc-parser';
import { McpctlError } from '../../src/core/errors.js';
import { displayPath, keyOf, propertiesOf } from '../../src/core/json/container.js';
import { leanObject, typeAt } from '../../src/core/json/lean-scan.js';
import { locator } from '../../src/core/json/positions.js';
import type { ReadJsonOptions } from '../../src/core/json/read-json.js';
import { isCommentError, reasonOf, trailingCommaBefore } from '../../src/core/json/syntax-error.js';
import { nextToken } from '../../src/core/json/trivia.js';
import { isObject, setKey } from '../../src/core/json/value.js';
import type { JsonObject, JsonValue } from '../../src/core/json/value.js';

export interface OldEntry {
  value: JsonObject;
  line: number;
  col: number;
}

/** readJson then entriesAt, as they were: the entries, or the McpctlError either threw. */
export function oldRead(text: string, file: string, opts: ReadJsonOptions, path: readonly string[]) {
  const doc = oldReadJson(text, file, opts);
  return { doc, entries: () => oldEntriesAt(doc, path), container: () => oldFindContainer(doc, path) };
}

interface OldDoc {
  text: string;
  source: string;
  file: string;
  comments: boolean;
  rootOffset: number | null;
}

const STRICT_WHY = 'the client reads it as strict JSON';

function oldReadJson(text: string, file: string, opts: ReadJsonOptions): OldDoc {
  const bom = text.startsWith('\uFEFF');
  if (bom && opts.noTrailingCommasWhy !== undefined)
    throw new McpctlError('E_INPUT', `${file} starts with a byte-order mark (${opts.noTrailingCommasWhy})`, {
      where: { file, line: 1, col: 1 },
      hint: `save ${file} as UTF-8 without a BOM (its client cannot read it either), then run again`,
    });
  const source = bom ? ` ${text.slice(1)}` : text;
  _validate(text, source, file, opts);
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
  return { text, source, file, comments: opts.comments, rootOffset };
}

function _options(comments: boolean): ParseOptions {
  return { disallowComments: !comments, allowTrailingComma: comments, allowEmptyContent: true };
}

function _validate(text: string, source: string, file: string, opts: ReadJsonOptions): void {
  if (!opts.comments && source.trim() !== '') {
    try {
      JSON.parse(source);
      return;
    } catch {
      // fall through to find where
    }
  }
  const kind = opts.comments ? 'JSON with comments (JSONC)' : 'JSON';
  try {
    const errors: ParseError[] = [];
    const onError = (error: number, offset: number, length: number) => void errors.push({ error, offset, length });
    if (opts.comments) visit(source, { onError }, _options(true));
    else parseTree(source, errors, _options(false));
    const first = errors[0];
    if (first === undefined) {
      if (opts.comments && opts.noTrailingCommasWhy !== undefined) {
        const strict: ParseError[] = [];
        visit(
          source,
          { onError: (error, offset, length) => void strict.push({ error, offset, length }) },
          { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true },
        );
        const comma = strict[0];
        if (comma === undefined) return;
        const at = locator(text)(trailingCommaBefore(text, comma.offset));
        throw new McpctlError('E_INPUT', `${file} holds a trailing comma (${opts.noTrailingCommasWhy})`, {
          where: { file, ...at },
          hint: `remove the comma at line ${at.line}, column ${at.col}, then run again`,
        });
      }
      return;
    }
    if (!opts.comments) {
      const lax: ParseError[] = [];
      parseTree(source, lax, _options(true));
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

function oldFindContainer(doc: OldDoc, path: readonly string[]): Node | undefined {
  if (doc.rootOffset === null) return undefined;
  let parent = leanObject(doc.source, doc.rootOffset);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] ?? '';
    const [first, second] = parent.props.filter((p) => p.key === seg);
    if (first === undefined) return undefined;
    if (second !== undefined) throw duplicateError(doc, path.slice(0, i + 1), first.keyStart, second.keyStart);
    if (first.type !== 'object')
      throw notObjectError(doc, path.slice(0, i + 1), first.type, first.valueStart, 'container');
    if (i === path.length - 1) {
      const node = _tree(doc, path, first.valueStart, first.valueEnd);
      checkInside(doc, path, node);
      return node;
    }
    parent = leanObject(doc.source, first.valueStart);
  }
  const node = _tree(doc, path, doc.rootOffset, parent.close + 1);
  checkInside(doc, path, node);
  return node;
}

function _tree(doc: OldDoc, path: readonly string[], start: number, end: number): Node {
  try {
    const errors: ParseError[] = [];
    const options = { disallowComments: !doc.comments, allowTrailingComma: doc.comments };
    const node = parseTree(doc.source.slice(start, end), errors, options);
    if (node === undefined || errors.length > 0) throw new Error(`jsonc-parser disagrees about ${doc.file}`);
    return _moved(node, start);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new McpctlError(
      'E_INPUT',
      `${displayPath(path)} in ${doc.file} nests objects and arrays more deeply than mcpctl reads`,
      {
        where: { file: doc.file, ...locator(doc.text)(start) },
        hint: `no MCP server needs thousands of levels: fix it in ${doc.file}, then run again`,
      },
    );
  }
}

function _moved(node: Node, by: number): Node {
  const out: { -readonly [K in keyof Node]: Node[K] } = {
    type: node.type,
    offset: node.offset + by,
    length: node.length,
  };
  if (node.value !== undefined) out.value = node.value;
  if (node.children !== undefined) out.children = node.children.map((c) => _moved(c, by));
  return out;
}

function checkInside(doc: OldDoc, path: readonly string[], container: Node): void {
  for (const { key, value } of propertiesOf(container))
    if (value.type !== 'object') throw notObjectError(doc, [...path, keyOf(key)], value.type, value.offset, 'entry');
  const stack: Array<{ node: Node; path: string[] }> = [{ node: container, path: [...path] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path: at } = item;
    if (node.type === 'array') {
      for (const el of node.children ?? []) stack.push({ node: el, path: at });
      continue;
    }
    if (node.type !== 'object') continue;
    const seen = new Map<string, Node>();
    for (const { key, value } of propertiesOf(node)) {
      const name = keyOf(key);
      const before = seen.get(name);
      if (before !== undefined) throw duplicateError(doc, [...at, name], before.offset, key.offset);
      seen.set(name, key);
      stack.push({ node: value, path: [...at, name] });
    }
  }
}

function duplicateError(doc: OldDoc, path: readonly string[], first: number, second: number): McpctlError {
  const locate = locator(doc.text);
  const a = locate(first);
  const b = locate(second);
  const name = displayPath(path);
  return new McpctlError('E_INPUT', `${name} is written twice in ${doc.file} (lines ${a.line} and ${b.line})`, {
    where: { file: doc.file, ...b },
    hint: `clients keep only one of the two and mcpctl cannot tell which you mean: merge them into one ${name} in ${doc.file}, then run again`,
  });
}

function notObjectError(
  doc: OldDoc,
  path: readonly string[],
  type: NodeType,
  offset: number,
  role: 'container' | 'entry',
): McpctlError {
  const what = type === 'array' ? 'an array' : type === 'null' ? 'null' : `a ${type}`;
  const name = displayPath(path);
  return new McpctlError('E_INPUT', `${name} in ${doc.file} is ${what}, not an object`, {
    where: { file: doc.file, ...locator(doc.text)(offset) },
    hint:
      role === 'container'
        ? `make it an object ({}) or delete it in ${doc.file}, then run again; mcpctl does not overwrite it`
        : `write it as an object (with "command" or "url") or delete it in ${doc.file}, then run again; its client cannot load it either`,
  });
}

function oldEntriesAt(doc: OldDoc, path: readonly string[]): Map<string, OldEntry> {
  const out = new Map<string, OldEntry>();
  const node = oldFindContainer(doc, path);
  if (node === undefined) return out;
  const locate = locator(doc.text, node.offset + node.length);
  for (const { key, value } of propertiesOf(node)) {
    const v = valueOf(value);
    out.set(keyOf(key), { value: isObject(v) ? v : {}, ...locate(key.offset) });
  }
  return out;
}

function valueOf(node: Node): JsonValue {
  switch (node.type) {
    case 'object': {
      const out: JsonObject = {};
      for (const { key, value } of propertiesOf(node)) setKey(out, keyOf(key), valueOf(value));
      return out;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default: {
      const v: unknown = node.value;
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    }
  }
}
