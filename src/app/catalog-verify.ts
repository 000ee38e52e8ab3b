// catalog verify: one catalog given by folder or URL (checked against the given keys, or the release key
// for the built-in folder), or else every catalog of mcp.yaml; each verified and its version recorded.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePublicKey } from '../core/catalog/keys.js';
import type { PublicKey } from '../core/catalog/keys.js';
import { verifyCatalog } from '../core/catalog/verify.js';
import { readLocalCatalog } from '../io/catalog/local.js';
import { fetchCatalog } from '../io/catalog/remote.js';
import { readSeen, recordSeen, seenPath } from '../io/catalog/seen.js';
import { projectCatalogs } from './catalog-browse.js';
import { BUILTIN_DIR, builtinKeys } from './catalogs.js';
import type { Context } from './pipeline.js';

export interface VerifyRequest {
  /** A catalog folder or an http(s) URL; without it, the catalogs of `file`. */
  source?: string | undefined;
  /** Public key files to check the source against. */
  keys: string[];
  threshold: number;
  allowHttp: boolean;
  file?: string | undefined;
}

export interface Verified {
  where: string;
  catalog: string;
  version: number;
  templates: number;
  signed_by: string[];
  warnings: string[];
}

export async function verifyCatalogs(req: VerifyRequest, ctx: Context): Promise<Verified[]> {
  if (!req.source)
    return (await projectCatalogs(req.file, ctx)).map((c) => ({
      where: c.label,
      catalog: c.index.catalog,
      version: c.index.version,
      templates: c.templates.length,
      signed_by: c.signedBy,
      warnings: c.warnings,
    }));
  const source = req.source;
  const keys = await Promise.all(
    req.keys.map(async (k) => parsePublicKey(await readFile(resolve(ctx.cwd, k), 'utf8'), k)),
  );
  const isUrl = /^https?:\/\//.test(source);
  const files = isUrl ? await fetchCatalog(source, req.allowHttp) : await readLocalCatalog(resolve(ctx.cwd, source));
  // the same rollback record as add and plan: a replayed older index signed by the same key is refused
  const seenFile = seenPath(ctx.env, ctx.home);
  const v = verifyCatalog(files, {
    keys: keys.length ? keys : await defaultKeys(isUrl, source, ctx),
    threshold: req.threshold,
    allowUnsigned: false,
    seen: await readSeen(seenFile),
    now: new Date(),
  });
  await recordSeen(seenFile, v.rollbackKeys, v.index.version);
  return [
    {
      where: source,
      catalog: v.index.catalog,
      version: v.index.version,
      templates: v.index.templates.length,
      signed_by: v.signedBy,
      warnings: v.warnings,
    },
  ];
}

/** Without --key: the release key for the built-in folder, none otherwise. */
async function defaultKeys(isUrl: boolean, source: string, ctx: Context): Promise<PublicKey[]> {
  return !isUrl && resolve(ctx.cwd, source) === resolve(BUILTIN_DIR) ? builtinKeys() : [];
}
