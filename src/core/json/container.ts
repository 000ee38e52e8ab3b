// Finds the object that holds the entries (`mcpServers`, `projects["/abs/dir"].mcpServers`, `servers`) and
// refuses, with file:line:col, what cannot be read or edited safely: a key on the way written twice, a
// container or entry that is not an object, a key written twice inside the container.
import type { Node } from 'jsonc-parser';
import { McpctlError } from '../errors.js';
import { locator } from './positions.js';
import type { JsonDoc } from './read-json.js';

export interface Found {
  /** The container itself, or undefined when the path stops early. */
  node: Node | undefined;
  /** The deepest object on the path that exists (the root, when the file is not empty). */
  parent: Node | undefined;
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

/** Follows `path` from the root; every object on it must hold its key once, and the container must be an object. */
export function findContainer(doc: JsonDoc, path: readonly string[]): Found {
  if (doc.root === undefined) return { node: undefined, parent: undefined, depth: 0 };
  let parent: Node = doc.root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] ?? '';
    const hits = propertiesOf(parent).filter((p) => keyOf(p.key) === seg);
    const [first, second] = hits;
    if (first === undefined) return { node: undefined, parent, depth: i };
    if (second !== undefined) throw duplicateError(doc, path.slice(0, i + 1), first.key, second.key);
    if (first.value.type !== 'object') throw notObjectError(doc, path.slice(0, i + 1), first.value, 'container');
    parent = first.value;
  }
  checkInside(doc, path, parent);
  return { node: parent, parent, depth: path.length };
}

/** No key twice in any object inside the container, and every entry an object. */
function checkInside(doc: JsonDoc, path: readonly string[], container: Node): void {
  for (const { key, value } of propertiesOf(container))
    if (value.type !== 'object') throw notObjectError(doc, [...path, keyOf(key)], value, 'entry');
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
      if (before !== undefined) throw duplicateError(doc, [...at, name], before, key);
      seen.set(name, key);
      stack.push({ node: value, path: [...at, name] });
    }
  }
}

function duplicateError(doc: JsonDoc, path: readonly string[], first: Node, second: Node): McpctlError {
  const locate = locator(doc.text);
  const a = locate(first.offset);
  const b = locate(second.offset);
  const name = displayPath(path);
  return new McpctlError('E_INPUT', `${name} is written twice in ${doc.file} (lines ${a.line} and ${b.line})`, {
    where: { file: doc.file, ...b },
    hint: `clients keep only one of the two and mcpctl cannot tell which you mean: merge them into one ${name} in ${doc.file}, then run again`,
  });
}

function notObjectError(doc: JsonDoc, path: readonly string[], value: Node, role: 'container' | 'entry'): McpctlError {
  const what = value.type === 'array' ? 'an array' : value.type === 'null' ? 'null' : `a ${value.type}`;
  const name = displayPath(path);
  return new McpctlError('E_INPUT', `${name} in ${doc.file} is ${what}, not an object`, {
    where: { file: doc.file, ...locator(doc.text)(value.offset) },
    hint:
      role === 'container'
        ? `make it an object ({}) or delete it in ${doc.file}, then run again; mcpctl does not overwrite it`
        : `write it as an object (with "command" or "url") or delete it in ${doc.file}, then run again; its client cannot load it either`,
  });
}
