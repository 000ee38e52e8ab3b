// Where the secret store keeps its files: the user's config folder ($XDG_CONFIG_HOME/mcpctl, else
// ~/.config/mcpctl). The age file and its identity can be moved with MCPCTL_SECRETS_FILE and
// MCPCTL_AGE_IDENTITY; the names index, the audit log and the lock always sit in the config folder.
import { isAbsolute, join, resolve } from 'node:path';

export interface SecretPaths {
  /** The config folder (created 0700 on first write). */
  dir: string;
  /** The age-encrypted store of the file backend. */
  file: string;
  /** The X25519 age identity the file is encrypted to. */
  identity: string;
  /** Names, backends and times; never values. */
  index: string;
  /** Append-only JSONL of set, rotate, rm and read. */
  audit: string;
  lock: string;
}

export function secretPaths(env: NodeJS.ProcessEnv, home: string): SecretPaths {
  const xdg = env['XDG_CONFIG_HOME'];
  // the XDG spec: a relative XDG_CONFIG_HOME is invalid and is ignored
  const dir = join(xdg && isAbsolute(xdg) ? xdg : join(home, '.config'), 'mcpctl');
  return {
    dir,
    file: _override(env['MCPCTL_SECRETS_FILE'], home) ?? join(dir, 'secrets.age'),
    identity: _override(env['MCPCTL_AGE_IDENTITY'], home) ?? join(dir, 'identity.txt'),
    index: join(dir, 'secrets-index.json'),
    audit: join(dir, 'audit.log'),
    lock: join(dir, 'secrets.lock'),
  };
}

function _override(value: string | undefined, home: string): string | undefined {
  if (!value) return undefined;
  if (value === '~' || value.startsWith('~/')) return join(home, value.slice(1));
  return resolve(value);
}
