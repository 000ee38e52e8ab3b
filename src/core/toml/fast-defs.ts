// What fast-parse.ts has seen defined, to give up on every definition toml-eslint-parser refuses. The
// parser resolves all [headers] first, then checks each key/value against them; reading in one pass, the
// same verdicts come from remembering how each name was made: a header may go through a name that dotted
// keys made (`[a.c]` after `a.b = 1`) but not name it, and a dotted key may go through a name a header
// made on its way (`a` in [a.b]), after which no header may name it, but not through a table a header
// named. (The differential test checks this against the parser on random headers and dotted keys.)
import type { Bare, Key, Quoted, Table } from './fast-nodes.js';

/** `implicit`: made by a header's inner part (`a` in [a.b]); `dotted`: made (or gone through) by a
 *  dotted key; `table`/`array`: named by a header's last part; `value`: a key/value's last part. */
type Kind = 'implicit' | 'dotted' | 'table' | 'array' | 'value';

interface _Def {
  kind: Kind;
  /** The table's keys; for an array of tables, its last item's (the only one later headers reach). */
  keys: Scope;
  /** An array of tables: its last item's index. */
  index: number;
}

export type Scope = Map<string, _Def>;

/** Every key/value's last part: never entered, so all can share one. */
const VALUE: _Def = { kind: 'value', keys: new Map(), index: 0 };

/** `a.b.c = …` in `scope`; false when the parser refuses it. */
export function defineKey(scope: Scope, key: Key): boolean {
  const parts = key.keys;
  const last = parts.length - 1;
  let keys = scope;
  for (let j = 0; j < last; j++) {
    const name = _name(parts[j]);
    let def = keys.get(name);
    if (def === undefined) {
      def = { kind: 'dotted', keys: new Map(), index: 0 };
      keys.set(name, def);
    } else if (def.kind === 'implicit') {
      def.kind = 'dotted'; // fine now, refused if a header names it later
    } else if (def.kind !== 'dotted') return false;
    keys = def.keys;
  }
  const name = _name(parts[last]);
  if (keys.has(name)) return false;
  keys.set(name, VALUE);
  return true;
}

/** A [header] or [[header]]: fills the table's resolvedKey as the parser does (array items by index) and
 *  returns the scope of its key/values, or null when the parser refuses it. */
export function defineTable(root: Scope, table: Table): Scope | null {
  const parts = table.key.keys;
  const path: Array<string | number> = [];
  const last = parts.length - 1;
  let keys = root;
  for (let j = 0; j < last; j++) {
    const name = _name(parts[j]);
    let def = keys.get(name);
    if (def === undefined) {
      def = { kind: 'implicit', keys: new Map(), index: 0 };
      keys.set(name, def);
    } else if (def.kind === 'value') return null;
    path.push(name);
    if (def.kind === 'array') path.push(def.index);
    keys = def.keys;
  }
  const name = _name(parts[last]);
  path.push(name);
  let def = keys.get(name);
  if (table.kind === 'array') {
    if (def === undefined) {
      def = { kind: 'array', keys: new Map(), index: 0 };
      keys.set(name, def);
    } else if (def.kind === 'array') {
      def.index++;
      def.keys = new Map();
    } else return null;
    path.push(def.index);
  } else if (def === undefined) {
    def = { kind: 'table', keys: new Map(), index: 0 };
    keys.set(name, def);
  } else if (def.kind === 'implicit') def.kind = 'table';
  else return null;
  table.resolvedKey = path.slice(); // exact length: a pushed-to array keeps room for 17
  return def.keys;
}

/** (`part` is never undefined: the callers count within the parts.) */
function _name(part: Bare | Quoted | undefined): string {
  return part === undefined ? '' : part.type === 'TOMLBare' ? part.name : part.value;
}
