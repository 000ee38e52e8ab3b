// Fetching a remote catalog: https only (http for loopback with an explicit flag), with timeouts and size
// caps. Verification happens after; only a verified copy is ever cached, and only a cached copy that
// verifies again is used offline.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { McpctlError } from '../../core/errors.js';
import type { CatalogIndex } from '../../core/catalog/index-file.js';
import { parseIndex } from '../../core/catalog/index-file.js';
import type { CatalogFiles } from '../../core/catalog/verify.js';
import { isLoopback } from '../../core/lint/rules/remote-url.js';
import { boundedBody } from '../bounded-body.js';

export interface FetchLimits {
  timeoutMs: number;
  maxIndexBytes: number;
  maxTemplateBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxIndexBytes: 1024 * 1024, maxTemplateBytes: 256 * 1024 };

function checkUrl(url: string, allowHttp: boolean): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new McpctlError('E_CATALOG', `"${url}" is not a URL`, { hint: 'give the URL of the catalog index.json' });
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && allowHttp && isLoopback(u.hostname)) return u;
  throw new McpctlError('E_TRUST', `catalog ${url} is not served over https`, {
    hint: u.protocol === 'http:' && isLoopback(u.hostname) ? 'plain http is accepted only for loopback with allow_http: true' : 'use the https URL of the catalog',
  });
}

async function get(url: URL, max: number, limits: FetchLimits): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: 'error', headers: { accept: 'application/json' } });
    if (!res.ok) throw new FetchError(`${url} answered HTTP ${res.status}`);
    const body = await boundedBody(
      res,
      max,
      (declared) =>
        new McpctlError(
          'E_CATALOG',
          declared === null ? `${url} sent more than the ${max} bytes allowed` : `${url} is ${declared} bytes, more than the ${max} allowed`,
          { hint: 'a catalog file this large is not a catalog: check the URL' },
        ),
    );
    return new Uint8Array(body);
  } catch (e) {
    if (e instanceof McpctlError) throw e;
    if (e instanceof FetchError) throw e;
    throw new FetchError(`${url}: ${controller.signal.aborted ? `no answer within ${limits.timeoutMs} ms` : e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** A network failure (as opposed to a bad answer): the caller may fall back to the verified cache. */
export class FetchError extends Error {}

export async function fetchCatalog(indexUrl: string, allowHttp: boolean, limits: FetchLimits = DEFAULT_LIMITS): Promise<CatalogFiles> {
  const u = checkUrl(indexUrl, allowHttp);
  const index = await get(u, limits.maxIndexBytes, limits);
  let sig: Uint8Array | null = null;
  try {
    sig = await get(new URL(`${u.pathname.split('/').pop() ?? 'index.json'}.sig`, u), 64 * 1024, limits);
  } catch (e) {
    if (!(e instanceof FetchError) || !/HTTP 404/.test(e.message)) throw e;
  }
  const parsed: CatalogIndex = parseIndex(index, indexUrl);
  const files = new Map<string, Uint8Array>();
  for (const t of parsed.templates) files.set(t.path, await get(new URL(t.path, u), limits.maxTemplateBytes, limits));
  return { where: indexUrl, index, signatures: sig, files, listed: null };
}

export function cacheDirFor(cacheRoot: string, url: string): string {
  return join(cacheRoot, createHash('sha256').update(url).digest('hex').slice(0, 24));
}

/** Stores a verified copy (replacing the previous one). */
export async function writeCache(dir: string, c: CatalogFiles): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, 'index.json'), c.index);
  if (c.signatures) await writeFile(join(dir, 'index.json.sig'), c.signatures);
  for (const [p, bytes] of c.files) {
    await mkdir(dirname(join(dir, 'files', p)), { recursive: true });
    await writeFile(join(dir, 'files', p), bytes);
  }
  await writeFile(join(dir, 'fetched-at'), new Date().toISOString());
}

/** A cached copy; fetchedAt is null when its time is unknown (fetched-at missing, corrupt or in the future): stale then. */
export interface CachedCatalog {
  files: CatalogFiles;
  fetchedAt: Date | null;
  /** The fetched-at file, for messages. */
  stampFile: string;
}

// A clock may be a little ahead of the one that wrote the stamp; more than this is a corrupt stamp.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The time in a fetched-at file, or null when it is not a plain ISO time no later than now (+ skew). */
function parseFetchedAt(text: string, now: Date): Date | null {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isNaN(ms) || ms > now.getTime() + CLOCK_SKEW_MS ? null : new Date(ms);
}

export async function readCache(dir: string, where: string, now: Date = new Date()): Promise<CachedCatalog | null> {
  try {
    const index = new Uint8Array(await readFile(join(dir, 'index.json')));
    const sig = await readFile(join(dir, 'index.json.sig')).then((b) => new Uint8Array(b)).catch(() => null);
    const files = new Map<string, Uint8Array>();
    for (const t of parseIndex(index, where).templates) {
      const bytes = await readFile(join(dir, 'files', t.path)).catch(() => null);
      if (bytes) files.set(t.path, new Uint8Array(bytes));
    }
    const stampFile = join(dir, 'fetched-at');
    const fetchedAt = parseFetchedAt(await readFile(stampFile, 'utf8').catch(() => ''), now);
    return { files: { where: `${where} (cached copy)`, index, signatures: sig, files, listed: null }, fetchedAt, stampFile };
  } catch {
    return null;
  }
}

