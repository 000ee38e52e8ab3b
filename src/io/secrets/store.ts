// The secret store's API for the rest of mcpctl: open the store (keychain first, else the age file),
// resolve the secrets a config references, record reads in the audit log.
//   const store = await openSecretStore(process.env, homedir());
//   const values = await resolveSecrets(['github/pat'], store);   // E_SECRET_MISSING lists every missing name
//   await auditRead('github/pat', 'exec github');
import { McpctlError } from '../../core/errors.js';
import { fileBackend } from './file-store.js';
import { keychainBackend, probeKeychain } from './keychain-store.js';
import { ManagedSecretStore, missingSecretError } from './managed-store.js';
import { secretPaths } from './paths.js';
import type { SecretStore } from './types.js';

export { auditRead } from './audit.js';
export type { AuditEntry } from './audit.js';
export { assertSecretName, ManagedSecretStore, missingSecretError } from './managed-store.js';
export { secretPaths } from './paths.js';
export type { SecretPaths } from './paths.js';
export type { BackendKind, SecretEntry, SecretStore } from './types.js';

/**
 * The store to use here. MCPCTL_SECRET_BACKEND=keychain|file forces one; otherwise the OS keychain when one
 * answers (a cheap probe), else the age-encrypted file. A forced keychain that does not answer is an error.
 */
export async function openSecretStore(env: NodeJS.ProcessEnv, home: string): Promise<ManagedSecretStore> {
  const paths = secretPaths(env, home);
  const forced = env['MCPCTL_SECRET_BACKEND'] || undefined;
  if (forced !== undefined && forced !== 'keychain' && forced !== 'file') {
    throw new McpctlError('E_INPUT', `MCPCTL_SECRET_BACKEND="${forced}" is not a secret backend`, {
      hint: 'set it to "keychain" or "file", or unset it to use the keychain when one answers and the file otherwise',
    });
  }
  if (forced === 'file') return new ManagedSecretStore(fileBackend(paths), paths, 'MCPCTL_SECRET_BACKEND=file');
  const probe = await probeKeychain(env);
  if (probe.ok)
    return new ManagedSecretStore(
      keychainBackend(probe.keyring),
      paths,
      forced ? 'MCPCTL_SECRET_BACKEND=keychain' : 'the OS keychain answered',
    );
  if (forced) {
    throw new McpctlError(
      'E_KEYCHAIN_UNAVAILABLE',
      `MCPCTL_SECRET_BACKEND=keychain, but no OS keychain answers: ${probe.reason}`,
      {
        hint: 'start a Secret Service (e.g. gnome-keyring in a D-Bus session) or unlock your keychain, or use the age-encrypted file: MCPCTL_SECRET_BACKEND=file',
      },
    );
  }
  return new ManagedSecretStore(fileBackend(paths), paths, `no OS keychain answers: ${probe.reason}`);
}

/** The values of these secrets (each name once). Throws E_SECRET_MISSING naming every missing one. */
export async function resolveSecrets(names: string[], store: SecretStore): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  const missing: string[] = [];
  for (const name of new Set(names)) {
    const value = await store.get(name);
    if (value === null) missing.push(name);
    else values.set(name, value);
  }
  if (missing.length) {
    throw store instanceof ManagedSecretStore
      ? await store.missingError(missing)
      : missingSecretError(missing, store.backend === 'keychain' ? 'the OS keychain' : 'the age file');
  }
  return values;
}
