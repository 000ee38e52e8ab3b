// Reading a catalog folder: index.json, index.json.sig and every template file, refusing symlinks that
// lead outside the folder (a signed index must not be made to vouch for files elsewhere).
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { McpctlError } from '../../core/errors.js';
import type { CatalogFiles } from '../../core/catalog/verify.js';
import { errno } from '../read.js';

const MAX_FILE = 1024 * 1024;

export async function readLocalCatalog(dir: string): Promise<CatalogFiles> {
  const root = await realpath(dir).catch((e: unknown) => {
    throw new McpctlError('E_CATALOG', `catalog folder ${dir} ${errno(e) === 'ENOENT' ? 'does not exist' : 'cannot be read'}`, { hint: 'check the path under catalogs:' });
  });
  const files = new Map<string, Uint8Array>();
  const listed: string[] = [];
  const walk = async (abs: string): Promise<void> => {
    for (const name of (await readdir(abs)).sort()) {
      const p = join(abs, name);
      const rel = relative(root, p).split(sep).join('/');
      const st = await lstat(p);
      if (st.isSymbolicLink()) {
        const target = await realpath(p).catch(() => null);
        if (target === null || (target !== root && !target.startsWith(root + sep))) {
          throw new McpctlError('E_CATALOG_SYMLINK', `${rel} in catalog ${dir} is a symlink that leads outside the catalog`, { hint: 'a catalog must contain its files: replace the link with the file, then sign again' });
        }
      }
      const real = st.isSymbolicLink() ? await lstat(await realpath(p)) : st;
      if (real.isDirectory()) {
        if (rel !== 'keys') await walk(p);
        continue;
      }
      if (!rel.endsWith('.json') || rel === 'index.json') continue;
      if (real.size > MAX_FILE) throw new McpctlError('E_CATALOG', `${rel} in catalog ${dir} is larger than ${MAX_FILE} bytes`, { hint: 'a template is a small server.json document' });
      listed.push(rel);
      files.set(rel, new Uint8Array(await readFile(p)));
    }
  };
  await walk(root);
  const index = await readFile(join(root, 'index.json')).catch(() => {
    throw new McpctlError('E_CATALOG', `catalog folder ${dir} has no index.json`, { hint: 'create and sign it with "mcpctl catalog sign DIR --key KEY"' });
  });
  const sig = await readFile(join(root, 'index.json.sig')).catch(() => null);
  return { where: dir, index: new Uint8Array(index), signatures: sig ? new Uint8Array(sig) : null, files, listed };
}
