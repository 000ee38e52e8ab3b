// The template files of a catalog folder being signed: every regular *.json file below it, except
// index.json and the keys/ folder, as sorted '/'-separated relative paths (symlinks are not followed).
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

export async function templateFilePaths(dir: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory() && rel !== 'keys') out.push(...(await templateFilePaths(dir, rel)));
    else if (e.isFile() && e.name.endsWith('.json') && rel !== 'index.json') out.push(rel.split(sep).join('/'));
  }
  return out.sort();
}
