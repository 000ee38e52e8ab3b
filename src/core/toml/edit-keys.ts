// Updates a `[mcp_servers.NAME]` server key by key, so comments, multi-line arrays and string styles of
// everything that does not change stay as the user wrote them:
//   changed key   → only its value's bytes are replaced
//   new key       → one line, after the last key that comes before it in Codex's order
//   removed key   → its line goes
//   a sub-table   → `[mcp_servers.NAME.env]`: the same, key by key inside it; deeper tables (tools.T) are
//                   re-rendered as a group
// Returns null when the server is written in a way this cannot edit safely (dotted keys, arrays of
// tables); the caller then replaces the whole table. splice.ts checks the result reads back as intended.
import { CODEX_KEY_ORDER } from '../compile/codex.js';
import { normalizeCodex as normalize } from '../targets/codex/normalize.js';
import type { KeyAt, TableAt, TargetDoc, TargetServer } from './read-target.js';
import { renderInline, renderKey, renderServerValue, renderSubTable } from './render.js';
import { isTable, tomlEqual } from './value.js';
import type { TomlTable } from './value.js';

export type Op =
  | { kind: 'replace'; start: number; end: number; text: string }
  | { kind: 'remove'; start: number; end: number }
  | { kind: 'insert'; start: number; text: string };

const ORDER: readonly string[] = CODEX_KEY_ORDER;
const rank = (key: string) => ORDER.indexOf(key);

export function editKeys(doc: TargetDoc, server: TargetServer, want: TomlTable): Op[] | null {
  if (server.shape !== 'tables' || server.tables.some((t) => t.array)) return null;
  const main = server.tables.find((t) => t.path.length === 0);
  if (!main || main.body.some((kv) => kv.keys.length !== 1)) return null;
  const before = normalize(server.value);
  const after = normalize(want);
  const ops: Op[] = [];
  const inserts = new Map<number, string[]>();
  const insert = (at: number, text: string) => inserts.set(at, [...(inserts.get(at) ?? []), text]);
  const eol = doc.eol;

  for (const key of ORDER) {
    const old = before[key];
    const next = after[key];
    if (tomlEqual(old, next)) continue;
    const kvs = main.body.filter((kv) => kv.keys[0] === key);
    const subs = server.tables.filter((t) => t.path[0] === key);
    if (kvs.length > 1 || (kvs.length > 0 && subs.length > 0)) return null;
    const kv = kvs[0];
    if (kv) {
      if (next === undefined) ops.push({ kind: 'remove', start: kv.range[0], end: kv.range[1] });
      else ops.push({ kind: 'replace', start: kv.value[0], end: kv.value[1], text: renderServerValue(key, next) });
    } else if (subs.length > 0) {
      const first = subs[0];
      if (next === undefined) for (const t of subs) ops.push({ kind: 'remove', start: t.range[0], end: t.range[1] });
      else if (!isTable(next) || !isTable(old) || !first) return null;
      else if (subs.length === 1 && first.path.length === 1 && _flat(first, old, next))
        ops.push(..._editFlat(first, old, next, insert, eol));
      else {
        ops.push({
          kind: 'replace',
          start: first.range[0],
          end: first.range[1],
          text: _withEol(renderSubTable(['mcp_servers', server.name, key], next), eol),
        });
        for (const t of subs.slice(1)) ops.push({ kind: 'remove', start: t.range[0], end: t.range[1] });
      }
    } else if (next !== undefined) {
      if (isTable(next)) {
        // a new sub-table: after the tables of this server whose key comes before it
        const anchor = server.tables
          .filter((t) => t.path.length === 0 || rank(t.path[0] ?? '') < rank(key))
          .reduce((end, t) => Math.max(end, t.range[1]), main.range[1]);
        insert(anchor, eol + eol + _withEol(renderSubTable(['mcp_servers', server.name, key], next), eol));
      } else {
        insert(_anchor(main, key), eol + `${renderKey(key)} = ${renderServerValue(key, next)}`);
      }
    }
    if (key === 'startup_timeout_sec') {
      // Codex reads the legacy key only without the new one: it must not outlive an edit of the new one
      for (const legacy of main.body.filter((k) => k.keys[0] === 'startup_timeout_ms'))
        ops.push({ kind: 'remove', start: legacy.range[0], end: legacy.range[1] });
    }
  }
  for (const [start, texts] of inserts) ops.push({ kind: 'insert', start, text: texts.join('') });
  return ops;
}

/** A sub-table of plain keys holding no tables, before and after: editable key by key. */
function _flat(t: TableAt, old: TomlTable, next: TomlTable): boolean {
  return (
    t.body.every((kv) => kv.keys.length === 1) &&
    ![...Object.values(old), ...Object.values(next)].some((v) => isTable(v))
  );
}

function _editFlat(
  t: TableAt,
  old: TomlTable,
  next: TomlTable,
  insert: (at: number, text: string) => void,
  eol: string,
): Op[] {
  const ops: Op[] = [];
  const at = new Map<string, KeyAt>(t.body.map((kv) => [kv.keys[0] ?? '', kv]));
  for (const [k, kv] of at) {
    const v = Object.hasOwn(next, k) ? next[k] : undefined;
    if (v === undefined) ops.push({ kind: 'remove', start: kv.range[0], end: kv.range[1] });
    else if (!tomlEqual(old[k], v))
      ops.push({ kind: 'replace', start: kv.value[0], end: kv.value[1], text: renderInline(v) });
  }
  const end = t.body.reduce((e, kv) => Math.max(e, kv.range[1]), t.headerEnd);
  for (const [k, v] of Object.entries(next)) if (!at.has(k)) insert(end, eol + `${renderKey(k)} = ${renderInline(v)}`);
  return ops;
}

/** Where a new key's line goes: after the last key that comes before it in Codex's order, else after the header. */
function _anchor(main: TableAt, key: string): number {
  let end = main.headerEnd;
  for (const kv of main.body) {
    const r = rank(kv.keys[0] ?? '');
    if (r !== -1 && r < rank(key)) end = Math.max(end, kv.range[1]);
  }
  return end;
}

function _withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}
