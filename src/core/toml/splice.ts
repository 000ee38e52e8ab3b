// Writes server blocks into a config.toml by replacing only the byte ranges of the servers edited.
// Every other byte (comments, blank lines, quoting, CRLF, BOM, a missing final newline) stays.
//   replace a `tables` server  → the block takes the place of its [mcp_servers.NAME] table; its other
//                                tables elsewhere are removed
//   replace an `inline` server → its line is removed and the block joins the new servers
//   new servers                → after the last mcp_servers entry (doc.insertAt), else at the end,
//                                each after one blank line
//   delete                     → its ranges go, with the line break (and one blank line) before each,
//                                which is exactly what an insertion added: add then delete gives back
//                                the same bytes
//   update a `tables` server with `value` given → key by key (edit-keys.ts): only changed keys' bytes,
//                                so comments, multi-line arrays and string styles inside it stay; the
//                                result is read back, and a server that does not read as `value` is
//                                replaced as a whole instead
//   a `dotted` server, or `mcp_servers = { ... }` that would have to grow → E_SHAPE, nothing changed
import { McpctlError } from '../errors.js';
import { normalizeCodex as normalize } from '../targets/codex/normalize.js';
import { editKeys } from './edit-keys.js';
import type { Op } from './edit-keys.js';
import { readTarget } from './read-target.js';
import type { TargetDoc, TargetServer } from './read-target.js';
import { tomlEqual } from './value.js';
import type { TomlTable } from './value.js';

export interface ServerEdit {
  name: string;
  /** A rendered server (renderServerBlock, LF line ends), or null to delete the server. */
  block: string | null;
  /** The server's new table: when given, an existing table server is edited key by key. */
  value?: TomlTable;
}

export function splice(doc: TargetDoc, edits: ServerEdit[]): string {
  const keyed = new Set<string>();
  const out = _splice(doc, edits, keyed);
  if (keyed.size === 0) return out;
  // Read the key-by-key edits back: any server that does not say exactly what was asked is redone whole.
  let failed: Set<string>;
  try {
    const back = readTarget(out, doc.file).servers;
    failed = new Set(
      edits
        .filter(
          (e) =>
            keyed.has(e.name) && e.value && !tomlEqual(normalize(back.get(e.name)?.value ?? {}), normalize(e.value)),
        )
        .map((e) => e.name),
    );
  } catch {
    failed = keyed;
  }
  if (failed.size === 0) return out;
  return _splice(
    doc,
    edits.map((e) => (failed.has(e.name) ? { name: e.name, block: e.block } : e)),
    new Set(),
  );
}

function _splice(doc: TargetDoc, edits: ServerEdit[], keyed: Set<string>): string {
  _checkNames(edits);
  const ops: Op[] = [];
  const added: string[] = [];
  const inContainer = _containerServers(doc);
  const blockText = (block: string) => _withEol(block.endsWith('\n') ? block.slice(0, -1) : block, doc.eol);

  for (const { name, block, value } of edits) {
    const server = doc.servers.get(name);
    if (!server) {
      if (block !== null) added.push(blockText(block));
      continue;
    }
    if (server.shape === 'dotted') throw _dottedError(doc, server);
    if (server.shape === 'tables' && block !== null && value !== undefined) {
      const keyOps = editKeys(doc, server, value);
      if (keyOps !== null) {
        ops.push(...keyOps);
        keyed.add(name);
        continue;
      }
    }
    if (server.shape === 'tables') {
      server.ranges.forEach(([start, end], i) => {
        if (i === server.main && block !== null) ops.push({ kind: 'replace', start, end, text: blockText(block) });
        else ops.push({ kind: 'remove', start, end });
      });
      continue;
    }
    const range = server.ranges[0];
    if (range && !inContainer.has(name)) ops.push({ kind: 'remove', start: range[0], end: range[1] });
    if (block !== null) added.push(blockText(block));
  }

  // `mcp_servers = { ... }` is closed: it can only go as a whole, when every server in it is edited.
  const container = doc.inlineContainer;
  const touched = edits.filter((e) => inContainer.has(e.name)).length;
  if (container && (touched > 0 || added.length > 0)) {
    if (touched < inContainer.size || inContainer.size === 0) throw _containerError(doc, container.line, container.col);
    ops.push({ kind: 'remove', start: container.range[0], end: container.range[1] });
  }
  if (added.length > 0) ops.push(_insertion(doc, added));
  return _apply(doc, ops);
}

function _checkNames(edits: ServerEdit[]): void {
  const seen = new Set<string>();
  for (const { name } of edits) {
    if (seen.has(name))
      throw new McpctlError('E_INPUT', `server "${name}" is edited twice in one splice`, {
        hint: 'this is a bug in mcpctl; please report it',
      });
    seen.add(name);
  }
}

