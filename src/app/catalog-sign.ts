// catalog keygen and catalog sign: a publisher's key pair, and a catalog folder's index built from its
// template files, numbered one past the previous index and signed with the given secret keys.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import nacl from 'tweetnacl';
import { indexText, parseIndex, signaturesText } from '../core/catalog/index-file.js';
import { parseSecretKey, publicKeyFile, secretKeyFile } from '../core/catalog/keys.js';
import { parseServerJson } from '../core/catalog/server-json.js';
import { buildIndex, signIndex } from '../core/catalog/sign.js';
import type { TemplateFile } from '../core/catalog/sign.js';
import { McpctlError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { templateFilePaths } from '../io/catalog/template-files.js';
import type { Context } from './pipeline.js';

/** Writes a new key pair: the secret key at `out` (0600) and the public key at `out`.pub; returns `out`, absolute. */
export async function generateKeyPair(
  req: { out?: string | undefined; force: boolean },
  ctx: Context,
): Promise<string> {
  const out = resolve(ctx.cwd, req.out ?? 'catalog.key');
  if (!req.force && (existsSync(out) || existsSync(`${out}.pub`)))
    throw new McpctlError('E_CONFLICT', `${out} already exists`, {
      hint: 'choose another --out, or --force to replace it (a replaced key cannot sign for catalogs that trust the old one)',
    });
  const pair = nacl.sign.keyPair();
  await writeFileAtomic(out, secretKeyFile(pair.secretKey), { mode: 0o600 });
  await writeFileAtomic(`${out}.pub`, publicKeyFile(pair.publicKey), { mode: 0o644 });
  return out;
}

export interface SignRequest {
  /** The catalog folder; default the working folder. */
  dir?: string | undefined;
  /** Secret key files. */
  keys: string[];
  /** The catalog's name; default the previous index's, else the folder's name. */
  name?: string | undefined;
  expiresDays: number;
  now?: Date;
}

export interface Signed {
  name: string;
  version: number;
  templates: number;
  expires: string;
  keyids: string[];
}

/** Rewrites index.json and index.json.sig of a catalog folder (each atomically). */
export async function signCatalog(req: SignRequest, ctx: Context): Promise<Signed> {
  const dir = resolve(ctx.cwd, req.dir ?? '.');
  const keys = await Promise.all(
    req.keys.map(async (k) =>
      parseSecretKey(
        await readFile(resolve(ctx.cwd, k), 'utf8').catch(() => {
          throw new McpctlError('E_INPUT', `cannot read the key ${k}`, {
            hint: 'create one with "mcpctl catalog keygen --out KEY"',
          });
        }),
        k,
      ),
    ),
  );
  const previous = await readFile(join(dir, 'index.json')).then(
    (b) => parseIndex(new Uint8Array(b), `${dir}/index.json`),
    () => null,
  );
  const files: TemplateFile[] = [];
  for (const path of await templateFilePaths(dir)) {
    const bytes = new Uint8Array(await readFile(join(dir, path)));
    const doc = parseServerJson(bytes, path);
    files.push({ path, bytes, id: doc.meta.id, version: doc.version });
  }
  const name = req.name ?? previous?.catalog ?? basename(dir);
  const now = req.now ?? new Date();
  const expires = new Date(now.getTime() + req.expiresDays * 86_400_000);
  const index = buildIndex(name, (previous?.version ?? 0) + 1, expires, files);
  const bytes = new TextEncoder().encode(indexText(index));
  await writeFileAtomic(join(dir, 'index.json'), bytes, { mode: 0o644 });
  await writeFileAtomic(
    join(dir, 'index.json.sig'),
    signaturesText(
      signIndex(
        bytes,
        keys.map((k) => k.secret),
      ),
    ),
    { mode: 0o644 },
  );
  return {
    name,
    version: index.version,
    templates: files.length,
    expires: index.expires,
    keyids: keys.map((k) => k.keyid),
  };
}
