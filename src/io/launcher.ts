// How config.toml starts mcpctl's launcher: a node binary and mcpctl's bin script, both absolute, so it works
// under Codex's minimal environment whatever PATH holds. Both must outlive this run: a package run by npx
// lives in a cache that is cleaned, so the script is then a copy in the user's data folder
// (stable-launcher.ts); a node of a version manager (nvm, fnm, volta, asdf, mise) goes away with its version,
// so its stable shim or a system node is preferred, and a warning names the path when there is none.
// MCPCTL_LAUNCHER overrides it all for packagers (an absolute path to an mcpctl executable).
import { accessSync, constants, existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Launcher } from '../core/compile/codex.js';
import type { Entry, Value } from '../core/value.js';
import { toolVersion } from './version.js';
import { storeFlags } from './secrets/pin.js';
import { stableCopy, temporaryPlace } from './stable-launcher.js';
import type { StableCopy } from './stable-launcher.js';

export interface LauncherPlan extends Launcher {
  /** The copy apply must install before it writes lines that point to it. */
  install: StableCopy | null;
  /** Why a written line may stop working (a node that belongs to a version manager, …). */
  warnings: string[];
}

const NODE_MIN: readonly [number, number] = [20, 19];

export function launcherFor(env: NodeJS.ProcessEnv, home: string, execPath: string = process.execPath): LauncherPlan {
  const store = storeFlags(env, home);
  const override = env['MCPCTL_LAUNCHER'];
  if (override) return { command: override, args: [], store, install: null, warnings: [] };
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const temporary = temporaryPlace(root, env);
  const install = temporary ? stableCopy(root, env, home, toolVersion()) : null;
  const node = stableNode(execPath, env, home);
  return {
    command: node.path,
    args: [install ? install.script : join(root, 'bin', 'mcpctl.cjs')],
    store,
    install,
    warnings: node.warning ? [node.warning] : [],
  };
}

/**
 * The tables as they can run now: until apply has installed the launcher copy its lines point to, they start
 * the same bundle from this package (what plan's helper check and mcpctl test run).
 */
export function runnableNow<T extends Entry>(entries: Map<string, T>, plan: LauncherPlan): Map<string, T>;
export function runnableNow(entries: Map<string, Entry>, plan: LauncherPlan): Map<string, Entry> {
  const install = plan.install;
  if (!install || existsSync(install.script)) return entries;
  const swap = (v: Value): Value =>
    typeof v === 'string' ? v.split(install.script).join(install.source) : Array.isArray(v) ? v.map(swap) : v;
  const out = new Map<string, Entry>();
  for (const [name, t] of entries) {
    const copy: Entry = { ...t };
    for (const key of ['command', 'args', 'http_headers_helper', 'headersHelper'])
      if (copy[key] !== undefined) copy[key] = swap(copy[key]);
    out.set(name, copy);
  }
  return out;
}

/** Version managers and the folder of theirs that holds one node version each. */
const MANAGERS: Array<{ name: string; pattern: RegExp; shims: (env: NodeJS.ProcessEnv, home: string) => string[] }> = [
  {
    name: 'volta',
    pattern: /[\\/]\.?volta[\\/]tools[\\/]image[\\/]node[\\/]/,
    shims: (env, home) => [join(env['VOLTA_HOME'] || join(home, '.volta'), 'bin', 'node')],
  },
  {
    name: 'fnm',
    pattern: /[\\/]fnm[\\/]node-versions[\\/]|[\\/]fnm_multishells[\\/]/,
    shims: (env, home) => [
      join(env['FNM_DIR'] || join(home, '.local', 'share', 'fnm'), 'aliases', 'default', 'bin', 'node'),
      join(home, '.fnm', 'aliases', 'default', 'bin', 'node'),
    ],
  },
  { name: 'nvm', pattern: /[\\/]\.?nvm[\\/]versions[\\/]node[\\/]/, shims: () => [] },
  {
    name: 'asdf',
    pattern: /[\\/]\.asdf[\\/]installs[\\/]nodejs[\\/]/,
    shims: (env, home) => [join(env['ASDF_DATA_DIR'] || join(home, '.asdf'), 'shims', 'node')],
  },
  {
    name: 'mise',
    pattern: /[\\/]mise[\\/]installs[\\/]node[\\/]/,
    shims: (env, home) => [join(env['MISE_DATA_DIR'] || join(home, '.local', 'share', 'mise'), 'shims', 'node')],
  },
];

const SYSTEM_NODES = ['/usr/local/bin/node', '/usr/bin/node', '/opt/homebrew/bin/node'];

/**
 * This node, unless it belongs to a version manager: then the manager's stable shim or a system node that is
 * recent enough, else this node with a warning that names it.
 */
export function stableNode(
  execPath: string,
  env: NodeJS.ProcessEnv,
  home: string,
  system: readonly string[] = SYSTEM_NODES,
): { path: string; warning: string | null } {
  const manager = MANAGERS.find((m) => m.pattern.test(execPath));
  if (!manager) return { path: execPath, warning: null };
  for (const candidate of [...manager.shims(env, home), ...system]) {
    if (candidate !== execPath && runnable(candidate) && recentEnough(candidate))
      return { path: candidate, warning: null };
  }
  return {
    path: execPath,
    warning: `config.toml starts mcpctl's launcher with ${execPath}, a node version installed by ${manager.name}: it stops working when that version is removed. Install node ${NODE_MIN.join('.')}+ system-wide (e.g. /usr/bin/node) and apply again, or set MCPCTL_LAUNCHER to an mcpctl on a stable path`,
  };
}

function runnable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    realpathSync(path);
    return true;
  } catch {
    return false;
  }
}

function recentEnough(node: string): boolean {
  // node:child_process (and the socket modules it loads) only for this rare question, not on every plan's start
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const r = spawnSync(node, ['--version'], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  const m = /^v(\d+)\.(\d+)\./.exec(r.stdout ?? '');
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1]);
}
