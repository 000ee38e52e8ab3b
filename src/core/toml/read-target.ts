// Reads a Codex config.toml as TOML 1.1 (what Codex reads) and finds every `mcp_servers.<name>`:
// its value, how it is written, and the byte ranges that belong to it, so splice.ts can replace
// those ranges and nothing else. Offsets and ranges are in `text` as given (a BOM counts as one).
import { ParseError } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { lineColAt, McpctlError } from '../errors.js';
import { keyNames, openTable, setPath, toValue } from './ast-value.js';
import { parseToml, TomlLimitError } from './parse.js';
import { getKey, isTable } from './value.js';
import { locator } from '../json/positions.js';
import type { Locate } from '../json/positions.js';
import type { TomlTable } from './value.js';

export type ServerShape = 'tables' | 'inline' | 'dotted';

export interface TargetServer {
  name: string;
  /** What Codex reads for this server. */
  value: TomlTable;
  /** tables: only `[mcp_servers.NAME]` / `[mcp_servers.NAME.sub]` headers; inline: `NAME = { ... }`;
   *  dotted: some of it is set by a dotted key from an outer table (`mcp_servers.NAME.command = ...`). */
  shape: ServerShape;
  /** Where it is first written (for `dotted`: the first dotted key), 1-based. */
  line: number;
  col: number;
  /** In document order. A table: its header start through the end of its last key-value line;
   *  an inline or dotted key: the whole key-value, through the end of its line. */
  ranges: Array<[number, number]>;
  /** Index in `ranges` of the `[mcp_servers.NAME]` table itself (0 when there is no such header). */
  main: number;
  /** Every `[mcp_servers.NAME...]` table with its key-values, in document order (edit-keys.ts edits keys in place). */
  tables: TableAt[];
}

/** One `[mcp_servers.NAME.<path>]` table (path [] is the server's own) and where each key-value is. */
export interface TableAt {
  path: string[];
  /** `[[...]]`: an array of tables. */
  array: boolean;
  /** Header start through the end of its last key-value line. */
  range: [number, number];
  /** End of the header's line. */
  headerEnd: number;
  body: KeyAt[];
}

export interface KeyAt {
  keys: string[];
  /** The key-value: key start through the end of its line (a trailing comment included). */
  range: [number, number];
  value: [number, number];
}

/** `mcp_servers = { ... }` written as one inline table: no `[mcp_servers.NAME]` can be added beside it. */
export interface InlineContainer {
  line: number;
  col: number;
  range: [number, number];
}

export interface TargetDoc {
  text: string;
  file: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  root: TomlTable;
  servers: Map<string, TargetServer>;
  /** Where new server tables go: the end (before the line break) of the line that ends the last
   *  `mcp_servers` entry or `[mcp_servers]` table, or of the comment lines right below it when a
   *  blank line or the end of the file follows them (commented-out keys stay with their server);
   *  null when there is none (then: end of file). */
  insertAt: number | null;
  inlineContainer: InlineContainer | null;
}

interface Found {
  tables: TableAt[];
  shapes: Set<ServerShape>;
  ranges: Array<[number, number]>;
  main: number;
  firstAt: number;
  dottedAt: number | null;
}

interface Anchor {
  end: number;
  /** Written in the root table: a table inserted right after it would swallow the root keys below. */
  rootLevel: boolean;
}

