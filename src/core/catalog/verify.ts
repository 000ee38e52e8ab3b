// Verifying a catalog: signatures over the exact index bytes, then every template against its length and
// sha256. Rejects: a bad or missing signature, a key that is not trusted, fewer valid signatures than the
// threshold, a template whose bytes do not match (mix-and-match), a template file not in the index, an
// index older than one already seen from the same signing key under the same name (rollback) and an expired
// one (freeze). Pure.
import { createHash } from 'node:crypto';
import nacl from 'tweetnacl';
import { McpctlError } from '../errors.js';
import { parseIndex, parseSignatures } from './index-file.js';
import type { CatalogIndex } from './index-file.js';
import type { PublicKey } from './keys.js';

export interface CatalogFiles {
  /** Directory or URL, for messages. */
  where: string;
  index: Uint8Array;
  signatures: Uint8Array | null;
  /** Template files by path relative to the catalog root. */
  files: Map<string, Uint8Array>;
  /** Every template-looking file present (local catalogs), to catch files the index does not list. */
  listed: string[] | null;
}

export interface TrustSettings {
  keys: PublicKey[];
  threshold: number;
  allowUnsigned: boolean;
  /** Highest index versions already verified, by rollbackKey(signing key, catalog name). */
  seen?: Readonly<Record<string, number>> | undefined;
  now: Date;
}

export interface VerifiedCatalog {
  index: CatalogIndex;
  /** Template bytes by index path. */
  templates: Map<string, Uint8Array>;
  /** Key ids whose signatures verified. */
  signedBy: string[];
  /** Where to remember this index's version: one rollbackKey per trusted key whose signature verified (none when unsigned). */
  rollbackKeys: string[];
  warnings: string[];
}

const trust = (code: string, message: string, hint: string) => new McpctlError(code, message, { hint });

export function verifyCatalog(c: CatalogFiles, t: TrustSettings): VerifiedCatalog {
  const index = parseIndex(c.index, `${c.where}/index.json`);
  const warnings: string[] = [];
  const signedBy: string[] = [];
  const rollbackKeys: string[] = [];
  if (c.signatures === null) {
    if (!t.allowUnsigned) {
      throw trust('E_SIGNATURE', `catalog "${index.catalog}" at ${c.where} has no signature (index.json.sig)`, 'only signed catalogs are used: ask its publisher to sign it ("mcpctl catalog sign"), or mark it allow_unsigned: true if you accept the risk');
    }
  } else {
    const sigs = parseSignatures(c.signatures, `${c.where}/index.json.sig`);
    const trusted = new Map(t.keys.map((k) => [k.keyid, k]));
    const unknown: string[] = [];
    for (const s of sigs) {
      const key = trusted.get(s.keyid);
      if (!key) {
        unknown.push(s.keyid);
        continue;
      }
      const sig = Buffer.from(s.sig, 'base64');
      if (sig.length !== nacl.sign.signatureLength || !nacl.sign.detached.verify(c.index, new Uint8Array(sig), key.bytes)) {
        throw trust('E_SIGNATURE', `the signature by key ${s.keyid} does not match index.json of catalog "${index.catalog}" (${c.where})`, 'the index or its signature was changed after signing: do not use this catalog; get it again from its publisher');
      }
      if (!signedBy.includes(s.keyid)) {
        signedBy.push(s.keyid);
        rollbackKeys.push(rollbackKey(key, index.catalog));
      }
    }
    if (signedBy.length < t.threshold) {
      if (!t.allowUnsigned) {
        const detail = signedBy.length === 0 && unknown.length ? `signed only by unknown key(s) ${unknown.join(', ')}` : `${signedBy.length} valid signature(s) from trusted keys, ${t.threshold} required`;
        throw trust('E_SIGNATURE', `catalog "${index.catalog}" (${c.where}) is not signed by a trusted key: ${detail}`, `trust the publisher's public key under "trust:" for this catalog (trusted now: ${t.keys.map((k) => k.keyid).join(', ') || 'none'})`);
      }
    }
  }
  if (signedBy.length < t.threshold) warnings.push(`catalog "${index.catalog}" (${c.where}) is used WITHOUT a valid signature (allow_unsigned: true)`);
  if (Date.parse(index.expires) <= t.now.getTime()) {
    throw trust('E_EXPIRED', `catalog "${index.catalog}" (${c.where}) expired on ${index.expires}`, 'an expired index may be a frozen copy that hides newer fixes: get a fresh one from its publisher');
  }
  // Only what a trusted key signed counts: the name inside an index is the publisher's claim, so an unsigned
  // (allow_unsigned) index calling itself "mcpctl-builtin" at version 999999 neither checks against nor
  // raises the version another key's catalog of that name must reach.
  const seenVersion = Math.max(0, ...rollbackKeys.map((k) => t.seen?.[k] ?? 0));
  if (index.version < seenVersion) {
    throw trust('E_ROLLBACK', `catalog "${index.catalog}" (${c.where}) is version ${index.version}, older than version ${seenVersion} already seen signed by the same key`, 'an older index may bring back templates with known problems: get the current one from its publisher');
  }
  const templates = new Map<string, Uint8Array>();
  for (const e of index.templates) {
    const bytes = c.files.get(e.path);
    if (!bytes) throw trust('E_CATALOG_HASH', `template ${e.path} listed in catalog "${index.catalog}" is missing (${c.where})`, 'get the whole catalog again from its publisher');
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (bytes.length !== e.length || sha !== e.sha256) {
      throw trust('E_CATALOG_HASH', `template ${e.path} of catalog "${index.catalog}" does not match its index entry (${bytes.length} bytes, sha256 ${sha.slice(0, 12)}…; expected ${e.length} bytes, ${e.sha256.slice(0, 12)}…)`, 'the template was changed after signing: do not use this catalog; get it again from its publisher');
    }
    templates.set(e.path, bytes);
  }
  const known = new Set(index.templates.map((e) => e.path));
  for (const p of c.listed ?? []) {
    if (!known.has(p)) throw trust('E_CATALOG_EXTRA', `${p} in catalog "${index.catalog}" (${c.where}) is not listed in its signed index`, 'remove the file, or add it and sign the catalog again ("mcpctl catalog sign")');
  }
  return { index, templates, signedBy, rollbackKeys, warnings };
}

/** The rollback record's key: the full sha256 of the signing public key (not the short key id) and the catalog name. */
export function rollbackKey(key: PublicKey, catalog: string): string {
  return `ed25519:${createHash('sha256').update(key.bytes).digest('hex')}/${catalog}`;
}
