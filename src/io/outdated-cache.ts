// What the last `mcpctl outdated` found, kept for `mcpctl status`, which never reaches the network: per
// mcp.yaml (by its absolute path) and server, the pin it looked at, the newest release and when it looked.
// In the user's cache folder ($XDG_CACHE_HOME/mcpctl, else ~/.cache/mcpctl); a write that fails is skipped.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export interface Seen {
  pinned: string;
  newest: string;
  checked_at: string;
}

type Cache = Record<string, Record<string, Seen>>;

function cachePath(env: NodeJS.ProcessEnv, home: string): string {
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'mcpctl', 'outdated.json');
}

async function read(path: string): Promise<Cache> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Cache) : {};
  } catch {
    return {};
  }
}

export async function seenFor(spec: string, env: NodeJS.ProcessEnv, home: string): Promise<Record<string, Seen>> {
  const entry = (await read(cachePath(env, home)))[spec];
  return typeof entry === 'object' && entry !== null ? entry : {};
}

export async function rememberSeen(
  spec: string,
  seen: Record<string, Seen>,
  env: NodeJS.ProcessEnv,
  home: string,
): Promise<void> {
  const path = cachePath(env, home);
  try {
    const all = await read(path);
    all[spec] = { ...all[spec], ...seen };
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, `${JSON.stringify(all)}\n`, { mode: 0o600 });
  } catch {
    // a cache that cannot be written costs only the note in status
  }
}
