// Lossless edits of the entries of one container (`mcpServers`, `projects["/abs/dir"].mcpServers`, `servers`):
// only the edited entries' bytes change. Comments, key order, indentation, line breaks, BOM, the final
// newline (or its absence) and every other key stay as they are. A replaced entry keeps its place and its
// key's bytes; a new one goes at the end, or before the entry it is asked to precede; a missing container is created at the end of its parent.
import { parseTree } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { findContainer } from './container.js';
import { insertBefore, insertEntries, valueProp } from './insert-entries.js';
import type { NewProp } from './insert-entries.js';
import { unitOf } from './layout.js';
import { lineIndent, startsLine } from './positions.js';
import type { JsonDoc } from './read-json.js';
import { removeEntry } from './remove-entry.js';
import { renderValue } from './render-json.js';
import type { Style } from './render-json.js';
import { splice, spansOf } from './spans.js';
import type { Span, TextEdit } from './spans.js';
import { isBlank } from './trivia.js';
import type { EntryEdit, JsonObject, JsonValue } from './value.js';

/**
 * The text with `edits` applied to the entries under `path` (the last edit of a name wins). Removing a name
 * that is not there changes nothing, and removals alone never create a container. Removing every entry
 * leaves the container as `{}`. Throws E_INPUT (see findContainer) where the path cannot be edited safely.
 */
export function editEntries(
  doc: JsonDoc,
  path: readonly string[],
  edits: readonly EntryEdit[],
  /** Keys a new file starts with, before the servers (OpenCode's "$schema"). */
  lead: ReadonlyArray<readonly [string, JsonValue]> = [],
): string {
  const wanted = new Map<string, JsonObject | null>();
  const before = new Map<string, string>();
  for (const e of edits) {
    wanted.set(e.name, e.entry);
    if (e.before !== undefined) before.set(e.name, e.before);
  }
  const style: Style = { unit: unitOf(doc.indent), eol: doc.eol, inline: false };
  const found = findContainer(doc, path);
  if (found.node !== undefined) {
    const start = found.node.offset;
    const end = start + found.node.length;
    const was = doc.text.slice(start, end);
    const indent = lineIndent(doc.text, start);
    const now = _editContainer(was, found.node, start, wanted, before, indent, style, doc.comments);
    return now === was ? doc.text : doc.text.slice(0, start) + now + doc.text.slice(end);
  }
  const creates: NewProp[] = [];
  for (const [name, entry] of wanted) if (entry !== null) creates.push(valueProp(name, entry));
  if (creates.length === 0) return doc.text;
  const rest = path.slice(found.depth);
  if (found.parent === undefined) return _newDocument(doc, rest, creates, style, lead);
  // the first missing key of the path goes at the end of the deepest object that is there
  const [first, ...inner] = rest;
  const { open, close, props } = found.parent;
  const nested: NewProp = {
    name: first ?? '',
    render: (indent, s) => _nest(inner, creates, indent, s),
  };
  const spans = props.map((p) => ({
    name: p.key,
    start: p.keyStart,
    end: p.valueEnd,
    valueStart: p.valueStart,
    valueEnd: p.valueEnd,
  }));
  return splice(doc.text, insertEntries(doc.text, open, close, spans, [nested], lineIndent(doc.text, open), style));
}

/** `{"a": {"b": {entries}}}` for the keys of the path that are missing, laid out at `indent`. */
function _nest(keys: readonly string[], entries: readonly NewProp[], indent: string, style: Style): string {
  const [key, ...rest] = keys;
  const props: readonly NewProp[] =
    key === undefined ? entries : [{ name: key, render: (i, s) => _nest(rest, entries, i, s) }];
  if (style.inline) return `{${props.map((p) => `${JSON.stringify(p.name)}: ${p.render('', style)}`).join(', ')}}`;
  const inner = indent + style.unit;
  const body = props.map((p) => `${style.eol}${inner}${JSON.stringify(p.name)}: ${p.render(inner, style)}`);
  return `{${body.join(',')}${style.eol}${indent}}`;
}

