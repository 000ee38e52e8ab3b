// Where config.toml's launcher lines point when mcpctl runs from a place that goes away: npx's cache
// (…/_npx/<hash>/node_modules/mcpctl), pnpm dlx / yarn dlx / bunx folders, or a temporary folder. apply then
// installs a copy of the launcher (dist/cli/launcher.cjs: exec and headers, self-sufficient but for the
// keychain addon, copied beside it) in the user's data folder, one folder per version and content, and the
// lines point there. Copies are never removed by mcpctl: a config applied long ago may still point to one.
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { sha256Hex } from '../core/sha256.js';
import { errno } from './read.js';

/** The data folder: $XDG_DATA_HOME/mcpctl, else the platform's (~/.local/share, ~/Library/Application Support, %LOCALAPPDATA%). */
function dataDir(env: NodeJS.ProcessEnv, home: string, platform: NodeJS.Platform = process.platform): string {
  const xdg = env['XDG_DATA_HOME'];
  if (xdg && isAbsolute(xdg)) return join(xdg, 'mcpctl');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'mcpctl');
  if (platform === 'win32') return join(env['LOCALAPPDATA'] || join(home, 'AppData', 'Local'), 'mcpctl');
  return join(home, '.local', 'share', 'mcpctl');
}

/** Why `path` (the running package) is no place for config.toml to point to, or null when it is one. */
export function temporaryPlace(path: string, env: NodeJS.ProcessEnv): string | null {
  const parts = path.split(/[\\/]+/);
  if (parts.includes('_npx')) return "npx's cache";
  if (parts.some((p) => /^dlx-/.test(p)) || parts.includes('dlx')) return "a package runner's folder (dlx)";
  if (parts.some((p) => /^bunx-/.test(p))) return "bunx's cache";
  // an installed package under the temp folder (npm i --prefix /tmp/…); a source checkout there (a CI clone,
  // a developer's scratch copy) is where its user runs it from, and is left as it is
  if (!parts.includes('node_modules')) return null;
  const tmp = [tmpdir(), env['TMPDIR']].filter((t): t is string => !!t);
  if (tmp.some((t) => path === t || path.startsWith(t.endsWith(sep) ? t : `${t}${sep}`))) return 'a temporary folder';
  return null;
}

export interface StableCopy {
  /** The launcher script config.toml starts. */
  script: string;
  /** The bundle it is copied from. */
  source: string;
}

/** Where the copy of this package's launcher bundle lives (it may not exist yet: install() makes it). */
export function stableCopy(packageRoot: string, env: NodeJS.ProcessEnv, home: string, version: string): StableCopy {
  const source = join(packageRoot, 'dist', 'cli', 'launcher.cjs');
  let tag: string;
  try {
    tag = sha256Hex(readFileSync(source)).slice(0, 12);
  } catch {
    tag = 'missing';
  }
  return { source, script: join(dataDir(env, home), 'launcher', `${version}-${tag}`, 'mcpctl.cjs') };
}

/**
 * Makes sure the copy exists and is complete: the bundle and the keychain addon beside it (node_modules/
 * @napi-rs/keyring*). Written into a temporary folder first and renamed, so a launcher never sees half a copy.
 */
export async function installStableCopy(copy: StableCopy): Promise<boolean> {
  const dir = dirname(copy.script);
  if (await exists(copy.script)) return false;
  const staging = `${dir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await fsp.mkdir(staging, { recursive: true, mode: 0o700 });
    await fsp.cp(copy.source, join(staging, 'mcpctl.cjs'));
    const addon = keyringFolder(copy.source);
    if (addon) {
      const target = join(staging, 'node_modules', '@napi-rs');
      await fsp.mkdir(target, { recursive: true });
      for (const name of await fsp.readdir(addon.scope)) {
        if (name === 'keyring' || name.startsWith('keyring-'))
          await fsp.cp(join(addon.scope, name), join(target, name), { recursive: true, dereference: true });
      }
    }
    try {
      await fsp.rename(staging, dir);
    } catch (e) {
      // another apply installed the same copy meanwhile: theirs is as good
      if (!(await exists(copy.script))) throw e;
    }
    return true;
  } catch (e) {
    throw new McpctlError('E_IO', `cannot install mcpctl's launcher in ${dir} (${errno(e) ?? String(e)})`, {
      hint: 'check the permissions of the data folder (XDG_DATA_HOME), or install mcpctl (npm i -g mcpctl) and apply with that one',
    });
  } finally {
    await fsp.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The @napi-rs folder that holds the keychain addon the running package uses. */
function keyringFolder(from: string): { scope: string } | null {
  try {
    const pkg = process.getBuiltinModule('node:module').createRequire(from).resolve('@napi-rs/keyring/package.json');
    return { scope: dirname(dirname(pkg)) };
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await fsp.stat(path)).isFile() && (await fsp.readFile(path)).length > 0;
  } catch {
    return false;
  }
}
