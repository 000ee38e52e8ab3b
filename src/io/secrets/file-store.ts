// The file backend: every secret in one age-encrypted JSON document, encrypted to an X25519 identity kept
// beside it. Readable without mcpctl: `age -d -i identity.txt secrets.age` prints the JSON.
// A file that does not decrypt or parse is never overwritten: the error says so and nothing is written.
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { errno } from '../read.js';
import { loadIdentity, storeError } from './age-identity.js';
import type { SecretPaths } from './paths.js';
import type { Backend } from './types.js';

const MAX_BYTES = 64 * 1024 * 1024;
const ARMOR = '-----BEGIN AGE ENCRYPTED FILE-----';

/** The document inside the encrypted file. */
interface StoreDoc {
  format_version: 1;
  kind: 'mcpctl.secrets';
  secrets: Record<string, string>;
}

export function fileBackend(paths: SecretPaths): Backend {
  return {
    kind: 'file',
    location: paths.file,
    async get(name) {
      return (await readStore(paths)).get(name) ?? null;
    },
    async set(name, value) {
      const all = await readStore(paths);
      all.set(name, value);
      await writeStore(paths, all);
    },
    async delete(name) {
      const all = await readStore(paths);
      if (!all.delete(name)) return false;
      await writeStore(paths, all);
      return true;
    },
    async names() {
      return [...(await readStore(paths)).keys()].sort();
    },
  };
}

/** All secrets of the file; an empty map when the file does not exist yet. */
async function readStore(paths: SecretPaths): Promise<Map<string, string>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(paths.file);
  } catch (e) {
    if (errno(e) === 'ENOENT') return new Map();
    throw storeError(`cannot read the secret store ${paths.file} (${errno(e) ?? String(e)})`, 'check its permissions');
  }
  if (bytes.length > MAX_BYTES)
    throw storeError(
      `the secret store ${paths.file} is ${bytes.length} bytes, more than a secret store can be`,
      'check MCPCTL_SECRETS_FILE points to the store; nothing was written',
    );
  const key = await loadIdentity(paths.identity, false);
  if (!key) {
    throw storeError(
      `the secret store ${paths.file} exists but its age identity ${paths.identity} does not`,
      'restore the identity file (or set MCPCTL_AGE_IDENTITY to where it is); nothing was written',
    );
  }
  const { Decrypter, armor } = await import('age-encryption');
  let text: string;
  try {
    const head = bytes.subarray(0, 64).toString('latin1').trimStart();
    const raw = head.startsWith(ARMOR) ? armor.decode(bytes.toString('latin1')) : new Uint8Array(bytes);
    const d = new Decrypter();
    d.addIdentity(key.identity);
    text = await d.decrypt(raw, 'text');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/no identity matched/.test(message)) {
      throw storeError(
        `the secret store ${paths.file} is encrypted to another identity than ${paths.identity}`,
        'set MCPCTL_AGE_IDENTITY to the identity it was encrypted to; nothing was written',
      );
    }
    throw storeError(
      `the secret store ${paths.file} is damaged and cannot be decrypted (${message})`,
      'restore it from a backup, or move it away to start an empty store; nothing was written',
    );
  }
  return _parseDoc(text, paths.file);
}

function _parseDoc(text: string, file: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw storeError(
      `the secret store ${file} decrypts, but not to JSON`,
      'restore it from a backup; nothing was written',
    );
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    !('format_version' in data) ||
    data.format_version !== 1 ||
    !('secrets' in data)
  ) {
    throw storeError(
      `the secret store ${file} is not an mcpctl secret store of format 1`,
      'restore it from a backup; nothing was written',
    );
  }
  const secrets: unknown = data.secrets;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets))
    throw storeError(
      `the secret store ${file} has no "secrets" object`,
      'restore it from a backup; nothing was written',
    );
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(secrets)) {
    if (typeof value !== 'string')
      throw storeError(
        `the secret store ${file} holds a non-string value for "${name}"`,
        'restore it from a backup; nothing was written',
      );
    out.set(name, value);
  }
  return out;
}

async function writeStore(paths: SecretPaths, all: Map<string, string>): Promise<void> {
  await mkdir(dirname(paths.file), { recursive: true, mode: 0o700 });
  const key = await loadIdentity(paths.identity, true);
  if (!key)
    throw storeError(
      `cannot create the age identity ${paths.identity}`,
      'check the permissions of its folder; nothing was written',
    );
  const doc: StoreDoc = {
    format_version: 1,
    kind: 'mcpctl.secrets',
    secrets: Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  const { Encrypter, armor } = await import('age-encryption');
  const e = new Encrypter();
  e.addRecipient(key.recipient);
  const sealed = armor.encode(await e.encrypt(`${JSON.stringify(doc, null, 2)}\n`));
  await writeFileAtomic(paths.file, sealed, { mode: 0o600 });
  // an existing file keeps its mode through writeFileAtomic; a store of secrets is private whatever it was
  await chmod(paths.file, 0o600).catch(() => undefined);
}
