// The store that commands and the launcher use: one backend plus what every write needs — a valid name,
// the lock, the names index and the audit log. Values never leave this object except through get().
import { SECRET_NAME } from '../../core/refs.js';
import { McpctlError } from '../../core/errors.js';
import { acquireLock } from '../lock.js';
import type { Lock } from '../lock.js';
import { appendAudit } from './audit.js';
import { compareEntries, indexEntries, readIndex, writeIndex } from './names-index.js';
import type { EntryTimes } from './names-index.js';
import type { SecretPaths } from './paths.js';
import type { AuditAction, Backend, BackendKind, SecretEntry, SecretStore } from './types.js';

const LOCK_WAIT_MS = 5000;
const MAX_VALUE_BYTES = 64 * 1024;

export class ManagedSecretStore implements SecretStore {
  readonly backend: BackendKind;

  constructor(
    private readonly impl: Backend,
    readonly paths: SecretPaths,
    /** Why this backend: "MCPCTL_SECRET_BACKEND=file", "the OS keychain answered", ... */
    readonly reason: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.backend = impl.kind;
  }

  /** 'the OS keychain (service "mcpctl")' or 'the age file /home/me/.config/mcpctl/secrets.age'. */
  get location(): string {
    return this.impl.kind === 'file' ? `the age file ${this.impl.location}` : this.impl.location;
  }

  async get(name: string): Promise<string | null> {
    assertSecretName(name);
    return this.impl.get(name);
  }

  async set(name: string, value: string, by = 'mcpctl'): Promise<void> {
    assertSecretName(name);
    assertSecretValue(value);
    await this._locked(`mcpctl secret set ${name}`, async () => {
      await this.impl.set(name, value);
      await this._index(name, { set_at: this._time(), rotated_at: null });
      await this._audit('set', name, by);
    });
  }

  /** Replaces the value of an existing secret (E_SECRET_MISSING when there is none). */
  async rotate(name: string, value: string, by = 'mcpctl'): Promise<void> {
    assertSecretName(name);
    assertSecretValue(value);
    await this._locked(`mcpctl secret rotate ${name}`, async () => {
      const old = await this.impl.get(name);
      if (old === null) throw await this.missingError([name], 'rotate');
      if (old === value) {
        throw new McpctlError(
          'E_INPUT',
          `the new value of "${name}" is the same as the current one; nothing was changed`,
          {
            hint: 'rotating means a new credential: create one at the provider first, then revoke the old one after rotating',
          },
        );
      }
      await this.impl.set(name, value);
      const before = (await readIndex(this.paths.index))[this.backend][name];
      await this._index(name, { set_at: before?.set_at ?? null, rotated_at: this._time() });
      await this._audit('rotate', name, by);
    });
  }

  async delete(name: string, by = 'mcpctl'): Promise<boolean> {
    assertSecretName(name);
    return this._locked(`mcpctl secret rm ${name}`, async () => {
      const deleted = await this.impl.delete(name);
      const index = await readIndex(this.paths.index);
      if (index[this.backend][name]) {
        delete index[this.backend][name];
        await writeIndex(this.paths.index, index);
      }
      if (deleted) await this._audit('rm', name, by);
      return deleted;
    });
  }

  /** Names held by this store's backend, sorted. */
  async list(): Promise<string[]> {
    const held = await this.impl.names();
    if (held) return held;
    return indexEntries(await readIndex(this.paths.index), this.backend).map((e) => e.name);
  }

  /** Every name with its backend and times: this backend's names, plus names the index has in the other one. */
  async entries(): Promise<SecretEntry[]> {
    const index = await readIndex(this.paths.index);
    const held = await this.impl.names();
    const out = indexEntries(index).filter((e) => e.backend !== this.backend || held === null || held.includes(e.name));
    for (const name of held ?? []) {
      if (!out.some((e) => e.name === name && e.backend === this.backend))
        out.push({ name, backend: this.backend, set_at: null, rotated_at: null });
    }
    return out.sort(compareEntries);
  }

