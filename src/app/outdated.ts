// `mcpctl outdated`: for each server of mcp.yaml, the version it pins and the newest one its source has —
// npm (the registry the user's npm uses), PyPI (its JSON API), an OCI registry (tags, and whether the pinned
// tag still names the pinned digest), or the catalog of a template — and the newest in the same major.
// Requests run in parallel, a few at a time; --offline touches no network and says what it did not check.
// The network is touched here (and by upgrade), never by plan or apply.
import { dirname } from 'node:path';
import { parseTemplateRef } from '../core/catalog/resolve-template.js';
import { McpctlError } from '../core/errors.js';
import { loadYaml } from '../core/load.js';
import type { McpFile, Server } from '../core/generated/mcp-types.js';
import { packageRefOf } from '../core/package-spec.js';
import type { PackageRef } from '../core/package-spec.js';
import { compareVersion, isExactFor, newestOf } from '../core/versions/compare.js';
import type { Newest } from '../core/versions/compare.js';
import type { Candidate } from '../core/versions/compare.js';
import type { GetOptions } from '../io/http-json.js';
import { npmVersions } from '../io/registries/npm.js';
import { npmConfig } from '../io/registries/npm-config.js';
import type { NpmConfig } from '../io/registries/npm-config.js';
import { ociBase, ociDigest, ociTags } from '../io/registries/oci.js';
import { pypiBase, pypiVersions } from '../io/registries/pypi.js';
import { runPool } from '../probe/pool.js';
import { rememberSeen } from '../io/outdated-cache.js';
import { readMcpYaml } from './add.js';
import type { Context } from './pipeline.js';

export type Source = 'npm' | 'pypi' | 'oci' | 'catalog';
export type Status = 'current' | 'outdated' | 'unpinned' | 'unknown' | 'no-package';

export interface Row {
  server: string;
  source: Source | null;
  /** The package, image or template. */
  package: string | null;
  pinned: string | null;
  newest: string | null;
  newestSameMajor: string | null;
  /** A pre-release newer than every release (reported, never proposed). */
  prerelease: string | null;
  status: Status;
  /** Why the status is what it is: a deprecated or yanked pin, a moved tag, what could not be checked. */
  note: string | null;
  /** Where the versions came from (an origin, or the catalog's name). */
  from: string | null;
  /** Every version the source has (for upgrade --to; not shown). */
  versions: string[];
  /** Why the lookup failed, when it did (for upgrade to stop with the same error; not shown). */
  failure: McpctlError | null;
}

export interface OutdatedRequest {
  file: string;
  offline?: boolean | undefined;
  /** Only these servers (default: all). */
  names?: readonly string[] | undefined;
  limits?: Pick<GetOptions, 'timeoutMs' | 'retries'> | undefined;
  concurrency?: number | undefined;
  /**
   * The GitHub Action: mcp.yaml comes from a pull request, so its folder's .npmrc is not read (it could send
   * the runner's variables to a host of its choosing), and its catalogs must lie inside the checkout.
   */
  untrusted?: boolean | undefined;
}

export interface Outdated {
  file: string;
  rows: Row[];
}

