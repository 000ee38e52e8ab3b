// A fast walk over text that is already known to be valid JSON/JSONC: one object's keys and where each
// value starts and ends, with nested values skipped (strings jumped with indexOf), never building a tree.
// jsonc-parser's parseTree allocates a node per value: ~300 ms for a 5 MB ~/.claude.json, when only the
// keys on the way to `mcpServers` are needed. Containers are read with JSON.parse (plain-entries.ts), and
// parsed with jsonc-parser only to be edited.
import type { NodeType } from 'jsonc-parser';
import { nextToken } from './trivia.js';

export interface LeanProp {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  type: NodeType;
}

export interface LeanObject {
  /** The "{" and the "}". */
  open: number;
  close: number;
  props: LeanProp[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const SLASH = 47;

/** After the closing quote of the string that opens at `at`. */
export function stringEnd(text: string, at: number): number {
  let j = at + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return text.length;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** After the value that starts at `at`. */
export function valueEnd(text: string, at: number): number {
  const c = text[at];
  if (c === '"') return stringEnd(text, at);
  if (c !== '{' && c !== '[') {
    const m = /[^\s,\]}/]*/y;
    m.lastIndex = at;
    m.exec(text);
    return m.lastIndex;
  }
  let depth = 0;
  for (let j = at; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === QUOTE) j = stringEnd(text, j) - 1;
    else if (code === 123 || code === 91) depth++;
    else if (code === 125 || code === 93) {
      if (--depth === 0) return j + 1;
    } else if (code === SLASH) j = nextToken(text, j) - 1;
  }
  return text.length;
}

export function typeAt(text: string, at: number): NodeType {
  switch (text[at]) {
    case '{':
      return 'object';
    case '[':
      return 'array';
    case '"':
      return 'string';
    case 't':
    case 'f':
      return 'boolean';
    case 'n':
      return 'null';
    default:
      return 'number';
  }
}

/** The decoded key or string whose quotes are at [start, end). */
export function stringAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  const decoded: unknown = JSON.parse(text.slice(start, end));
  return typeof decoded === 'string' ? decoded : raw;
}

/**
 * Where a value ends, when the caller reads it itself on the way (plain-entries.ts reads the container while
 * the walk passes over it, so the container is scanned once); undefined leaves it to valueEnd.
 */
export type Skip = (key: string, valueStart: number) => number | undefined;

/** The properties of the object whose "{" is at `open`. */
export function leanObject(text: string, open: number, skip?: Skip): LeanObject {
  const props: LeanProp[] = [];
  let i = nextToken(text, open + 1);
  while (i < text.length && text[i] !== '}') {
    const keyStart = i;
    const keyEnd = stringEnd(text, keyStart);
    const valueStart = nextToken(text, nextToken(text, keyEnd) + 1);
    const key = stringAt(text, keyStart, keyEnd);
    const end = skip?.(key, valueStart) ?? valueEnd(text, valueStart);
    props.push({
      key,
      keyStart,
      keyEnd,
      valueStart,
      valueEnd: end,
      type: typeAt(text, valueStart),
    });
    i = nextToken(text, end);
    if (text[i] === ',') i = nextToken(text, i + 1);
  }
  return { open, close: i, props };
}
