// `mcpctl status`: the plan of every target file read as a grid of servers × clients, with the last health
// test each file's state records, the secrets this machine's store lacks and the unpinned packages. It reads
// what plan reads and starts no server.
import { packageRefOf } from '../core/package-spec.js';
import { secretNamesOf } from '../core/secret-refs.js';
import { statusRows } from '../core/status.js';
import type { StatusFile, StatusRow } from '../core/status.js';
import { serverTargets } from '../core/targets/select.js';
import { compareVersion, isExactFor } from '../core/versions/compare.js';
import { parseTemplateRef } from '../core/catalog/resolve-template.js';
import type { McpFile } from '../core/generated/mcp-types.js';
import { statePath } from '../io/state.js';
import { planFor } from './pipeline.js';
import type { Context, Planned } from './pipeline.js';
import type { TargetChoice } from './target-files.js';

export interface Status {
  file: string;
  set: string | null;
  /** Every client of the grid, in mcp.yaml's order of targets. */
  clients: string[];
  files: Array<{ file: string; clients: string[]; exists: boolean }>;
  rows: StatusRow[];
  /** Every file status read (mcp.yaml and the clients'), for --watch. */
  watched: string[];
}

export async function status(file: string, choice: TargetChoice, ctx: Context): Promise<Status> {
  const planned = await planFor(file, choice, ctx);
  const spec = planned.spec.spec;
  const servers = Object.keys(spec.servers ?? {});
  const off = new Set(servers.filter((n) => spec.servers?.[n]?.enabled === false));
  const files: StatusFile[] = planned.files.map((f) => ({
    clients: f.target.clients.map((c) => c.name),
    plan: f.plan,
    desired: f.desired,
    leftOut: f.setOff?.leftOut ?? [],
    lastVerified: f.target.state.last_verified_at ?? {},
  }));
  const rows = statusRows({
    servers,
    goesTo: serverTargets(spec),
    off,
    files,
    missingSecrets: await missing(planned, off, ctx),
    unpinned: new Set(servers.filter((n) => unpinned(spec.servers?.[n]))),
    newer: await newerPins(planned, ctx),
  });
  return {
    file: planned.spec.file,
    set: planned.spec.set?.name ?? null,
    clients: planned.files.flatMap((f) => f.target.clients.map((c) => c.name)),
    files: planned.files.map((f) => ({
      file: f.target.path,
      clients: f.target.clients.map((c) => c.name),
      exists: f.target.exists,
    })),
    rows,
    // mcp.yaml, each client's file, and the state beside it (a test's results, what mcpctl wrote)
    watched: [planned.spec.path, ...planned.files.flatMap((f) => [f.target.path, statePath(f.target.path)])],
  };
}

/** The secrets each server that can start names and the store does not hold (the store opened only if one is named). */
async function missing(planned: Planned, off: ReadonlySet<string>, ctx: Context): Promise<Map<string, string[]>> {
  const wanted = Object.entries(planned.spec.spec.servers ?? {})
    .filter(([name]) => !off.has(name))
    .map(([name, s]) => [name, secretNamesOf(s)] as const)
    .filter(([, names]) => names.length);
  const out = new Map<string, string[]>();
  if (!wanted.length) return out;
  const { openSecretStore } = await import('../io/secrets/store.js');
  let has: (name: string) => Promise<boolean>;
  try {
    const store = await openSecretStore(ctx.env, ctx.home);
    has = async (name) => (await store.get(name)) !== null;
  } catch {
    // no store to ask: every secret is missing here, as apply would say
    has = async () => false;
  }
  const known = new Map<string, boolean>();
  for (const [server, names] of wanted) {
    const lacking: string[] = [];
    for (const n of names) {
      if (!known.has(n)) known.set(n, await has(n));
      if (!known.get(n)) lacking.push(n);
    }
    if (lacking.length) out.set(server, lacking);
  }
  return out;
}

/** What the last `mcpctl outdated` found newer than each server's pin of now (status reaches no network). */
async function newerPins(planned: Planned, ctx: Context): Promise<Map<string, { version: string; checkedAt: string }>> {
  const { seenFor } = await import('../io/outdated-cache.js');
  const seen = await seenFor(planned.spec.path, ctx.env, ctx.home);
  const out = new Map<string, { version: string; checkedAt: string }>();
  // the pins as mcp.yaml writes them (a template's version, before it is resolved)
  const raw = planned.spec.doc.value as McpFile;
  for (const [name, s] of Object.entries(raw.servers ?? {})) {
    const was = seen[name];
    if (!was) continue;
    const pinned =
      s.template !== undefined
        ? parseTemplateRef(s.template).version
        : s.command !== undefined
          ? packageRefOf(s.command, s.args ?? [])?.version
          : undefined;
    if (pinned === was.pinned && compareVersion(was.newest, pinned) > 0)
      out.set(name, { version: was.newest, checkedAt: was.checked_at });
  }
  return out;
}

function unpinned(s: { command?: string; args?: string[]; template?: string } | undefined): boolean {
  if (!s?.command) return false;
  const ref = packageRefOf(s.command, s.args ?? []);
  if (!ref) return false;
  if (ref.ecosystem === 'oci') return !ref.digest;
  return ref.version === null || !isExactFor(ref.ecosystem, ref.version);
}