export async function outdated(req: OutdatedRequest, ctx: Context): Promise<Outdated> {
  const y = await readMcpYaml(req.file, ctx);
  if (!y.spec)
    throw new McpctlError('E_NOT_FOUND', `${req.file} has no servers`, { hint: 'create one with "mcpctl init"' });
  const all = Object.entries(y.spec.servers ?? {});
  const unknown = (req.names ?? []).filter((n) => !all.some(([name]) => name === n));
  if (unknown.length)
    throw new McpctlError('E_USAGE', `${req.file} has no server ${unknown.map((n) => `"${n}"`).join(', ')}`, {
      hint: `its servers: ${all.map(([n]) => n).join(', ')}`,
    });
  const chosen = req.names?.length ? all.filter(([n]) => req.names?.includes(n)) : all;
  const spec = y.spec;
  const confine = async () => {
    if (!ctx.confine) return;
    const { confineCatalogFiles } = await import('./catalogs.js');
    await confineCatalogFiles({ path: y.path, file: y.file, doc: loadYaml(y.text ?? '', y.file), spec }, ctx.confine);
  };
  const lookups = new Lookups(req, ctx, dirname(y.path), spec.catalogs, confine);
  const rows = await runPool(chosen, req.concurrency ?? 8, ([name, s]) =>
    rowOf(name, s, lookups, req.offline === true),
  );
  // for `mcpctl status`, which does not reach the network: what was found, and when
  const now = new Date().toISOString();
  const seen = Object.fromEntries(
    rows.flatMap((r) =>
      r.pinned !== null && r.newest !== null
        ? [[r.server, { pinned: r.pinned, newest: r.newest, checked_at: now }]]
        : [],
    ),
  );
  if (Object.keys(seen).length) await rememberSeen(y.path, seen, ctx.env, ctx.home);
  return { file: req.file, rows };
}

/** The registries, set up once per command (npm's configuration is read once). */
class Lookups {
  private npm: NpmConfig | null = null;
  private catalogs: Promise<Array<{ id: string; version: string; catalog: string }>> | null = null;
  constructor(
    readonly req: OutdatedRequest,
    readonly ctx: Context,
    readonly dir: string,
    readonly sources: McpFile['catalogs'],
    /** Checks the catalog files lie where they may (the Action's checkout) before any is read. */
    readonly confine: () => Promise<void>,
  ) {}
  npmConfig(): NpmConfig {
    this.npm ??= npmConfig(this.ctx.env, this.ctx.home, this.dir, this.req.untrusted !== true);
    return this.npm;
  }
  get limits() {
    return this.req.limits ?? {};
  }
  /** Every template version of the catalogs mcp.yaml uses, verified as resolution verifies them. */
  templates(): Promise<Array<{ id: string; version: string; catalog: string }>> {
    this.catalogs ??= (async () => {
      const { loadCatalogs } = await import('./catalogs.js');
      await this.confine();
      const loaded = await loadCatalogs(this.sources, this.dir, this.ctx);
      return loaded.flatMap((c) =>
        c.templates.map((t) => ({ id: t.id, version: t.version, catalog: c.index.catalog })),
      );
    })();
    return this.catalogs;
  }
}

async function rowOf(name: string, s: Server, l: Lookups, offline: boolean): Promise<Row> {
  const base: Row = {
    server: name,
    source: null,
    package: null,
    pinned: null,
    newest: null,
    newestSameMajor: null,
    prerelease: null,
    status: 'no-package',
    note: null,
    from: null,
    versions: [],
    failure: null,
  };
  if (s.template !== undefined) {
    const { id, version } = parseTemplateRef(s.template);
    const row: Row = { ...base, source: 'catalog', package: id, pinned: version ?? null };
    if (offline) return { ...row, status: 'unknown', note: 'offline: the catalogs were not read' };
    return settle(row, async () => {
      const all = (await l.templates()).filter((t) => t.id === id);
      return { candidates: all.map((t) => ({ version: t.version })), from: all[0]?.catalog ?? null };
    });
  }
  const ref = s.command !== undefined ? packageRefOf(s.command, s.args ?? []) : null;
  if (!ref)
    return {
      ...base,
      note:
        s.url !== undefined ? 'a remote server: its version is the server’s own' : 'not a package mcpctl can look up',
    };
  const row: Row = { ...base, source: ref.ecosystem, package: packageName(ref), pinned: ref.version };
  if (offline)
    return {
      ...row,
      status: ref.version === null ? 'unpinned' : 'unknown',
      note: `offline: ${sourceTitle(ref)} was not asked`,
    };
  return settle(row, () => versionsOf(ref, l), ref);
}

