// Turning a server.json document into a catalog template (catalog import). Pure: the document in, the
// template's text out, with the mcpctl id recorded under the publisher's _meta.
import { McpctlError } from '../errors.js';
import { META_KEY, SERVER_SCHEMA_2025_12_11 } from './server-json.js';
import type { ServerJson } from './server-json.js';

const TEMPLATE_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The template file's text for `doc` under `id`, or E_INPUT when the id is not a valid template id. */
export function templateText(doc: ServerJson, id: string): string {
  if (!TEMPLATE_ID.test(id))
    throw new McpctlError('E_INPUT', `"${id}" is not a valid template id`, {
      hint: 'pass --id with lowercase letters, digits, ".", "_" and "-"',
    });
  const raw: Record<string, unknown> = { $schema: SERVER_SCHEMA_2025_12_11, ...doc.raw };
  const meta = asRecord(raw['_meta']);
  const publisher = asRecord(meta[META_KEY]);
  publisher['dev.mcpctl'] = { ...asRecord(publisher['dev.mcpctl']), id };
  raw['_meta'] = { ...meta, [META_KEY]: publisher };
  return `${JSON.stringify(raw, null, 2)}\n`;
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {};
}
