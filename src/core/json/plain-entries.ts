// entriesAt without jsonc-parser's tree. Reading a 1,000-server container through parseTree (a node per
// value, then the checks and the values from the nodes) cost 10–30 ms, several times that on a cold start;
// most plans edit nothing and never need the tree. Here one scan of the container's plain text (read-json.ts) finds its entries and counts
// its keys, and the native JSON.parse gives the values. Whatever this cannot vouch for (a key written twice
// somewhere inside, deep nesting) returns undefined, and entries.ts takes jsonc-parser's path, which finds
// and reports it exactly as before.
import type { NodeType } from 'jsonc-parser';
import { notObjectError, walkTo } from './container.js';
import type { EntryAt } from './entries.js';
import { stringAt, stringEnd, typeAt } from './lean-scan.js';
import { PLAIN_DEPTH } from './plain-text.js';
import { locator } from './positions.js';
import type { JsonDoc } from './read-json.js';
import { getKey } from './value.js';
import type { JsonObject, JsonValue } from './value.js';

interface PlainProp {
  key: string;
  keyStart: number;
  valueStart: number;
  type: NodeType;
}

/** The entries under `path` as entriesAt gives them, or undefined when only jsonc-parser's tree can tell. */
export function plainEntries(doc: JsonDoc, path: readonly string[]): Map<string, EntryAt> | undefined {
  const plain = doc.plain;
  if (plain === undefined) return undefined;
  const { span, scan } = _scanned(doc, plain.text, path);
  const out = new Map<string, EntryAt>();
  if (span === undefined) return out;
  if (scan === undefined) return undefined;
  const value: unknown = _valueAt(plain.value.deref(), path) ?? JSON.parse(plain.text.slice(span.start, span.end));
  // JSON.parse keeps the last of two equal keys: fewer keys than written means a key written twice
  if (!_isObject(value) || _keysIn(value) !== scan.keys) return undefined;
  for (const p of scan.props)
    if (p.type !== 'object') throw notObjectError(doc, [...path, p.key], p.type, p.valueStart, 'entry');
  const lines = new Where(() => locator(doc.text, span.end));
  for (const p of scan.props) {
    const entry = getKey(value, p.key);
    out.set(p.key, new LocatedEntry(_isObject(entry) ? entry : {}, p.keyStart, lines));
  }
  return out;
}

/**
 * Where each entry's key under `path` is written (1-based), by name: for parsed-entries.ts, which read the
 * entries without a scan and needs one only when a diagnostic asks where an entry is. The container's "{"
 * for a name it does not hold.
 */
export function entryKeys(doc: JsonDoc, path: readonly string[]): (name: string) => { line: number; col: number } {
  const { span, scan } = doc.plain === undefined ? {} : _scanned(doc, doc.plain.text, path);
  const locate = locator(doc.text, span?.end ?? doc.text.length);
  const starts = new Map(scan?.props.map((p) => [p.key, p.keyStart]));
  return (name) => locate(starts.get(name) ?? span?.start ?? doc.rootOffset ?? 0);
}

/**
 * The walk to the container and its scan: the container is scanned where the walk passes over it (not once
 * to skip it, then again to read it). No span when the path stops early; no scan past PLAIN_DEPTH.
 */
function _scanned(
  doc: JsonDoc,
  text: string,
  path: readonly string[],
): { span: { start: number; end: number } | undefined; scan: Scan | undefined } {
  const last = path[path.length - 1];
  let scan: Scan | undefined;
  const { span } = walkTo(doc, path, (key, at) => {
    if (key !== last || text.charCodeAt(at) !== 123) return undefined;
    scan = _scan(text, at);
    return scan?.end;
  });
  // a path walked before (or the root itself) offered no value to scan
  if (span !== undefined && scan?.start !== span.start) scan = _scan(text, span.start);
  return { span, scan };
}

/**
 * Positions found when one is first asked for: a plan or a verify reads every entry and asks where none is (only
 * a diagnostic does), and finding them is a walk over the whole container.
 */
export class Where<K> {
  private at: ((key: K) => { line: number; col: number }) | undefined;

  constructor(private readonly find: () => (key: K) => { line: number; col: number }) {}

  locate(key: K): { line: number; col: number } {
    this.at ??= this.find();
    return this.at(key);
  }
}

/** An entry, and where its key is written (1-based), worked out when asked. */
export class LocatedEntry<K> implements EntryAt {
  constructor(
    readonly value: JsonObject,
    private readonly key: K,
    private readonly where: Where<K>,
  ) {}

  get line(): number {
    return this.where.locate(this.key).line;
  }

  get col(): number {
    return this.where.locate(this.key).col;
  }
}

/** The container in the parsed file, when that is still in memory; the path has been walked (walkTo). */
function _valueAt(root: object | undefined, path: readonly string[]): unknown {
  let at: unknown = root;
  for (const seg of path) at = _isObject(at) ? getKey(at, seg) : undefined;
  return at;
}

const QUOTE = 34;
const COLON = 58;

interface Scan {
  /** The container's "{" and just after its "}". */
  start: number;
  end: number;
  props: PlainProp[];
  keys: number;
}

/**
 * The container's entries in file order and how many keys it holds at every depth (in valid JSON each ":"
 * outside strings follows one key); undefined past PLAIN_DEPTH, where jsonc-parser's recursion decides.
 */
function _scan(text: string, open: number): Scan | undefined {
  const props: PlainProp[] = [];
  let keys = 0;
  let depth = 0;
  // the last string directly inside the container: a ":" there follows its key
  let keyStart = open;
  let keyEnd = open;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const after = stringEnd(text, i);
      if (depth === 1) {
        keyStart = i;
        keyEnd = after;
      }
      i = after - 1;
    } else if (c === COLON) {
      keys++;
      if (depth === 1) {
        let at = i + 1;
        for (let s = text.charCodeAt(at); s === 32 || s === 10 || s === 13 || s === 9; s = text.charCodeAt(++at));
        props.push({ key: stringAt(text, keyStart, keyEnd), keyStart, valueStart: at, type: typeAt(text, at) });
      }
    } else if (c === 123 || c === 91) {
      if (++depth > PLAIN_DEPTH) return undefined;
    } else if ((c === 125 || c === 93) && --depth === 0) return { start: open, end: i + 1, props, keys };
  }
  return undefined;
}

/** Keys at every depth of a parsed value (own keys, `__proto__` too: JSON.parse defines them as data). */
function _keysIn(value: JsonValue | undefined): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const v of value) n += _keysIn(v);
    return n;
  }
  // for-in allocates nothing (Object.values would, for every object of the file)
  for (const k in value) if (Object.hasOwn(value, k)) n += 1 + _keysIn(value[k]);
  return n;
}

/** An object from JSON.parse, whose values are JSON values by construction. */
function _isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
