// The X25519 age identity the file store is encrypted to, in the format age-keygen writes, so the age CLI
// reads it too: `age -d -i identity.txt secrets.age`. Created once (0600, never overwritten); a file readable
// by others is refused, as ssh refuses a private key that is.
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { McpctlError } from '../../core/errors.js';
import { errno } from '../read.js';

export interface AgeKey {
  identity: string;
  recipient: string;
}

/** The identity at `path`; null when there is none and `create` is false. */
export async function loadIdentity(path: string, create: boolean): Promise<AgeKey | null> {
  const text = await _read(path);
  if (text !== null) return _parse(text, path);
  if (!create) return null;
  const { generateX25519Identity, identityToRecipient } = await import('age-encryption');
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const body = `# created: ${new Date().toISOString()} by mcpctl\n# public key: ${recipient}\n# keep this file: without it the secret store cannot be decrypted\n${identity}\n`;
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (e) {
    // another process created it between our read and now: use theirs
    if (errno(e) === 'EEXIST') return _parse((await _read(path)) ?? '', path);
    throw storeError(
      `cannot create the age identity ${path} (${errno(e) ?? String(e)})`,
      'check the permissions of the folder; nothing was written',
    );
  }
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { identity, recipient };
}

async function _read(path: string): Promise<string | null> {
  try {
    const st = await stat(path);
    if (!st.isFile())
      throw storeError(
        `the age identity ${path} is not a regular file`,
        'point MCPCTL_AGE_IDENTITY to the identity file',
      );
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
      throw storeError(
        `the age identity ${path} can be read by other users (mode ${(st.mode & 0o777).toString(8)})`,
        `make it private: chmod 600 ${path}`,
      );
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof McpctlError) throw e;
    if (errno(e) === 'ENOENT') return null;
    throw storeError(`cannot read the age identity ${path} (${errno(e) ?? String(e)})`, 'check its permissions');
  }
}

async function _parse(text: string, path: string): Promise<AgeKey> {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.startsWith('AGE-SECRET-KEY-'));
  if (line === undefined) {
    throw storeError(
      `${path} holds no age identity (no line starting with AGE-SECRET-KEY-)`,
      'point MCPCTL_AGE_IDENTITY to the identity the store was encrypted to',
    );
  }
  const { identityToRecipient } = await import('age-encryption');
  try {
    return { identity: line, recipient: await identityToRecipient(line) };
  } catch {
    throw storeError(`${path} holds an age identity that cannot be read`, 'restore the identity file from a backup');
  }
}

export function storeError(message: string, hint: string): McpctlError {
  return new McpctlError('E_SECRET_STORE', message, { hint });
}
