// catalog list/search/show/pull: the catalogs of mcp.yaml (or the built-in one when there is no mcp.yaml),
// searched, one template previewed, remote catalogs fetched again.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveTemplate } from '../core/catalog/resolve-template.js';
import { newestPerId, searchTemplates } from '../core/catalog/search.js';
import { templateInputs } from '../core/catalog/template-inputs.js';
import type { TemplateInput } from '../core/catalog/template-inputs.js';
import { McpctlError } from '../core/errors.js';
import type { CatalogSource, Server } from '../core/generated/mcp-types.js';
import { findTemplate, loadCatalog, loadCatalogs } from './catalogs.js';
import type { LoadedCatalog, Template } from './catalogs.js';
import { loadSpec } from './pipeline.js';
import type { Context } from './pipeline.js';

/** The catalogs of `file` (default mcp.yaml) when it exists, else the built-in catalog. */
export async function projectCatalogs(file: string | undefined, ctx: Context): Promise<LoadedCatalog[]> {
  const path = file ?? 'mcp.yaml';
  if (existsSync(resolve(ctx.cwd, path))) {
    const spec = await loadSpec(path, ctx);
    return loadCatalogs(spec.spec.catalogs, dirname(spec.path), ctx);
  }
  return loadCatalogs(['builtin'], ctx.cwd, ctx);
}

export type Hit = Template & { catalog: string };

/** The newest version of each template that matches `word` (all of them without one), and the catalogs searched. */
export async function searchCatalogs(
  file: string | undefined,
  word: string | undefined,
  ctx: Context,
): Promise<{ hits: Hit[]; catalogs: LoadedCatalog[] }> {
  const catalogs = await projectCatalogs(file, ctx);
  const rows = catalogs.flatMap((c) => newestPerId([c.templates]).map((t) => ({ ...t, catalog: c.index.catalog })));
  return { hits: word ? searchTemplates(rows, word) : rows, catalogs };
}

export interface TemplatePreview {
  template: Template;
  catalog: LoadedCatalog;
  /** The inputs a user gives (fixed ones left out). */
  inputs: TemplateInput[];
  /** What the template resolves to with no inputs given. */
  server: Server;
}

/** One template by ref (id or id@version), or E_NOT_FOUND with the nearest id. */
export async function showTemplate(file: string | undefined, ref: string, ctx: Context): Promise<TemplatePreview> {
  const found = findTemplate(await projectCatalogs(file, ctx), ref);
  if ('error' in found) throw new McpctlError('E_NOT_FOUND', found.error, { hint: found.hint });
  const doc = found.template.doc;
  return {
    template: found.template,
    catalog: found.catalog,
    inputs: templateInputs(doc).filter((i) => !i.fixed),
    server: resolveTemplate(doc, {}, {}).server,
  };
}

/**
 * Fetches, verifies and caches the remote catalogs of `file` whose URL contains `name` (all without one),
 * yielding each as it is done (a later failure leaves the earlier ones reported).
 */
export async function* pullCatalogs(
  file: string | undefined,
  name: string | undefined,
  ctx: Context,
): AsyncGenerator<{ url: string; loaded: LoadedCatalog }> {
  const path = file ?? 'mcp.yaml';
  const spec = await loadSpec(path, ctx);
  const remote = (spec.spec.catalogs ?? []).filter(
    (c): c is Extract<CatalogSource, { url: string }> => typeof c === 'object' && 'url' in c,
  );
  const chosen = name ? remote.filter((c) => c.url.includes(name)) : remote;
  if (!chosen.length)
    throw new McpctlError(
      'E_NOT_FOUND',
      name ? `no remote catalog in ${path} matches "${name}"` : `${path} declares no remote catalogs`,
      { hint: 'add one under catalogs: with url: and trust:' },
    );
  for (const c of chosen)
    yield { url: c.url, loaded: await loadCatalog(c, dirname(spec.path), ctx, { refresh: true }) };
}
