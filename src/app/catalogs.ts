// Catalogs as the commands use them: load each declared catalog (builtin, a folder, a URL), verify it
// against its trusted keys, remember its version, and resolve `template:` servers from them.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogIndex } from '../core/catalog/index-file.js';
import { parsePublicKey } from '../core/catalog/keys.js';
import type { PublicKey } from '../core/catalog/keys.js';
import { compareVersions, parseTemplateRef, resolveTemplate } from '../core/catalog/resolve-template.js';
import { parseServerJson } from '../core/catalog/server-json.js';
import type { ServerJson } from '../core/catalog/server-json.js';
import { verifyCatalog } from '../core/catalog/verify.js';
import type { CatalogFiles } from '../core/catalog/verify.js';
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import type { CatalogSource, McpFile, Server } from '../core/generated/mcp-types.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import { nearest } from '../core/suggest.js';
import { readLocalCatalog } from '../io/catalog/local.js';
import { assertInside } from '../io/confine.js';
import { cacheDirFor, DEFAULT_LIMITS, FetchError, fetchCatalog, readCache, writeCache } from '../io/catalog/remote.js';
import { readSeen, recordSeen, seenPath } from '../io/catalog/seen.js';
import type { Context, LoadedSpec } from './pipeline.js';

export const BUILTIN_DIR = fileURLToPath(new URL('../../catalog/', import.meta.url));
const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface Template {
  id: string;
  version: string;
  doc: ServerJson;
}

export interface LoadedCatalog {
  label: string;
  index: CatalogIndex;
  templates: Template[];
  warnings: string[];
  /** Key ids of the trusted keys whose signatures verified (empty for an unsigned catalog allowed as such). */
  signedBy: string[];
}

export async function builtinKeys(): Promise<PublicKey[]> {
  const text = await readFile(join(BUILTIN_DIR, 'keys', 'release.pub'), 'utf8');
  return [parsePublicKey(text, 'catalog/keys/release.pub')];
}

async function trustKeys(files: string[] | undefined, baseDir: string): Promise<PublicKey[]> {
  const out: PublicKey[] = [];
  for (const f of files ?? []) {
    const path = resolve(baseDir, f);
    const text = await readFile(path, 'utf8').catch(() => {
      throw new McpctlError('E_TRUST', `cannot read the trusted key ${f}`, {
        hint: 'check the path under trust: (relative to mcp.yaml)',
      });
    });
    out.push(parsePublicKey(text, f));
  }
  return out;
}

function templatesOf(
  files: CatalogFiles,
  verified: { index: CatalogIndex; templates: Map<string, Uint8Array> },
): Template[] {
  return verified.index.templates.map((e) => {
    const doc = parseServerJson(verified.templates.get(e.path) ?? new Uint8Array(), `${files.where}/${e.path}`);
    return { id: e.id, version: e.version, doc };
  });
}

export interface CatalogOptions {
  /** Fetch remote catalogs even when a recent verified copy is cached. */
  refresh?: boolean;
  now?: Date;
}