export function readTarget(text: string, file: string): TargetDoc {
  const bom = text.startsWith('\uFEFF');
  const base = bom ? 1 : 0;
  const program = _parse(text, base, file);
  const root: TomlTable = {};
  const found = new Map<string, Found>();
  const anchors: Anchor[] = [];
  let inlineContainer: InlineContainer | null = null;
  let lastRootEnd = base;
  let mcpAt: number | null = null;

  const span = (node: AST.TOMLNode): [number, number] => [node.range[0] + base, _lineEnd(text, node.range[1] + base)];
  const note = (
    name: string,
    shape: ServerShape,
    range: [number, number],
    at: number,
    rootLevel: boolean,
    isMain = false,
  ) => {
    let f = found.get(name);
    if (!f) {
      f = { tables: [], shapes: new Set(), ranges: [], main: 0, firstAt: at, dottedAt: null };
      found.set(name, f);
    }
    f.shapes.add(shape);
    if (shape === 'dotted' && f.dottedAt === null) f.dottedAt = at;
    if (!f.ranges.some(([s]) => s === range[0])) f.ranges.push(range);
    if (isMain) f.main = f.ranges.length - 1;
    anchors.push({ end: range[1], rootLevel });
  };

  for (const node of program.body[0].body) {
    if (node.type === 'TOMLKeyValue') {
      const keys = keyNames(node.key);
      setPath(root, keys, toValue(node.value));
      lastRootEnd = span(node)[1];
      if (keys[0] !== 'mcp_servers') continue;
      mcpAt ??= node.range[0] + base;
      const range = span(node);
      const name = keys[1];
      if (name === undefined) {
        // mcp_servers = { a = {...}, b = {...} }: every server in it shares the one line.
        inlineContainer = { ...lineColAt(text, range[0]), range };
        anchors.push({ end: range[1], rootLevel: true });
        if (node.value.type !== 'TOMLInlineTable') continue;
        for (const kv of node.value.body) {
          const inner = keyNames(kv.key)[0];
          if (inner !== undefined) note(inner, 'inline', range, kv.range[0] + base, true);
        }
      } else {
        note(name, keys.length === 2 ? 'inline' : 'dotted', range, node.range[0] + base, true);
      }
      continue;
    }
    const path = node.resolvedKey;
    const table = openTable(root, path);
    for (const kv of node.body) setPath(table, keyNames(kv.key), toValue(kv.value));
    if (path[0] !== 'mcp_servers') continue;
    mcpAt ??= node.range[0] + base;
    const name = path[1];
    if (path.length === 1) {
      anchors.push({ end: span(node)[1], rootLevel: false });
      for (const kv of node.body) {
        const keys = keyNames(kv.key);
        const inner = keys[0];
        if (inner !== undefined)
          note(inner, keys.length === 1 ? 'inline' : 'dotted', span(kv), kv.range[0] + base, false);
      }
    } else if (typeof name === 'string') {
      note(name, 'tables', span(node), node.range[0] + base, false, path.length === 2 && node.kind === 'standard');
      found.get(name)?.tables.push({
        path: path.slice(2).map(String),
        array: node.kind === 'array',
        range: span(node),
        headerEnd: _lineEnd(text, node.key.range[1] + base),
        body: node.body.map((kv) => ({
          keys: keyNames(kv.key),
          range: span(kv),
          value: [kv.value.range[0] + base, kv.value.range[1] + base],
        })),
      });
    }
  }

  const servers = _servers(text, file, root, found, mcpAt, locator(text));
  const last = anchors.reduce<Anchor | null>((best, a) => (best === null || a.end >= best.end ? a : best), null);
  const insertAt = last === null ? null : _pastComments(text, last.rootLevel ? lastRootEnd : last.end);
  return { text, file, bom, eol: _eolOf(text), root, servers, insertAt, inlineContainer };
}

function _servers(
  text: string,
  file: string,
  root: TomlTable,
  found: Map<string, Found>,
  mcpAt: number | null,
  locate: Locate,
): Map<string, TargetServer> {
  const servers = new Map<string, TargetServer>();
  const mcp = getKey(root, 'mcp_servers');
  if (mcp === undefined) return servers;
  if (!isTable(mcp)) {
    throw _shapeError(text, file, mcpAt ?? 0, 'mcp_servers', 'write each server as a [mcp_servers.NAME] table');
  }
  for (const [name, f] of found) {
    const value = getKey(mcp, name);
    if (!isTable(value)) {
      throw _shapeError(
        text,
        file,
        f.firstAt,
        `mcp_servers.${name}`,
        `write it as a [mcp_servers.${name}] table with command = "..." or url = "..."`,
      );
    }
    const shape: ServerShape = f.shapes.has('dotted') ? 'dotted' : f.shapes.has('inline') ? 'inline' : 'tables';
    const at = locate(f.dottedAt ?? f.firstAt);
    servers.set(name, { name, value, shape, ...at, ranges: f.ranges, main: f.main, tables: f.tables });
  }
  return servers;
}

function _shapeError(text: string, file: string, offset: number, what: string, hint: string): McpctlError {
  const where = { file, ...lineColAt(text, offset) };
  return new McpctlError('E_TOML', `${what} in ${file} is not a table, so Codex cannot load this file`, {
    where,
    hint,
  });
}

function _parse(text: string, base: number, file: string): AST.TOMLProgram {
  try {
    return parseToml(text.slice(base));
  } catch (err) {
    if (!(err instanceof ParseError) && !(err instanceof TomlLimitError)) throw err;
    const at = lineColAt(text, err.index + base);
    const reason = err.message.charAt(0).toLowerCase() + err.message.slice(1);
    throw new McpctlError('E_TOML', `${file} is not valid TOML: ${reason}`, {
      where: { file, ...at },
      hint: `fix line ${at.line} of ${file} (Codex cannot load the file either), then run again`,
    });
  }
}

/** `at` moved past the comment lines right below it, if a blank line or the end of the file follows them. */
function _pastComments(text: string, at: number): number {
  let end = at;
  for (;;) {
    const next = _nextLine(text, end);
    if (next === null) return end;
    const line = text.slice(next, _lineEnd(text, next));
    if (/^[ \t]*#/.test(line)) end = next + line.length;
    else return line.trim() === '' ? end : at;
  }
}

/** Start of the line after the one ending at `lineEnd`, or null at the end of the file. */
function _nextLine(text: string, lineEnd: number): number | null {
  const nl = text.indexOf('\n', lineEnd);
  return nl === -1 ? null : nl + 1;
}

/** End of the line holding `offset`, before its line break. */
function _lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return nl > offset && text[nl - 1] === '\r' ? nl - 1 : nl;
}

function _eolOf(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
