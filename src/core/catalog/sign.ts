// Building and signing a catalog index (catalog sign). Pure: bytes in, bytes out.
import { createHash } from 'node:crypto';
import nacl from 'tweetnacl';
import type { CatalogIndex, IndexEntry, Signature } from './index-file.js';
import { keyIdOf } from './keys.js';
import { compareVersions } from './resolve-template.js';

export interface TemplateFile {
  path: string;
  bytes: Uint8Array;
  id: string;
  version: string;
}

export function buildIndex(catalog: string, version: number, expires: Date, files: TemplateFile[]): CatalogIndex {
  const templates: IndexEntry[] = files
    .map((f) => ({ id: f.id, version: f.version, path: f.path, length: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') }))
    .sort((a, b) => (a.id === b.id ? compareVersions(a.version, b.version) : a.id < b.id ? -1 : 1));
  return { kind: 'mcpctl.catalog-index', format_version: 1, catalog, version, expires: expires.toISOString(), templates };
}

export function signIndex(indexBytes: Uint8Array, secretKeys: Uint8Array[]): Signature[] {
  return secretKeys.map((secret) => ({ keyid: keyIdOf(secret.slice(32)), sig: Buffer.from(nacl.sign.detached(indexBytes, secret)).toString('base64') }));
}