/** Servers written inside `mcp_servers = { ... }` (their one range is the container's). */
function _containerServers(doc: TargetDoc): Set<string> {
  const names = new Set<string>();
  const c = doc.inlineContainer;
  if (!c) return names;
  for (const s of doc.servers.values()) {
    if (s.ranges.some(([start]) => start === c.range[0])) names.add(s.name);
  }
  return names;
}

function _insertion(doc: TargetDoc, blocks: string[]): Op {
  const eol = doc.eol;
  const joined = blocks.join(eol + eol);
  if (doc.insertAt !== null) return { kind: 'insert', start: doc.insertAt, text: eol + eol + joined };
  const text = doc.text;
  const contentStart = doc.bom ? 1 : 0;
  if (text.length === contentStart) return { kind: 'insert', start: text.length, text: joined + eol };
  // Before the final line break, if any, so a file without one still ends without one.
  const finalBreak = text.endsWith('\r\n') ? 2 : text.endsWith('\n') ? 1 : 0;
  return { kind: 'insert', start: text.length - finalBreak, text: eol + eol + joined };
}

/**
 * Applies ops from the end of the file backwards: each op sees the original bytes before it, and
 * the output is built from pieces in one pass (no copy of the whole text per op).
 */
function _apply(doc: TargetDoc, ops: Op[]): string {
  const order = (op: Op) => (op.kind === 'insert' ? op.start + 0.5 : op.start);
  const sorted = [...ops].sort((a, b) => order(b) - order(a));
  const text = doc.text;
  const contentStart = doc.bom ? 1 : 0;
  const pieces: string[] = []; // in reverse order
  let cursor = text.length; // text[cursor..] is already in pieces
  for (const op of sorted) {
    const end = op.kind === 'insert' ? op.start : op.end;
    if (end > cursor) throw new Error(`bug in mcpctl's TOML splice (overlapping edits at ${end}); please report it`);
    pieces.push(text.slice(end, cursor));
    if (op.kind !== 'remove') {
      pieces.push(op.text);
      cursor = op.start;
      continue;
    }
    const lineStart = Math.max(_lineStart(text, op.start), contentStart);
    if (lineStart === contentStart) {
      // The first lines of the file: take the line break after them (and one blank line) instead.
      const rest = pieces.reverse().join('');
      return text.slice(0, contentStart) + rest.slice(_afterFirstLines(rest));
    }
    cursor = _removalStart(text, lineStart, contentStart);
  }
  pieces.push(text.slice(0, cursor));
  return pieces.reverse().join('');
}

/** Where removing the lines from `lineStart` begins: the line break before them and, when the line
 *  before is blank, that blank line too (exactly what an insertion added). */
function _removalStart(text: string, lineStart: number, contentStart: number): number {
  const prevEnd = _breakStart(text, lineStart);
  const prevStart = Math.max(_lineStart(text, prevEnd), contentStart);
  return prevStart === prevEnd && prevStart > contentStart ? _breakStart(text, prevStart) : prevEnd;
}

/** In what follows removed first lines: the length of their line break and of one blank line after it. */
function _afterFirstLines(rest: string): number {
  const to = _afterBreak(rest, 0);
  if (to > 0 && _afterBreak(rest, to) > to) return _afterBreak(rest, to);
  return to;
}

function _lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Start of the line break that ends just before `lineStart`. */
function _breakStart(text: string, lineStart: number): number {
  return lineStart >= 2 && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
}

/** Offset after the line break at `offset` (which is a line end), or `offset` at the end of the file. */
function _afterBreak(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  if (text.startsWith('\n', offset)) return offset + 1;
  return offset;
}

function _withEol(block: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? block : block.replace(/\n/g, eol);
}

function _dottedError(doc: TargetDoc, server: TargetServer): McpctlError {
  return new McpctlError(
    'E_SHAPE',
    `server "${server.name}" in ${doc.file}:${server.line}:${server.col} is written with dotted keys (like mcp_servers.${server.name}.command = ...), which mcpctl cannot rewrite without touching other lines`,
    {
      where: { file: doc.file, line: server.line, col: server.col },
      hint: `rewrite it as a [mcp_servers.${server.name}] table, or remove it, then run again`,
    },
  );
}

function _containerError(doc: TargetDoc, line: number, col: number): McpctlError {
  return new McpctlError(
    'E_SHAPE',
    `mcp_servers in ${doc.file}:${line}:${col} is one inline table (mcp_servers = { ... }), so no server can be added or changed beside the others in it`,
    {
      where: { file: doc.file, line, col },
      hint: 'rewrite each server in it as a [mcp_servers.NAME] table, then run again',
    },
  );
}