/**
 * An empty, blank or comment-only file: one new object (after the comments, which stay), ending with a
 * line break unless the file had text without one.
 */
function _newDocument(
  doc: JsonDoc,
  path: readonly string[],
  entries: readonly NewProp[],
  style: Style,
  lead: ReadonlyArray<readonly [string, JsonValue]>,
): string {
  const bom = doc.bom ? '\uFEFF' : '';
  const kept = doc.text.slice(bom.length).trimEnd();
  const [first, ...inner] = path;
  const props: NewProp[] = [
    ...lead.map(([name, value]) => valueProp(name, value)),
    ...(first === undefined
      ? entries
      : [{ name: first, render: (i: string, s: Style) => _nest(inner, entries, i, s) }]),
  ];
  const object = _nest([], props, '', style);
  const final = kept === '' || doc.finalNewline ? doc.eol : '';
  return `${bom}${kept}${kept === '' ? '' : doc.eol}${object}${final}`;
}

/** The container's text (`text`, parsed as `node` at `delta`) with the edits applied. */
function _editContainer(
  text: string,
  node: Node,
  delta: number,
  wanted: ReadonlyMap<string, JsonObject | null>,
  before: ReadonlyMap<string, string>,
  indent: string,
  style: Style,
  comments: boolean,
): string {
  let spans = spansOf(node, delta);
  const removed = spans.flatMap((s, i) => (wanted.has(s.name) && wanted.get(s.name) === null ? [i] : []));
  let current = text;
  // from the last to the first: each removal sees the entries before it exactly as parsed
  for (let k = removed.length - 1; k >= 0; k--) {
    const i = removed[k] ?? 0;
    const span = spans[i];
    if (span !== undefined) current = splice(current, removeEntry(current, span, spans[i - 1]?.end ?? null));
  }
  if (removed.length > 0) {
    if (removed.length === spans.length && isBlank(current, 1, current.length - 1)) current = '{}';
    spans = spansOf(_reparse(current, comments), 0);
  }
  const present = new Set(spans.map((s) => s.name));
  const edits: TextEdit[] = [];
  for (const span of spans) {
    const entry = wanted.get(span.name);
    if (entry !== undefined && entry !== null) edits.push(_replace(current, span, entry, style));
  }
  const creates: NewProp[] = [];
  const inside = new Map<string, NewProp[]>();
  for (const [name, entry] of wanted) {
    if (entry === null || present.has(name)) continue;
    const prop = valueProp(name, entry);
    const next = before.get(name);
    if (next !== undefined && present.has(next) && wanted.get(next) !== null)
      inside.set(next, [...(inside.get(next) ?? []), prop]);
    else creates.push(prop);
  }
  for (const span of spans) {
    const props = inside.get(span.name);
    if (props) edits.push(insertBefore(current, span, props, style));
  }
  edits.push(...insertEntries(current, 0, current.length - 1, spans, creates, indent, style));
  return splice(current, edits);
}

/** The entry's value rewritten where it is: the key, the comments and the comma around it stay. */
function _replace(text: string, span: Span, entry: JsonObject, style: Style): TextEdit {
  const own = startsLine(text, span.start, 0);
  const content = renderValue(entry, own ? lineIndent(text, span.start) : '', { ...style, inline: !own });
  return { offset: span.valueStart, length: span.valueEnd - span.valueStart, content };
}

function _reparse(text: string, comments: boolean): Node {
  const errors: ParseError[] = [];
  const node = parseTree(text, errors, { disallowComments: !comments, allowTrailingComma: comments });
  if (node === undefined || node.type !== 'object' || errors.length > 0)
    throw new Error('mcpctl made invalid JSON while removing entries (this is a bug)');
  return node;
}