export async function loadCatalog(
  source: CatalogSource,
  baseDir: string,
  ctx: Context,
  opts: CatalogOptions = {},
): Promise<LoadedCatalog> {
  const now = opts.now ?? new Date();
  const seenFile = seenPath(ctx.env, ctx.home);
  const seen = await readSeen(seenFile);
  const check = async (
    files: CatalogFiles,
    keys: PublicKey[],
    threshold: number,
    allowUnsigned: boolean,
    label: string,
  ) => {
    const verified = verifyCatalog(files, { keys, threshold, allowUnsigned, seen, now });
    await recordSeen(seenFile, verified.rollbackKeys, verified.index.version);
    return {
      label,
      index: verified.index,
      templates: templatesOf(files, verified),
      warnings: verified.warnings,
      signedBy: verified.signedBy,
    };
  };
  if (source === 'builtin') return check(await readLocalCatalog(BUILTIN_DIR), await builtinKeys(), 1, false, 'builtin');
  if ('path' in source) {
    const dir = resolve(baseDir, source.path);
    return check(
      await readLocalCatalog(dir),
      await trustKeys(source.trust, baseDir),
      source.threshold ?? 1,
      source.allow_unsigned === true,
      source.path,
    );
  }
  const keys = await trustKeys(source.trust, baseDir);
  const cacheDir = cacheDirFor(cacheRoot(ctx), source.url);
  const cached = await readCache(cacheDir, source.url, now);
  const fresh = cached?.fetchedAt && now.getTime() - cached.fetchedAt.getTime() < CACHE_MAX_AGE_MS;
  if (cached && fresh && !opts.refresh)
    return check(cached.files, keys, source.threshold ?? 1, source.allow_unsigned === true, source.url);
  let files: CatalogFiles;
  try {
    const timeout = Number(ctx.env['MCPCTL_CATALOG_TIMEOUT_MS'] ?? '') || DEFAULT_LIMITS.timeoutMs;
    files = await fetchCatalog(source.url, source.allow_http === true, { ...DEFAULT_LIMITS, timeoutMs: timeout });
  } catch (e) {
    if (!(e instanceof FetchError)) throw e;
    if (!cached)
      throw new McpctlError(
        'E_CATALOG',
        `cannot fetch catalog ${source.url} (${e.message}) and there is no verified copy`,
        { hint: 'check the network and the URL, then run "mcpctl catalog pull"' },
      );
    const offline = await check(cached.files, keys, source.threshold ?? 1, source.allow_unsigned === true, source.url);
    const when = cached.fetchedAt
      ? `verified on ${cached.fetchedAt.toISOString()}`
      : `verified at an unknown time (${cached.stampFile} is missing or corrupt; "mcpctl catalog pull" renews it)`;
    offline.warnings.push(`catalog ${source.url} could not be fetched (${e.message}); using the copy ${when}`);
    return offline;
  }
  const loaded = await check(files, keys, source.threshold ?? 1, source.allow_unsigned === true, source.url);
  await writeCache(cacheDir, files);
  return loaded;
}

export function cacheRoot(ctx: Context): string {
  return ctx.env['XDG_CACHE_HOME']
    ? join(ctx.env['XDG_CACHE_HOME'], 'mcpctl', 'catalogs')
    : join(ctx.home || homedir(), '.cache', 'mcpctl', 'catalogs');
}

export async function loadCatalogs(
  sources: CatalogSource[] | undefined,
  baseDir: string,
  ctx: Context,
  opts: CatalogOptions = {},
): Promise<LoadedCatalog[]> {
  const out: LoadedCatalog[] = [];
  for (const s of sources ?? ['builtin']) {
    // where files must stay inside a folder (the Action's checkout, the MCP server's), catalogs and keys too
    if (ctx.confine && s !== 'builtin') {
      if ('path' in s) await assertInside(ctx.confine, resolve(baseDir, s.path), `catalog path "${s.path}"`);
      for (const key of s.trust ?? []) await assertInside(ctx.confine, resolve(baseDir, key), `trusted key "${key}"`);
    }
    out.push(await loadCatalog(s, baseDir, ctx, opts));
  }
  return out;
}

/** The template a ref names: the first catalog that has it; without a version, that catalog's newest. */
export function findTemplate(
  catalogs: LoadedCatalog[],
  ref: string,
): { template: Template; catalog: LoadedCatalog } | { error: string; hint: string } {
  const { id, version } = parseTemplateRef(ref);
  for (const catalog of catalogs) {
    const candidates = catalog.templates.filter((t) => t.id === id);
    if (!candidates.length) continue;
    const template = version
      ? candidates.find((t) => t.version === version)
      : [...candidates].sort((a, b) => compareVersions(b.version, a.version))[0];
    if (template) return { template, catalog };
    return {
      error: `template "${id}" has no version ${version} in catalog "${catalog.index.catalog}"`,
      hint: `available: ${candidates.map((t) => `${id}@${t.version}`).join(', ')}`,
    };
  }
  const all = catalogs.flatMap((c) => c.templates.map((t) => t.id));
  const guess = nearest(id, all);
  return {
    error: `no catalog has a template "${id}"`,
    hint: guess ? `did you mean "${guess}"? ("mcpctl catalog search ${id}")` : 'list them with "mcpctl catalog list"',
  };
}

