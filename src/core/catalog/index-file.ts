// The signed unit of a catalog: index.json lists every template with its byte length and sha256, under a
// catalog name, a version that only grows (rollback protection) and an expiry (freeze protection).
// index.json.sig holds detached Ed25519 signatures over the exact bytes of index.json, each with its key id.
import { McpctlError } from '../errors.js';

export interface IndexEntry {
  id: string;
  version: string;
  path: string;
  length: number;
  sha256: string;
}

export interface CatalogIndex {
  kind: 'mcpctl.catalog-index';
  format_version: 1;
  catalog: string;
  version: number;
  expires: string;
  templates: IndexEntry[];
}

export interface Signature {
  keyid: string;
  sig: string;
}

const SAFE_PATH = /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+\.json$/;

export function parseIndex(bytes: Uint8Array, where: string): CatalogIndex {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw bad(where, 'it is not valid JSON');
  }
  if (typeof data !== 'object' || data === null) throw bad(where, 'it is not a JSON object');
  const d: Record<string, unknown> = { ...data };
  if (d['kind'] !== 'mcpctl.catalog-index' || d['format_version'] !== 1) throw bad(where, 'it is not an mcpctl catalog index of format 1');
  if (typeof d['catalog'] !== 'string' || !/^[A-Za-z0-9._-]+$/.test(d['catalog'])) throw bad(where, '"catalog" must be a name');
  if (typeof d['version'] !== 'number' || !Number.isInteger(d['version']) || d['version'] < 1) throw bad(where, '"version" must be a whole number ≥ 1');
  if (typeof d['expires'] !== 'string' || Number.isNaN(Date.parse(d['expires']))) throw bad(where, '"expires" must be an ISO date-time');
  if (!Array.isArray(d['templates'])) throw bad(where, '"templates" must be a list');
  const templates: IndexEntry[] = [];
  for (const t of d['templates']) {
    if (typeof t !== 'object' || t === null) throw bad(where, 'a template entry is not an object');
    const e: Record<string, unknown> = { ...t };
    const { id, version, path, length, sha256 } = e;
    if (typeof id !== 'string' || typeof version !== 'string' || typeof path !== 'string' || typeof length !== 'number' || typeof sha256 !== 'string') {
      throw bad(where, 'a template entry needs id, version, path, length and sha256');
    }
    if (!SAFE_PATH.test(path)) throw bad(where, `template path "${path}" must be a relative path inside the catalog`);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw bad(where, `template "${id}" has a malformed sha256`);
    templates.push({ id, version, path, length, sha256 });
  }
  return { kind: 'mcpctl.catalog-index', format_version: 1, catalog: d['catalog'], version: d['version'], expires: d['expires'], templates };
}

export function parseSignatures(bytes: Uint8Array, where: string): Signature[] {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new McpctlError('E_SIGNATURE', `${where} is not a valid signature file (not JSON; truncated?)`, { hint: 'get the catalog again from its publisher; do not use it until it verifies' });
  }
  const list = typeof data === 'object' && data !== null && 'signatures' in data && Array.isArray(data.signatures) ? data.signatures : null;
  if (!list) throw new McpctlError('E_SIGNATURE', `${where} has no "signatures" list`, { hint: 'sign the catalog with "mcpctl catalog sign DIR --key KEY"' });
  const out: Signature[] = [];
  for (const s of list) {
    if (typeof s === 'object' && s !== null && 'keyid' in s && typeof s.keyid === 'string' && 'sig' in s && typeof s.sig === 'string') out.push({ keyid: s.keyid, sig: s.sig });
  }
  return out;
}

export function indexText(index: CatalogIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

export function signaturesText(sigs: Signature[]): string {
  return `${JSON.stringify({ kind: 'mcpctl.catalog-signatures', signatures: sigs }, null, 2)}\n`;
}

function bad(where: string, why: string): McpctlError {
  return new McpctlError('E_CATALOG', `${where} is not a valid catalog index: ${why}`, { hint: 'get the catalog again from its publisher, or rebuild it with "mcpctl catalog sign"' });
}
