// Finds the `servers:` mapping of an mcp.yaml text with its source ranges (yaml's Document API), renders
// one server as YAML text at a given indentation, and checks an edit changed nothing but that server.
import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import { McpctlError } from '../errors.js';
import type { Server } from '../generated/mcp-types.js';

export interface ServersNode {
  /** The top-level mapping, or null for an empty document (only comments, or nothing). */
  root: YAMLMap | null;
  /** The `servers` entry of the top-level mapping, if there is one. */
  pair: Pair | null;
  /** Its value when it is a mapping. */
  map: YAMLMap | null;
  data: unknown;
}

export function findServers(text: string, file: string): ServersNode {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    throw new McpctlError(
      'E_YAML',
      `${file} is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'syntax error'})`,
      { hint: `fix it first: "mcpctl validate -f ${file}" shows where` },
    );
  }
  const data: unknown = doc.toJS();
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { root: null, pair: null, map: null, data };
  if (!isMap(root) || root.flow) {
    throw new McpctlError('E_SHAPE', `${file} is not a block mapping of keys (version:, servers:, …)`, {
      hint: 'write it as one "key: value" per line, as "mcpctl init" does',
    });
  }
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'servers') ?? null;
  const map = pair && isMap(pair.value) ? pair.value : null;
  return { root, pair, map, data };
}

export function keyRange(pair: Pair): [number, number] {
  const k = pair.key;
  if (!isScalar(k) || !k.range)
    throw new McpctlError('E_SHAPE', 'a mapping key has no plain position (complex keys are not supported here)', {
      hint: 'write keys as plain words',
    });
  return [k.range[0], k.range[1]];
}

/** Where the entry's content ends (its value's, or the key's when the value is empty). */
export function contentEnd(pair: Pair): number {
  const v = pair.value;
  if (v && typeof v === 'object' && 'range' in v && Array.isArray(v.range) && typeof v.range[1] === 'number')
    return v.range[1];
  return keyRange(pair)[1];
}

/**
 * The server as YAML lines at `indent` spaces, nested levels `step` further, short lists of scalars in flow
 * style (`args: [-y, "@scope/pkg@1.0.0"]`), no line folding, lines joined with `eol`, ending with one.
 */
export function serverBlock(name: string, server: Server, indent: number, step: number, eol: string): string {
  const doc = new Document({ [name]: server });
  visit(doc, {
    Seq(_, node) {
      if (isSeq(node) && node.items.length <= 8 && node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  const text = doc.toString({ indent: step, lineWidth: 0, flowCollectionPadding: false });
  const pad = ' '.repeat(indent);
  return (
    text
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => (l ? pad + l : l))
      .join(eol) + eol
  );
}

/** Order-insensitive deep equality of plain data (what toJS gives). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameData(Reflect.get(a, k), Reflect.get(b, k)))
  );
}

export function recordOf(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {};
}

/** Thrown when an edit would change more than the one server: never written, always a bug to report. */
export function editBug(what: string): McpctlError {
  return new McpctlError('E_INTERNAL', `${what} would change more of mcp.yaml than that server; nothing was written`, {
    hint: 'this is a bug in mcpctl: please report it with a copy of the file (secrets removed), and edit mcp.yaml by hand meanwhile',
  });
}
