// Ed25519 keys for catalog signing (tweetnacl). A public key file is JSON:
//   {"kind": "mcpctl.catalog-key", "algorithm": "ed25519", "keyid": "<16 hex>", "public": "<base64 of 32 bytes>"}
// A secret key file has "secret" (base64 of tweetnacl's 64-byte secret key) instead of "public", mode 0600.
// The key id is the first 16 hex characters of sha256(public key bytes): short, stable, collision-unlikely.
import { createHash } from 'node:crypto';
import { McpctlError } from '../errors.js';

export interface PublicKey {
  keyid: string;
  bytes: Uint8Array;
}

export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

export function publicKeyFile(publicKey: Uint8Array): string {
  return `${JSON.stringify({ kind: 'mcpctl.catalog-key', algorithm: 'ed25519', keyid: keyIdOf(publicKey), public: Buffer.from(publicKey).toString('base64') }, null, 2)}\n`;
}

export function secretKeyFile(secretKey: Uint8Array): string {
  const pub = secretKey.slice(32);
  return `${JSON.stringify({ kind: 'mcpctl.catalog-secret-key', algorithm: 'ed25519', keyid: keyIdOf(pub), secret: Buffer.from(secretKey).toString('base64') }, null, 2)}\n`;
}

function decodeKey(b64: unknown, length: number, file: string, what: string): Uint8Array {
  if (typeof b64 !== 'string') throw keyError(file, `it has no ${what}`);
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length !== length || bytes.toString('base64') !== b64.replace(/\s/g, '')) throw keyError(file, `its ${what} is not ${length} bytes of base64`);
  return new Uint8Array(bytes);
}

/** Parses a public key file; also accepts a bare base64 line (as shared/keys hands them out). */
export function parsePublicKey(text: string, file: string): PublicKey {
  const trimmed = text.trim();
  let data: unknown = trimmed;
  if (trimmed.startsWith('{')) {
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw keyError(file, 'it is not valid JSON');
    }
  }
  const b64 = typeof data === 'string' ? data : typeof data === 'object' && data !== null && 'public' in data ? data.public : undefined;
  const bytes = decodeKey(b64, 32, file, 'public key');
  const keyid = keyIdOf(bytes);
  if (typeof data === 'object' && data !== null && 'keyid' in data && data.keyid !== keyid) throw keyError(file, `its keyid does not match its key (expected ${keyid})`);
  return { keyid, bytes };
}

/** Parses a secret key file (ours, or shared/keys' {public, secret} pair). */
export function parseSecretKey(text: string, file: string): { keyid: string; secret: Uint8Array } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw keyError(file, 'it is not valid JSON');
  }
  const b64 = typeof data === 'object' && data !== null && 'secret' in data ? data.secret : undefined;
  const secret = decodeKey(b64, 64, file, 'secret key');
  return { keyid: keyIdOf(secret.slice(32)), secret };
}

function keyError(file: string, why: string): McpctlError {
  return new McpctlError('E_TRUST', `${file} is not a usable Ed25519 key: ${why}`, { hint: 'create a key pair with "mcpctl catalog keygen --out KEY"' });
}
