// The highest index version verified per catalog name, kept in the user's config folder: an index older
// than this is a rollback and is refused.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';

export function seenPath(env: NodeJS.ProcessEnv, home: string): string {
  const base = env['XDG_CONFIG_HOME'] || join(home, '.config');
  return join(base, 'mcpctl', 'catalog-versions.json');
}

export async function readSeen(path: string): Promise<Record<string, number>> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof data === 'object' && data !== null && 'catalogs' in data && typeof data.catalogs === 'object' && data.catalogs !== null) {
      const out: Record<string, number> = {};
      for (const [k, v] of Object.entries(data.catalogs)) if (typeof v === 'number') out[k] = v;
      return out;
    }
  } catch {
    // none yet
  }
  return {};
}

export async function recordSeen(path: string, catalog: string, version: number): Promise<void> {
  const seen = await readSeen(path);
  if ((seen[catalog] ?? 0) >= version) return;
  seen[catalog] = version;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, `${JSON.stringify({ format_version: 1, catalogs: seen }, null, 2)}\n`, { mode: 0o600 });
}
