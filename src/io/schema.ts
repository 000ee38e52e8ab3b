// The mcp.yaml JSON Schema shipped in the package (schema/mcp.schema.json).
import { readFileSync } from 'node:fs';

export const SCHEMA_URL = new URL('../../schema/mcp.schema.json', import.meta.url);

let cached: object | undefined;
export function loadSchema(): object {
  cached ??= JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));
  return cached ?? {};
}
