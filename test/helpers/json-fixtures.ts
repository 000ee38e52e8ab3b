// The JSON/JSONC fixtures under fixtures/json/<case>/ (input.json, case.json: {comments, path}) and the
// entries the JSON tests write into them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJson } from '../../src/core/json/read-json.js';
import type { JsonDoc } from '../../src/core/json/read-json.js';
import type { EntryEdit, JsonObject, JsonValue } from '../../src/core/json/value.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/json/', import.meta.url));

export interface JsonCase {
  name: string;
  text: string;
  comments: boolean;
  path: string[];
}

export function jsonCases(): JsonCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const meta: unknown = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8'));
      if (typeof meta !== 'object' || meta === null || !('comments' in meta) || !('path' in meta))
        throw new Error(`${name}/case.json needs comments and path`);
      const { comments, path } = meta;
      if (typeof comments !== 'boolean' || !Array.isArray(path) || !path.every((p) => typeof p === 'string'))
        throw new Error(`${name}/case.json: comments must be a boolean and path a list of strings`);
      return { name, text: readFileSync(join(FIXTURES, name, 'input.json'), 'utf8'), comments, path };
    });
}

export function fixturePath(name: string, file: string): string {
  return join(FIXTURES, name, file);
}

export function docOf(c: { text: string; comments: boolean; name?: string }, text = c.text): JsonDoc {
  return readJson(text, c.name ?? 'f.json', { comments: c.comments });
}

export const MANAGED: ReadonlyArray<{ name: string; entry: JsonObject }> = [
  {
    name: 'mcpctl-stdio',
    entry: {
      type: 'stdio',
      command: 'npx',
      args: ['-y', '@acme/mcp-server@1.2.3', '--root', 'C:\\work\\repo'],
      env: {
        API_BASE: 'https://api.example.com',
        GREETING: 'say "hi"',
        'LOG.LEVEL': 'débug ✓',
        TOKEN: '${ACME_TOKEN}',
      },
    },
  },
  {
    name: 'mcpctl-http',
    entry: { type: 'http', url: 'https://mcp.example.com/mcp', headers: { 'X-Team': 'platform' }, timeout: 30.5 },
  },
];

export const addEdits = (): EntryEdit[] => MANAGED.map(({ name, entry }) => ({ name, entry }));
export const removeEdits = (): EntryEdit[] => MANAGED.map(({ name }) => ({ name, entry: null }));

/** Whether `after` keeps the bytes of `before` outside [lo, hi): its start up to lo and its end from hi. */
export function keepsOutside(before: string, after: string, lo: number, hi: number): boolean {
  return (
    after.length >= lo + before.length - hi && after.startsWith(before.slice(0, lo)) && after.endsWith(before.slice(hi))
  );
}

/** The common prefix and suffix of two texts: what an edit left alone. */
export function unchangedEnds(before: string, after: string): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return { prefix, suffix };
}

/** A parsed value checked to be JSON (own keys kept, `__proto__` too). */
export function toJson(u: unknown): JsonValue {
  if (u === null || typeof u === 'string' || typeof u === 'number' || typeof u === 'boolean') return u;
  if (Array.isArray(u)) return u.map(toJson);
  if (typeof u !== 'object') throw new Error(`not JSON: ${typeof u}`);
  const out: JsonObject = {};
  for (const k of Object.keys(u)) Object.defineProperty(out, k, { value: toJson(Reflect.get(u, k)), enumerable: true });
  return out;
}
