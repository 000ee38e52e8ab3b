// catalog import: a server.json document written as a template of a catalog folder, atomically.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { templateText } from '../core/catalog/import-template.js';
import { parseServerJson } from '../core/catalog/server-json.js';
import { McpctlError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { Context } from './pipeline.js';

export interface ImportRequest {
  /** The server.json document (relative to the working folder). */
  serverJson: string;
  /** The template id; default the document's own. */
  id?: string | undefined;
  /** The catalog folder; default "catalog". */
  out?: string | undefined;
}

export interface Imported {
  id: string;
  version: string;
  /** Absolute paths of the template written and of its catalog folder. */
  target: string;
  outDir: string;
}

export async function importServerJson(req: ImportRequest, ctx: Context): Promise<Imported> {
  const src = resolve(ctx.cwd, req.serverJson);
  const text = await readFile(src, 'utf8').catch(() => {
    throw new McpctlError('E_NOT_FOUND', `cannot read ${src}`, { hint: 'give the path of a server.json document' });
  });
  const doc = parseServerJson(text, src);
  const id = req.id ?? doc.meta.id;
  const body = templateText(doc, id);
  const outDir = resolve(ctx.cwd, req.out ?? 'catalog');
  const target = join(outDir, 'templates', `${id}.json`);
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, body, { mode: 0o644 });
  return { id, version: doc.version, target, outDir };
}
