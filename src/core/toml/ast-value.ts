// Values out of toml-eslint-parser's AST. The parser has already rejected every duplicate or
// conflicting definition, so a shape mismatch met here is a bug, not a user error.
import type { AST } from 'toml-eslint-parser';
import { getKey, isTable, setKey } from './value.js';
import type { TomlTable, TomlValue } from './value.js';

export function keyNames(key: AST.TOMLKey): string[] {
  return key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
}

export function toValue(node: AST.TOMLContentNode): TomlValue {
  if (node.type === 'TOMLArray') return node.elements.map(toValue);
  if (node.type === 'TOMLInlineTable') {
    const table: TomlTable = {};
    for (const kv of node.body) setPath(table, keyNames(kv.key), toValue(kv.value));
    return table;
  }
  switch (node.kind) {
    case 'string':
    case 'integer':
    case 'float':
    case 'boolean':
      return node.value;
    default:
      return node.datetime;
  }
}

/** `a.b.c = value` inside `table`: creates the tables `a` and `a.b` when they are missing. */
export function setPath(table: TomlTable, keys: string[], value: TomlValue): void {
  const last = keys[keys.length - 1];
  if (last === undefined) throw _bug('empty key');
  let cur = table;
  for (const key of keys.slice(0, -1)) cur = _child(cur, key);
  setKey(cur, last, value);
}

/** The table a `[header]` or `[[header]]` opens; `path` is the parser's resolvedKey (array items by index). */
export function openTable(root: TomlTable, path: Array<string | number>): TomlTable {
  let cur: TomlValue = root;
  for (const [i, seg] of path.entries()) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) throw _bug(`not an array at ${path.slice(0, i).join('.')}`);
      let item: TomlValue | undefined = cur[seg];
      if (item === undefined) {
        item = {};
        cur[seg] = item;
      }
      cur = item;
    } else {
      if (!isTable(cur)) throw _bug(`not a table at ${path.slice(0, i).join('.')}`);
      let next = getKey(cur, seg);
      if (next === undefined) {
        next = typeof path[i + 1] === 'number' ? [] : {};
        setKey(cur, seg, next);
      }
      cur = next;
    }
  }
  if (!isTable(cur)) throw _bug(`not a table at ${path.join('.')}`);
  return cur;
}

function _child(table: TomlTable, key: string): TomlTable {
  const found = getKey(table, key);
  if (found === undefined) {
    const made: TomlTable = {};
    setKey(table, key, made);
    return made;
  }
  if (isTable(found)) return found;
  throw _bug(`not a table at ${key}`);
}

function _bug(what: string): Error {
  return new Error(`bug in mcpctl's TOML reader (${what}); please report it`);
}