  /** E_SECRET_MISSING for these names, pointing to the other backend when the index has a name there. */
  async missingError(names: string[], command: MissingFor = 'set'): Promise<McpctlError> {
    const index = await readIndex(this.paths.index).catch(() => null);
    const other = this.backend === 'keychain' ? 'file' : 'keychain';
    const elsewhere = names.filter((n) => index?.[other][n] !== undefined);
    return missingSecretError(names, this.location, elsewhere, other, command);
  }

  private async _locked<T>(command: string, fn: () => Promise<T>): Promise<T> {
    const lock = await lockStore(this.paths, command);
    try {
      return await fn();
    } finally {
      await lock.release();
    }
  }

  private async _index(name: string, times: EntryTimes): Promise<void> {
    const index = await readIndex(this.paths.index);
    index[this.backend][name] = times;
    await writeIndex(this.paths.index, index);
  }

  private async _audit(action: AuditAction, name: string, by: string): Promise<void> {
    await appendAudit(this.paths.audit, { time: this._time(), action, name, by });
  }

  private _time(): string {
    return this.now().toISOString();
  }
}

export type MissingFor = 'set' | 'rotate' | 'rm';

export function missingSecretError(
  names: string[],
  location: string,
  elsewhere: string[] = [],
  other: BackendKind = 'file',
  command: MissingFor = 'set',
): McpctlError {
  const list = names.map((n) => `"${n}"`).join(', ');
  const message =
    names.length === 1
      ? `no secret ${list} in ${location}`
      : `${names.length} secrets are missing from ${location}: ${list}`;
  const setIt =
    command === 'rm'
      ? 'nothing was removed; "mcpctl secret list" shows the names there are'
      : command === 'rotate'
        ? `there is nothing to rotate: set it first with "mcpctl secret set ${names[0] ?? 'NAME'}"`
        : `set ${names.length === 1 ? 'it' : 'each'} with "mcpctl secret set ${names.length === 1 ? names[0] : 'NAME'}" (the value on standard input, or typed at the prompt)`;
  const hint = elsewhere.length
    ? `${elsewhere.map((n) => `"${n}"`).join(', ')} ${elsewhere.length === 1 ? 'is' : 'are'} in the ${other === 'file' ? 'age file' : 'OS keychain'} instead: run with MCPCTL_SECRET_BACKEND=${other}, or store ${elsewhere.length === 1 ? 'it' : 'them'} here with "mcpctl secret set NAME"`
    : setIt;
  return new McpctlError('E_SECRET_MISSING', message, { hint });
}

export function assertSecretName(name: string): void {
  if (SECRET_NAME.test(name)) return;
  throw new McpctlError(
    'E_INPUT',
    `"${name.length > 80 ? `${name.slice(0, 80)}…` : name}" is not a valid secret name`,
    {
      hint: 'a name is letters, digits, "_", "." and "-", in up to 9 parts joined by "/", e.g. github/pat',
    },
  );
}

function assertSecretValue(value: string): void {
  if (value === '')
    throw new McpctlError('E_INPUT', 'the secret value is empty; nothing was stored', {
      hint: 'pipe the value in: printf %s "$TOKEN" | mcpctl secret set NAME',
    });
  if (value.includes('\0'))
    throw new McpctlError(
      'E_INPUT',
      'the secret value contains a NUL byte, which no environment variable can carry; nothing was stored',
      { hint: 'check what was piped in' },
    );
  if (Buffer.byteLength(value) > MAX_VALUE_BYTES)
    throw new McpctlError('E_INPUT', `the secret value is longer than ${MAX_VALUE_BYTES} bytes; nothing was stored`, {
      hint: 'check what was piped in',
    });
}

/** The store's lock, waiting a few seconds for another mcpctl that holds it. */
async function lockStore(paths: SecretPaths, command: string): Promise<Lock> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return await acquireLock(paths.lock, command);
    } catch (e) {
      if (!(e instanceof McpctlError) || e.code !== 'E_LOCKED') throw e;
      if (Date.now() >= deadline) {
        throw new McpctlError('E_LOCKED', `the secret store is in use: ${e.message.replace(/^the target is /, '')}`, {
          hint: e.hint ?? 'run the command again',
        });
      }
      await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 50)));
    }
  }
}
