// How config.toml starts mcpctl's launcher: this node binary and this package's bin script, both absolute,
// so it works under Codex's minimal environment whatever PATH holds. MCPCTL_LAUNCHER overrides it for
// packagers (an absolute path to an mcpctl executable).
import { fileURLToPath } from 'node:url';
import type { Launcher } from '../core/compile/codex.js';

export function launcherFor(env: NodeJS.ProcessEnv): Launcher {
  const override = env['MCPCTL_LAUNCHER'];
  if (override) return { command: override, args: [] };
  return { command: process.execPath, args: [fileURLToPath(new URL('../../bin/mcpctl.cjs', import.meta.url))] };
}
