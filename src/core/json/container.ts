// Finds the object that holds the entries (`mcpServers`, `projects["/abs/dir"].mcpServers`, `servers`) and
// refuses, with file:line:col, what cannot be read or edited safely: a key on the way written twice, a
// container or entry that is not an object, a key written twice inside the container. Reading goes through
// walkTo and plain-entries.ts; the container's tree (findContainer) is built for editing, and for what
// plain-entries.ts leaves to it.
import { parseTree } from 'jsonc-parser';
import type { Node, NodeType, ParseError } from 'jsonc-parser';
import { McpctlError } from '../errors.js';
import { leanObject } from './lean-scan.js';
import type { LeanObject, Skip } from './lean-scan.js';
import { locator } from './positions.js';
import type { JsonDoc } from './read-json.js';

export interface Found {
  /** The container itself (jsonc-parser's tree of it, offsets into the file's text), or undefined when the
   *  path stops early. */
  node: Node | undefined;
  /** The deepest object on the path that exists (the root, when the file is not empty). */
  parent: LeanObject | undefined;
  /** How many segments of the path `parent` covers. */
  depth: number;
}

/** `mcpServers`, `projects["/abs/dir"].mcpServers`. */
export function displayPath(path: readonly string[]): string {
  return path.map((s, i) => (/^[A-Za-z_$][\w$-]*$/.test(s) ? (i ? '.' : '') + s : `[${JSON.stringify(s)}]`)).join('');
}

/** The properties of an object node: [key node, value node, property node]. */
export function propertiesOf(obj: Node): Array<{ key: Node; value: Node; prop: Node }> {
  const out: Array<{ key: Node; value: Node; prop: Node }> = [];
  for (const prop of obj.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key !== undefined && value !== undefined) out.push({ key, value, prop });
  }
  return out;
}

export function keyOf(key: Node): string {
  const v: unknown = key.value;
  return typeof v === 'string' ? v : '';
}

/** Where the container is written: its "{" and just after its "}", or undefined when the path stops early. */
export interface Walked {
  span: { start: number; end: number } | undefined;
  parent: LeanObject | undefined;
  depth: number;
}

/**
 * Follows `path` from the root, reading only the keys on the way (lean-scan.ts): every object on it must
 * hold its key once, and the container must be an object, with no key twice inside it.
 */
export function findContainer(doc: JsonDoc, path: readonly string[]): Found {
  const { span, parent, depth } = walkTo(doc, path);
  if (span === undefined) return { node: undefined, parent, depth };
  const node = _tree(doc, _source(doc), path, span.start, span.end);
  checkInside(doc, path, node);
  return { node, parent, depth };
}

/**
 * findContainer's walk without the container's tree: the keys on the way are read once each and must
 * be there once; the container must be an object. What is inside it is not looked at, unless `skip` does:
 * it is offered the values of the object that holds the container, the first time that object is read.
 */
export function walkTo(doc: JsonDoc, path: readonly string[], skip?: Skip): Walked {
  if (doc.rootOffset === null) return { span: undefined, parent: undefined, depth: 0 };
  const source = _source(doc);
  let parent = _lean(doc, source, doc.rootOffset, path.length === 1 ? skip : undefined);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] ?? '';
    const hits = parent.props.filter((p) => p.key === seg);
    const [first, second] = hits;
    if (first === undefined) return { span: undefined, parent, depth: i };
    if (second !== undefined) throw duplicateError(doc, path.slice(0, i + 1), first.keyStart, second.keyStart);
    if (first.type !== 'object')
      throw notObjectError(doc, path.slice(0, i + 1), first.type, first.valueStart, 'container');
    if (i === path.length - 1)
      return { span: { start: first.valueStart, end: first.valueEnd }, parent, depth: path.length };
    parent = _lean(doc, source, first.valueStart, i === path.length - 2 ? skip : undefined);
  }
  // an empty path: the root object itself holds the entries
  return { span: { start: doc.rootOffset, end: parent.close + 1 }, parent, depth: 0 };
}

/** Objects on a path already walked, per document: entriesAt and editEntries on one doc walk it once. */
const walked = new WeakMap<JsonDoc, Map<number, LeanObject>>();
const sources = new WeakMap<JsonDoc, string>();

/** The text with its BOM (if any) as a space: the same offsets, and valid JSON to the scanners. */
function _source(doc: JsonDoc): string {
  let source = sources.get(doc);
  if (source === undefined) sources.set(doc, (source = doc.bom ? ` ${doc.text.slice(1)}` : doc.text));
  return source;
}

function _lean(doc: JsonDoc, source: string, open: number, skip: Skip | undefined): LeanObject {
  let seen = walked.get(doc);
  if (seen === undefined) walked.set(doc, (seen = new Map()));
  let obj = seen.get(open);
  if (obj === undefined) seen.set(open, (obj = leanObject(source, open, skip)));
  return obj;
}

/** jsonc-parser's tree of text[start, end), with offsets moved to the whole text's. */
function _tree(doc: JsonDoc, source: string, path: readonly string[], start: number, end: number): Node {
  try {
    const errors: ParseError[] = [];
    const options = { disallowComments: !doc.comments, allowTrailingComma: doc.comments };
    const node = parseTree(source.slice(start, end), errors, options);
    if (node === undefined || errors.length > 0) throw new Error(`jsonc-parser disagrees about ${doc.file}`);
    return _moved(node, start, undefined);
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

function _moved(node: Node, by: number, parent: Node | undefined): Node {
  const out: { -readonly [K in keyof Node]: Node[K] } = {
    type: node.type,
    offset: node.offset + by,
    length: node.length,
  };
  if (parent !== undefined) out.parent = parent;
  if (node.value !== undefined) out.value = node.value;
  if (node.colonOffset !== undefined) out.colonOffset = node.colonOffset + by;
  if (node.children !== undefined) out.children = node.children.map((c) => _moved(c, by, out));
  return out;
}

/** No key twice in any object inside the container, and every entry an object. */
function checkInside(doc: JsonDoc, path: readonly string[], container: Node): void {
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

function duplicateError(doc: JsonDoc, path: readonly string[], first: number, second: number): McpctlError {
  const locate = locator(doc.text);
  const a = locate(first);
  const b = locate(second);
  const name = displayPath(path);
  return new McpctlError('E_INPUT', `${name} is written twice in ${doc.file} (lines ${a.line} and ${b.line})`, {
    where: { file: doc.file, ...b },
    hint: `clients keep only one of the two and mcpctl cannot tell which you mean: merge them into one ${name} in ${doc.file}, then run again`,
  });
}

export function notObjectError(
  doc: JsonDoc,
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