/** mcp.yaml with every `template:` server replaced by what its template resolves to (overrides applied). */
export async function resolveSpecTemplates(
  loaded: LoadedSpec,
  ctx: Context,
): Promise<{ spec: McpFile; warnings: string[] }> {
  const servers = loaded.spec.servers ?? {};
  if (!Object.values(servers).some((s) => s.template !== undefined)) return { spec: loaded.spec, warnings: [] };
  if (ctx.confine) await confineCatalogFiles(loaded, ctx.confine);
  const catalogs = await loadCatalogs(loaded.spec.catalogs, dirname(loaded.path), ctx);
  const problems: Diagnostic[] = [];
  const out: Record<string, Server> = {};
  const at = (name: string, path: (string | number)[], message: string, hint: string) =>
    problems.push({
      code: 'E_TEMPLATE',
      severity: 'error',
      message: `server "${name}": ${message}`,
      file: loaded.file,
      ...loaded.doc.locate(['servers', name, ...path]),
      hint,
    });
  for (const [name, s] of Object.entries(servers)) {
    if (s.template === undefined) {
      out[name] = s;
      continue;
    }
    const found = findTemplate(catalogs, s.template);
    if ('error' in found) {
      at(name, ['template'], found.error, found.hint);
      continue;
    }
    const { template, with: given, ...overrides } = s;
    const r = resolveTemplate(found.template.doc, given ?? {}, overrides);
    for (const p of r.problems)
      at(
        name,
        given && Object.hasOwn(given, p.input) ? ['with', p.input] : ['template'],
        `${p.message} (template ${template})`,
        p.hint,
      );
    out[name] = r.server;
  }
  if (problems.length)
    throw new McpctlError(
      'E_TEMPLATE',
      `${loaded.file}: ${problems.length} template ${problems.length === 1 ? 'problem' : 'problems'}`,
      { diagnostics: problems },
    );
  const spec: McpFile = { ...loaded.spec, servers: out };
  if (!schemaCheck(spec)) {
    throw new McpctlError(
      'E_CATALOG',
      `a template resolved to a server mcp.yaml does not allow (${schemaCheck.errors?.[0]?.instancePath ?? ''} ${schemaCheck.errors?.[0]?.message ?? ''})`,
      { hint: 'the template is faulty: report it to the catalog publisher' },
    );
  }
  return { spec, warnings: catalogs.flatMap((c) => c.warnings) };
}

/** Catalog folders and trusted key files of mcp.yaml, each inside `root` (symlinks followed), or E_OUTSIDE_ROOT at its line. */
/** Every catalog path and trusted key mcp.yaml names lies in `root` (the Action: the checkout), symlinks followed. */
export async function confineCatalogFiles(
  loaded: Pick<LoadedSpec, 'path' | 'file' | 'doc' | 'spec'>,
  root: string,
): Promise<void> {
  const base = dirname(loaded.path);
  const at = (path: (string | number)[]) => ({ file: loaded.file, ...loaded.doc.locate(path) });
  for (const [i, source] of (loaded.spec.catalogs ?? []).entries()) {
    if (source === 'builtin') continue;
    if ('path' in source)
      await assertInside(
        root,
        resolve(base, source.path),
        `catalog path "${source.path}"`,
        at(['catalogs', i, 'path']),
      );
    for (const [j, key] of (source.trust ?? []).entries())
      await assertInside(root, resolve(base, key), `trusted key "${key}"`, at(['catalogs', i, 'trust', j]));
  }
}
