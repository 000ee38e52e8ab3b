// `mcpctl init`: the starter mcp.yaml, written atomically; an existing file is replaced only when forced. With
// clients named (or chosen), it starts with their `targets:`; detectClients says which clients have a file on
// this machine, so the question can offer those first.
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { starterYaml } from '../core/starter.js';
import type { StarterTarget } from '../core/starter.js';
import { TARGET_NAMES } from '../core/targets/names.js';
import type { TargetName } from '../core/targets/names.js';
import { TARGETS } from '../core/targets/registry.js';
import type { Where } from '../core/targets/target.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { pathExists } from '../io/path-exists.js';
import type { Context } from './pipeline.js';

export interface InitClient {
  name: TargetName;
  title: string;
  /** The client's files found on this machine, by scope (in the client's order of scopes). */
  found: Array<{ scope: string; path: string }>;
}

/** Every client, with the files of it that exist (user files, and the project's beside the new mcp.yaml). */
export function detectClients(file: string, ctx: Context): InitClient[] {
  const where: Where = {
    env: ctx.env,
    home: ctx.home,
    cwd: ctx.cwd,
    platform: process.platform,
    specDir: dirname(resolve(ctx.cwd, file)),
    exists: pathExists,
  };
  return TARGET_NAMES.map((name) => {
    const client = TARGETS[name];
    const found = client.scopes
      .map((scope) => ({ scope: String(scope), path: client.file(scope, where) }))
      .filter((f, i, all) => pathExists(f.path) && all.findIndex((g) => g.path === f.path) === i);
    return { name, title: client.title, found };
  });
}

/** --targets a,b (or a=scope): the clients, each checked, at its default scope unless one is named. */
export function parseTargets(list: readonly string[]): StarterTarget[] {
  const out: StarterTarget[] = [];
  for (const item of list
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name = '', scope] = item.split('=');
    const known = (TARGET_NAMES as readonly string[]).includes(name) ? TARGETS[name as TargetName] : undefined;
    if (!known)
      throw new McpctlError('E_USAGE', `--targets ${item}: there is no client "${name}"`, {
        hint: `the clients are ${TARGET_NAMES.join(', ')}`,
      });
    if (scope !== undefined && !known.scopes.some((s) => s === scope))
      throw new McpctlError('E_USAGE', `--targets ${item}: ${known.title} has no scope "${scope}"`, {
        hint: `${known.title}'s scopes are ${known.scopes.join(', ')}`,
      });
    if (out.some((t) => t.name === name)) continue;
    out.push(starterTarget(known.name, scope));
  }
  return out;
}

/** A client at a scope (its default when none is given); Codex's user scope and one-file clients need none. */
export function starterTarget(name: TargetName, scope?: string): StarterTarget {
  const client = TARGETS[name];
  const s = scope ?? client.defaultScope;
  return client.scopes.length > 1 && !(name === 'codex' && s === 'user') ? { name, scope: s } : { name };
}

export async function writeStarter(
  file: string,
  force: boolean,
  targets: readonly StarterTarget[] = [],
): Promise<void> {
  const path = resolve(file);
  if (!force && (await exists(path))) {
    throw new McpctlError('E_USAGE', `${file} already exists`, {
      hint: 'edit it, or pass --force to replace it with the starter',
    });
  }
  await writeFileAtomic(path, starterYaml(targets), { mode: 0o644 });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
