// The entries of a container (servers by name) with their values and where each is written: read through
// plain-entries.ts, or from jsonc-parser's tree of the container when that cannot vouch for the text.
import type { Node } from 'jsonc-parser';
import { findContainer, keyOf, propertiesOf } from './container.js';
import { parsedEntries } from './parsed-entries.js';
import { plainEntries } from './plain-entries.js';
import { locator } from './positions.js';
import type { JsonDoc } from './read-json.js';
import { isObject, setKey } from './value.js';
import type { JsonObject, JsonValue } from './value.js';

export interface EntryAt {
  value: JsonObject;
  /** Where its key is written, 1-based. */
  line: number;
  col: number;
}

/**
 * The entries under `path` (e.g. ['mcpServers'], ['projects', '/abs/dir', 'mcpServers'], ['servers']) in
 * file order; an empty map when the container is not there. Throws E_INPUT (findContainer) for a key
 * written twice, or a container or entry that is not an object.
 */
export function entriesAt(doc: JsonDoc, path: readonly string[]): Map<string, EntryAt> {
  // the same entries and errors without jsonc-parser's tree when JSON.parse has vouched for the text: from
  // its value alone when it can tell that no key was written twice, else with a scan of the text
  const plain = parsedEntries(doc, path) ?? plainEntries(doc, path);
  if (plain !== undefined) return plain;
  const out = new Map<string, EntryAt>();
  const { node } = findContainer(doc, path);
  if (node === undefined) return out;
  const locate = locator(doc.text, node.offset + node.length);
  for (const { key, value } of propertiesOf(node)) {
    const v = valueOf(value);
    // findContainer has refused entries that are not objects
    out.set(keyOf(key), { value: isObject(v) ? v : {}, ...locate(key.offset) });
  }
  return out;
}

/** The value a node stands for; object keys set as own properties whatever they are (`__proto__` too). */
export function valueOf(node: Node): JsonValue {
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
