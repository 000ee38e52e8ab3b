// The secret store's shapes. A store holds named string values; names follow SECRET_NAME
// (src/core/refs.ts), e.g. "github/pat".

export type BackendKind = 'keychain' | 'file';

export interface SecretStore {
  readonly backend: BackendKind;
  /** The value, or null when the store has no secret of that name. */
  get(name: string): Promise<string | null>;
  /** Stores (or replaces) a value. */
  set(name: string, value: string): Promise<void>;
  /** True when a secret was deleted, false when there was none. */
  delete(name: string): Promise<boolean>;
  /** Names, sorted. */
  list(): Promise<string[]>;
}

/** One storage backend: raw values only. The opened store adds names, the index, the lock and the audit log. */
export interface Backend {
  readonly kind: BackendKind;
  /** For messages: 'the OS keychain (service "mcpctl")', '/home/me/.config/mcpctl/secrets.age'. */
  readonly location: string;
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<boolean>;
  /** The names the backend holds, or null when it cannot enumerate (then the names index is the list). */
  names(): Promise<string[] | null>;
}

/** A name in the index: where it is stored and when it was set; never the value. */
export interface SecretEntry {
  name: string;
  backend: BackendKind;
  set_at: string | null;
  rotated_at: string | null;
}

export type AuditAction = 'set' | 'rotate' | 'rm' | 'read';
