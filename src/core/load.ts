// load: mcp.yaml text → plain data plus a way to find where any value came from.
// Pure: takes text and a display name. Rejects what YAML allows but a config must not have:
// duplicate keys, non-string keys, prototype keys, alias bombs, oversized input.
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { McpctlError } from './errors.js';
import type { Diagnostic } from './errors.js';
import { isMissingEnd, unclosedOpeners } from './unclosed.js';
import { fastYamlValue } from './yaml-fast.js';

export const LOAD_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxAliases: 64,
  maxNodes: 1_000_000,
};

export type DocPath = readonly (string | number)[];
export interface Position {
  line: number;
  col: number;
}

export interface SourceDoc {
  file: string;
  text: string;
  value: unknown;
  /** Where the value (or, with part 'key', the key) at `path` starts; the nearest enclosing node when absent. */
  locate(path: DocPath, part?: 'key' | 'value'): Position;
  /** Offsets of the key (or the value, without a key) through the end of the value at exactly `path`. */
  span(path: DocPath): [number, number] | undefined;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function loadYaml(text: string, file: string, limits = LOAD_LIMITS): SourceDoc {
  if (text.length > limits.maxBytes) {
    throw new McpctlError('E_TOO_LARGE', `${file} is larger than ${limits.maxBytes} bytes`, {
      where: { file, line: 1, col: 1 },
      hint: 'mcp.yaml describes servers, not data: split it or remove what does not belong in it',
    });
  }
  // the common file is read without yaml's document (yaml-fast.ts): where a value came from is found only
  // when a diagnostic asks, by reading the file once more as below
  const fast = fastYamlValue(text, limits.maxNodes);
  if (fast === null) return loadDocument(text, file, limits);
  let full: SourceDoc | undefined;
  const located = (): SourceDoc => (full ??= loadDocument(text, file, limits));
  return {
    file,
    text,
    value: fast.value,
    locate: (path, part) => located().locate(path, part),
    span: (path) => located().span(path),
  };
}

/** mcp.yaml read with yaml's document: every error and position of the file. */
export function loadDocument(text: string, file: string, limits: typeof LOAD_LIMITS): SourceDoc {
  const lines = new LineCounter();
  // duplicate keys are found below, with a set per mapping: yaml's own check compares each key with every
  // earlier one, quadratic in a mapping's size (1.4 s of parsing for 10,000 servers against 0.4 s without)
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  const pos = (offset: number): Position => lines.linePos(offset);

  const problems: Diagnostic[] = [];
  const yamlError = (message: string, offset: number, hint?: string) => {
    const { line, col } = pos(offset);
    problems.push({ code: 'E_YAML', severity: 'error', message, file, line, col, ...(hint ? { hint } : {}) });
  };
  let openersReported = false;
  for (const e of doc.errors) {
    const message = firstLine(e.message);
    if (!isMissingEnd(e.code, message)) {
      yamlError(message, e.pos[0], 'fix the YAML syntax at this position');
      continue;
    }
    // yaml reports a missing ] } or quote where it noticed it: name where each one was opened instead
    if (openersReported) continue;
    openersReported = true;
    const found = pos(e.pos[0]);
    const openers = unclosedOpeners(text);
    if (!openers.length) yamlError(message, e.pos[0], 'fix the YAML syntax at this position');
    for (const o of openers) {
      const at = pos(o.offset);
      const what = o.open === '[' ? 'flow sequence' : o.open === '{' ? 'flow mapping' : 'quoted string';
      const close = o.open === '[' ? ']' : o.open === '{' ? '}' : o.open;
      yamlError(
        `unclosed ${o.open} opened at ${at.line}:${at.col} (${what}; its end was still missing at ${found.line}:${found.col})`,
        o.offset,
        o.open === '[' || o.open === '{'
          ? `close it with ${close} before the next key (a flow collection must end before the lines indented less than it)`
          : `end the string with ${close} (write ${o.open === '"' ? '\\"' : "''"} for a quote inside it)`,
      );
    }
  }
  if (problems.length > 0) throw new McpctlError('E_YAML', `${file} is not valid YAML`, { diagnostics: problems });
  /** Duplicate keys, reported as YAML errors (as yaml itself words them), before any other problem. */
  const duplicates: Diagnostic[] = [];
  const duplicateAt = new Set<number>();

  const positions = new Map<string, { key: number; value: number; end: number }>();
  let nodes = 0;
  let aliases = 0;

  const build = (node: unknown, path: (string | number)[], keyOffset: number): unknown => {
    if (++nodes > limits.maxNodes) {
      throw new McpctlError('E_TOO_LARGE', `${file} expands to more than ${limits.maxNodes} values`, {
        where: { file, ...pos(keyOffset) },
        hint: 'remove repeated aliases (*name) or split the file',
      });
    }
    if (isAlias(node)) {
      if (++aliases > limits.maxAliases) {
        throw new McpctlError('E_YAML', `${file} uses more than ${limits.maxAliases} aliases`, {
          where: { file, ...pos(node.range?.[0] ?? 0) },
          hint: 'write the values out: mcp.yaml should be readable without expanding anchors',
        });
      }
      return build(node.resolve(doc), path, node.range?.[0] ?? keyOffset);
    }
    const start = rangeStart(node, keyOffset);
    positions.set(pathKey(path), {
      key: keyOffset,
      value: start,
      end: isNode(node) && node.range ? node.range[1] : start,
    });
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const k = pair.key;
        const kStart = rangeStart(k, start);
        // as yaml compares keys (===), so two .nan keys are not the same key
        if (isScalar(k) && !Number.isNaN(k.value)) {
          if (seen.has(k.value) && !duplicateAt.has(kStart)) {
            duplicateAt.add(kStart);
            duplicates.push({
              code: 'E_YAML',
              severity: 'error',
              message: 'Map keys must be unique',
              file,
              ...pos(kStart),
              hint: 'each key may appear once in a mapping: remove or merge the duplicate',
            });
          }
          seen.add(k.value);
        }
        if (!isScalar(k) || typeof k.value !== 'string') {
          yamlError('mapping keys must be strings', kStart, 'quote the key, e.g. "8080": ...');
          continue;
        }
        if (FORBIDDEN_KEYS.has(k.value)) {
          yamlError(`the key "${k.value}" is not allowed`, kStart, 'rename it: this key name is reserved');
          continue;
        }
        out[k.value] = build(pair.value, [...path, k.value], kStart);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => build(item, [...path, i], rangeStart(item, start)));
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      yamlError(`unsupported value type (${typeof v})`, start, 'use a string, number, boolean, list or mapping');
      return null;
    }
    return null;
  };

  const value = doc.contents === null ? null : build(doc.contents, [], 0);
  if (duplicates.length > 0) throw new McpctlError('E_YAML', `${file} is not valid YAML`, { diagnostics: duplicates });
  if (problems.length > 0)
    throw new McpctlError('E_YAML', `${file} has invalid keys or values`, { diagnostics: problems });

  return {
    file,
    text,
    value,
    locate(path, part = 'value') {
      for (let n = path.length; n >= 0; n--) {
        const hit = positions.get(pathKey(path.slice(0, n)));
        if (hit) return pos(n === path.length && part === 'key' ? hit.key : hit.value);
      }
      return { line: 1, col: 1 };
    },
    span(path) {
      const hit = positions.get(pathKey(path));
      return hit ? [Math.min(hit.key, hit.value), hit.end] : undefined;
    },
  };
}

function pathKey(path: DocPath): string {
  return path.join('\u0000');
}

function rangeStart(node: unknown, fallback: number): number {
  return isNode(node) && node.range ? node.range[0] : fallback;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  const line = nl === -1 ? message : message.slice(0, nl);
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