/** The row with the versions a source gave, or with why it could not give them. */
async function settle(
  row: Row,
  get: () => Promise<{ candidates: Candidate[]; from: string | null; note?: string | null } | null>,
  ref?: PackageRef,
): Promise<Row> {
  let got;
  try {
    got = await get();
  } catch (e) {
    if (!(e instanceof McpctlError)) throw e;
    return { ...row, status: 'unknown', note: e.message, failure: e };
  }
  if (got === null || !got.candidates.length)
    return {
      ...row,
      status: 'unknown',
      note: got?.note ?? 'the registry has no such package',
      from: got?.from ?? null,
    };
  const n =
    ref?.ecosystem === 'oci'
      ? newestTag(got.candidates, row.pinned)
      : newestOf(got.candidates, row.pinned, row.source ?? '');
  const pinnedWithdrawn = got.candidates.find((c) => c.version === row.pinned)?.withdrawn;
  const notes = [pinnedWithdrawn ? `the pinned version is ${pinnedWithdrawn}` : null, got.note ?? null].filter(Boolean);
  const status: Status =
    row.pinned === null || !isExactFor(row.source ?? '', row.pinned)
      ? 'unpinned'
      : n.newest !== null && compareVersion(n.newest, row.pinned) > 0
        ? 'outdated'
        : notes.length && ref?.ecosystem === 'oci'
          ? 'outdated'
          : 'current';
  return {
    ...row,
    newest: n.newest,
    newestSameMajor: n.sameMajor,
    prerelease: n.prerelease,
    status,
    note: notes.join('; ') || null,
    from: got.from,
    versions: got.candidates.map((c) => c.version),
  };
}

/**
 * An image's newest tag of the same variant as its pin: `1.0.0-alpine` is compared with `1.1.0-alpine`, never
 * with `1.1.0` (a variant is not a pre-release), and a tag without one with the tags without one.
 */
function newestTag(candidates: readonly Candidate[], pinned: string | null): Newest {
  const variantOf = (tag: string) => tag.replace(/^v?\d+(\.\d+)*/, '');
  const variant = pinned === null ? '' : variantOf(pinned);
  const strip = (tag: string) => tag.slice(0, tag.length - variant.length);
  const same = candidates.filter((c) => /^v?\d/.test(c.version) && variantOf(c.version) === variant);
  const n = newestOf(
    same.map((c) => ({ ...c, version: strip(c.version) })),
    pinned === null ? null : strip(pinned),
  );
  const back = (v: string | null) => (v === null ? null : `${v}${variant}`);
  return { newest: back(n.newest), sameMajor: back(n.sameMajor), prerelease: null };
}

async function versionsOf(ref: PackageRef, l: Lookups) {
  if (ref.ecosystem === 'npm') return npmVersions(ref.name, l.npmConfig(), l.limits);
  if (ref.ecosystem === 'pypi') {
    const base = pypiBase(l.ctx.env, l.ctx.home);
    if (!base)
      return {
        candidates: [],
        from: null,
        note: 'no PyPI index is configured (MCPCTL_PYPI_URL, or index-url for pip)',
      };
    return pypiVersions(ref.name, base, l.limits);
  }
  const base = ociBase(ref.host ?? null, l.ctx.env);
  if (!base)
    return {
      candidates: [],
      from: null,
      note: 'the image names no registry, and MCPCTL_OCI_REGISTRY names none for it',
    };
  const tags = await ociTags(base, ref.name, l.limits);
  if (!tags || ref.digest == null || ref.version === null) return tags;
  // pinned by digest: does its tag still name it?
  const now = await ociDigest(base, ref.name, ref.version, l.limits);
  return now === ref.digest
    ? tags
    : { ...tags, note: `the tag ${ref.version} now names ${now.slice(0, 19)}…, not the pinned digest` };
}

function packageName(ref: PackageRef): string {
  return ref.ecosystem === 'oci' && ref.host ? `${ref.host}/${ref.name}` : ref.name;
}

function sourceTitle(ref: PackageRef): string {
  return ref.ecosystem === 'npm' ? 'the npm registry' : ref.ecosystem === 'pypi' ? 'PyPI' : 'the image registry';
}
