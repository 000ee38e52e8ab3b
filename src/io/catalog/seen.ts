// The highest index version verified per signing key and catalog name (see rollbackKey), kept in the user's
// config folder: an index older than this, signed by the same key, is a rollback and is refused.
// Format 1 keyed versions by the name inside the index alone, and recorded unsigned catalogs too, so any
// mcp.yaml could poison it; its entries are not trusted and are dropped at the next write.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

export function seenPath(env: NodeJS.ProcessEnv, home: string): string {
  const base = env['XDG_CONFIG_HOME'] || join(home, '.config');
  return join(base, 'mcpctl', 'catalog-versions.json');
}

export async function readSeen(path: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof data === 'object' && data !== null && 'format_version' in data && data.format_version === 2 && 'signed' in data && typeof data.signed === 'object' && data.signed !== null) {
      for (const [k, v] of Object.entries(data.signed)) if (typeof v === 'number' && Number.isInteger(v)) out[k] = v;
    }
  } catch {
    // none yet (or unreadable: then there is nothing trustworthy to compare with)
  }
  return out;
}

/** Raises the recorded version for each key (never lowers it); writes nothing when nothing grows. */
export async function recordSeen(path: string, keys: string[], version: number): Promise<void> {
  if (!keys.length) return;
  const seen = await readSeen(path);
  const grows = keys.filter((k) => (seen[k] ?? 0) < version);
  if (!grows.length) return;
  for (const k of grows) seen[k] = version;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify({ format_version: 2, signed: seen }, null, 2)}\n`, { mode: 0o600 });
}
