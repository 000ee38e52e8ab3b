// The secret store apply used, carried on the command lines config.toml holds (`mcpctl exec …` and the
// http_headers_helper `mcpctl headers …`). Codex runs the helper with only HOME, TERM, PATH, LANG, SHELL and
// PWD (no XDG_*, no DBUS_SESSION_BUS_ADDRESS, no MCPCTL_*, and env_vars do not apply to it), so whatever
// moved the store away from its defaults must travel on the line itself. Only what differs from the defaults
// is written, so a line stays the same on every machine with the usual set-up.
import { isAbsolute, join } from 'node:path';
import { secretPaths } from './paths.js';

/** Each flag and the variable it stands for. */
const STORE_FLAGS = {
  '--config-dir': 'XDG_CONFIG_HOME',
  '--secrets-file': 'MCPCTL_SECRETS_FILE',
  '--identity': 'MCPCTL_AGE_IDENTITY',
  '--backend': 'MCPCTL_SECRET_BACKEND',
  '--bus': 'DBUS_SESSION_BUS_ADDRESS',
} as const;

export type StoreFlag = keyof typeof STORE_FLAGS;

export function isStoreFlag(flag: string): flag is StoreFlag {
  return Object.hasOwn(STORE_FLAGS, flag);
}

/** The user's own session bus, where the keychain library looks when DBUS_SESSION_BUS_ADDRESS is unset. */
export function defaultBus(uid: number | undefined = process.getuid?.()): string {
  return `unix:path=/run/user/${uid ?? 0}/bus`;
}

/** The flags that make `exec`/`headers` open the store `env` opens, whatever environment they start with. */
export function storeFlags(
  env: NodeJS.ProcessEnv,
  home: string,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const out: string[] = [];
  const paths = secretPaths(env, home);
  const configHome = join(paths.dir, '..');
  if (configHome !== join(home, '.config')) out.push('--config-dir', configHome);
  if (env['MCPCTL_SECRETS_FILE']) out.push('--secrets-file', paths.file);
  if (env['MCPCTL_AGE_IDENTITY']) out.push('--identity', paths.identity);
  const backend = env['MCPCTL_SECRET_BACKEND'];
  if (backend) out.push('--backend', backend);
  // the keychain's session bus: only when it is not the one the library finds by itself (a bus started by
  // dbus-launch or dbus-run-session lives at a per-session address, which the helper cannot guess)
  // (the library's own order: DBUS_SESSION_BUS_ADDRESS, then $XDG_RUNTIME_DIR/bus, then /run/user/UID/bus)
  const runtime = env['XDG_RUNTIME_DIR'];
  const bus =
    env['DBUS_SESSION_BUS_ADDRESS'] ||
    (runtime && isAbsolute(runtime) ? `unix:path=${join(runtime, 'bus')}` : defaultBus());
  if (platform === 'linux' && backend !== 'file' && bus !== defaultBus()) out.push('--bus', bus);
  return out;
}

/**
 * The environment to open the store with: the pinned flags set their variables; a pinned bus is only a
 * fallback, for the environment's own bus is the current session's.
 */
export function pinnedStoreEnv(pins: ReadonlyMap<StoreFlag, string>, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const [flag, value] of pins) {
    const name = STORE_FLAGS[flag];
    if (flag === '--bus' && out[name]) continue;
    out[name] = value;
  }
  return out;
}
