// The keychain backend: the OS credential store through @napi-rs/keyring (macOS Keychain, Windows
// Credential Manager, the Secret Service on Linux), service "mcpctl", account = secret name.
// On Linux the entry is pinned to the Secret Service: keyring's own fallback, the kernel keyring, forgets
// everything at logout or reboot, which a store of credentials must not do.
import { McpctlError } from '../../core/errors.js';
import { sessionBusProblem } from './dbus-probe.js';
import type { Backend } from './types.js';

const SERVICE = 'mcpctl';
/** Not a valid secret name (":" is not allowed), so it never collides with one. */
const PROBE_ACCOUNT = ':probe';

type Keyring = typeof import('@napi-rs/keyring');
type EntryOptions = import('@napi-rs/keyring').EntryOptions;

const ENTRY_OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

export type Probe = { ok: true; keyring: Keyring } | { ok: false; reason: string };

/**
 * Does a keychain answer here? Cheap: on Linux it first checks that a D-Bus session bus answers (without
 * loading the native addon); then it looks up one entry that does not exist (no prompt, no write).
 */
export async function probeKeychain(env: NodeJS.ProcessEnv): Promise<Probe> {
  if (process.platform === 'linux') {
    const problem = await sessionBusProblem(env);
    if (problem !== null) return { ok: false, reason: problem };
  }
  let keyring: Keyring;
  try {
    keyring = await import('@napi-rs/keyring');
  } catch (e) {
    return {
      ok: false,
      reason: `the keychain addon @napi-rs/keyring does not load on ${process.platform}-${process.arch} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
    };
  }
  try {
    await new keyring.AsyncEntry(SERVICE, PROBE_ACCOUNT, ENTRY_OPTIONS).getPassword();
    return { ok: true, keyring };
  } catch (e) {
    const message = _message(e);
    // a keychain that is there but locked answers: the operation itself reports the lock
    if (_isLocked(message)) return { ok: true, keyring };
    return { ok: false, reason: message };
  }
}

export function keychainBackend(keyring: Keyring): Backend {
  const entry = (name: string) => new keyring.AsyncEntry(SERVICE, name, ENTRY_OPTIONS);
  return {
    kind: 'keychain',
    location: `the OS keychain (service "${SERVICE}")`,
    get: (name) => _call(() => entry(name).getPassword()),
    set: (name, value) => _call(() => entry(name).setPassword(value)),
    delete: (name) => _call(() => entry(name).deleteCredential()),
    // not every keychain can enumerate (and listing reads every value): the names index is the list
    names: async () => null,
  };
}

async function _call<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw keychainError(_message(e));
  }
}

function keychainError(message: string): McpctlError {
  if (_isLocked(message)) {
    return new McpctlError('E_KEYCHAIN_LOCKED', `the OS keychain is locked (${message})`, {
      hint:
        process.platform === 'darwin'
          ? 'unlock it ("security unlock-keychain") and run the command again, or use the age file: MCPCTL_SECRET_BACKEND=file'
          : 'unlock your login keyring (log in to the desktop, or pipe its password to "gnome-keyring-daemon --unlock") and run the command again, or use the age file: MCPCTL_SECRET_BACKEND=file',
    });
  }
  return new McpctlError('E_KEYCHAIN', `the OS keychain failed: ${message}`, {
    hint: 'check that your keychain works, or use the age-encrypted file instead: MCPCTL_SECRET_BACKEND=file',
  });
}

function _isLocked(message: string): boolean {
  return /\block(ed)?\b|unlock|prompt was dismissed|interaction (is )?not allowed/i.test(message);
}

function _message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
