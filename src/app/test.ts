// mcpctl test: which servers (mcp.yaml as compiled, or an existing config.toml), probe them N at a time,
// remember the last successful probe per server in the state file beside the target.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { nearest } from '../core/suggest.js';
import { tableSecretNames } from '../core/secret-refs.js';
import { decodeTemplate } from '../core/launcher-encoding.js';
import { codexHome, resolveTarget } from '../core/target-path.js';
import type { TargetOptions } from '../core/target-path.js';
import { tomlEqual } from '../core/toml/value.js';
import type { TomlTable } from '../core/toml/value.js';
import { launcherFor, runnableNow } from '../io/launcher.js';
import { acquireLock } from '../io/lock.js';
import { lockPath, readState, writeState } from '../io/state.js';
import { runPool } from '../probe/pool.js';
import { storeUnreachableHint } from '../probe/diagnose.js';
import { probeServer } from '../probe/probe.js';
import { probeSpecOf } from '../probe/spec.js';
import { redactor } from '../probe/redact.js';
import { cleanResult } from '../probe/report.js';
import type { ProbeResult, ProbeSpec } from '../core/probe-types.js';
import { emptyResult, launchOf, resultLabel } from '../core/probe-types.js';
import type { Context, LoadedSpec } from './pipeline.js';
import { serverTargets } from '../core/targets/select.js';
import { codexFileRef, isTargetName, targetFiles } from './target-files.js';
import { tomlOf } from '../core/targets/codex/toml-of.js';
import { compileSpec, compileTargets, derived, loadSpec, withSet } from './pipeline.js';
import { loadTarget } from './plan-target.js';
import { clientProbeSpec } from '../probe/client-spec.js';

export interface TestSource {
  kind: 'mcp.yaml' | 'config.toml';
  /** As the user named it. */
  file: string;
  path: string;
}

export interface TestSelection {
  source: TestSource;
  target: { path: string; exists: boolean };
  /**
   * Every server of the source, in its order: once per distinct launch. `clients` names who start it this way
   * (absent: Codex alone, the config without targets); `table` is Codex's (empty for another client's launch).
   */
  servers: Array<{ name: string; table: TomlTable; spec: ProbeSpec; clients?: string[] }>;
  /** The target's own tables (to tell whether a verified server is the one config.toml holds). */
  actual: Map<string, TomlTable>;
  lastVerified: Record<string, string>;
  /** The servers the set in force turns off (skipped unless named). */
  outsideSet?: { set: string; names: string[] } | undefined;
}

export interface SelectOptions {
  /** -f: given → the servers of that mcp.yaml. */
  file?: string | undefined;
  target: TargetOptions;
  /** --target: only the servers that go to these clients (all of mcp.yaml's targets when absent). */
  only?: readonly string[] | undefined;
  /** --set: the server set in force (else mcp.yaml's default_set): the others are skipped as off. */
  set?: string | undefined;
}

/** With a target option and no -f: the servers of that config.toml. Otherwise mcp.yaml (./mcp.yaml by default), compiled. */
export async function selectServers(opts: SelectOptions, ctx: Context): Promise<TestSelection> {
  const fromConfig =
    Boolean(opts.target.config || opts.target.profile || opts.target.project) && opts.file === undefined;
  if (fromConfig) {
    const target = await loadTarget(codexFileRef(opts.target, ctx));
    if (!target.exists)
      throw new McpctlError('E_NOT_FOUND', `${target.path} does not exist`, {
        hint: 'name an existing Codex config with --config, or test mcp.yaml with -f',
      });
    const actual = new Map<string, TomlTable>();
    for (const [name, s] of target.file.servers) actual.set(name, tomlOf(s.value));
    return {
      source: { kind: 'config.toml', file: target.path, path: target.path },
      target: { path: target.path, exists: true },
      servers: [...actual].map(([name, table]) => ({ name, table, spec: probeSpecOf(name, table) })),
      actual,
      lastVerified: { ...target.state.last_verified_at },
    };
  }
  const loaded = withSet(await loadSpec(opts.file ?? 'mcp.yaml', ctx), opts.set);
  const spec = opts.only?.length ? onlyServersOf(loaded, opts.only, ctx) : loaded;
  // before apply has installed the launcher copy the lines point to, they run from this package's bundle
  const tables = runnableNow(compileSpec(spec, ctx), launcherFor(ctx.env, ctx.home));
  // the target only says what was verified before, and where to remember this run: a broken one stops nothing
  const actual = new Map<string, TomlTable>();
  let target: { path: string; exists: boolean } = {
    path: resolveTarget(opts.target, ctx.env, ctx.home, ctx.cwd),
    exists: false,
  };
  let lastVerified: Record<string, string> = {};
  try {
    const t = await loadTarget(codexFileRef(opts.target, ctx));
    for (const [name, s] of t.file.servers) actual.set(name, tomlOf(s.value));
    target = { path: t.path, exists: t.exists };
    lastVerified = { ...t.state.last_verified_at };
  } catch (e) {
    if (!(e instanceof McpctlError) || e.code === 'E_USAGE') throw e;
  }
  const codexServers = [...tables].map(([name, table]) => ({ name, table, spec: probeSpecOf(name, table) }));
  return {
    source: { kind: 'mcp.yaml', file: spec.file, path: spec.path },
    target,
    servers: spec.spec.targets ? perClient(spec, codexServers, opts.only, ctx) : codexServers,
    actual,
    lastVerified,
    ...(loaded.set?.name && loaded.set.off.length
      ? { outsideSet: { set: loaded.set.name, names: loaded.set.off } }
      : {}),
  };
}

/**
 * Each target client's launch of each of its servers (Codex's from its tables, the others' from the entries
 * apply writes for them, started as that client starts them), once per distinct launch: clients that start a
 * server the same way share one probe.
 */
function perClient(
  loaded: LoadedSpec,
  codex: Array<{ name: string; table: TomlTable; spec: ProbeSpec }>,
  only: readonly string[] | undefined,
  ctx: Context,
): TestSelection['servers'] {
  const refs = targetFiles(loaded.spec, loaded.path, { only }, ctx);
  const launcher = launcherFor(ctx.env, ctx.home);
  const compiled = compileTargets(loaded, refs, ctx);
  const byLaunch = new Map<string, TestSelection['servers'][number]>();
  const add = (item: { name: string; table: TomlTable; spec: ProbeSpec }, title: string) => {
    const key = `${item.name}\0${launchKey(item.spec)}`;
    const seen = byLaunch.get(key);
    if (seen) seen.clients = [...(seen.clients ?? []), title];
    else byLaunch.set(key, { ...item, clients: [title] });
  };
  refs.forEach((ref, i) => {
    const entries = runnableNow(compiled[i] ?? new Map(), launcher);
    for (const client of ref.clients) {
      if (client.name === 'codex') {
        for (const item of codex) if (entries.has(item.name)) add(item, client.title);
        continue;
      }
      for (const [name, entry] of entries)
        add({ name, table: {}, spec: clientProbeSpec(client.name, client.title, name, entry, ctx.env) }, client.title);
    }
  });
  // in mcp.yaml's order of servers
  const order = Object.keys(loaded.spec.servers ?? {});
  return [...byLaunch.values()].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/** What makes two launches the same: everything the probe starts or sends (not the client's name). */
function launchKey(spec: ProbeSpec): string {
  const { client: _client, name: _name, ...rest } = spec;
  return JSON.stringify(rest);
}

/** mcp.yaml with only the servers that go to one of these clients (each must be one mcp.yaml targets). */
function onlyServersOf(loaded: LoadedSpec, only: readonly string[], ctx: Context): LoadedSpec {
  const clients = new Set(
    targetFiles(loaded.spec, loaded.path, { only }, ctx).flatMap((f) => f.clients.map((c) => c.name)),
  );
  const chosen = only.filter(isTargetName).filter((n) => clients.has(n));
  const goes = serverTargets(loaded.spec);
  const servers = Object.fromEntries(
    Object.entries(loaded.spec.servers ?? {}).filter(([n]) => (goes.get(n) ?? []).some((t) => chosen.includes(t))),
  );
  return derived(loaded, { spec: { ...loaded.spec, servers } });
}

/** The servers NAME... picks (all when none); an unknown name is a usage error. */
export function pickServers(sel: TestSelection, names: string[]): TestSelection['servers'] {
  if (!names.length) return sel.servers;
  const known = new Set(sel.servers.map((s) => s.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length) {
    const near = unknown.map((n) => nearest(n, known)).filter((n) => n !== undefined);
    throw new McpctlError(
      'E_USAGE',
      `no server named ${unknown.map((n) => `"${n}"`).join(', ')} in ${sel.source.file}`,
      {
        hint: near.length
          ? `did you mean ${near.map((n) => `"${n}"`).join(', ')}? `
          : `servers: ${[...known].join(', ') || '(none)'}`,
      },
    );
  }
  return sel.servers.filter((s) => names.includes(s.name));
}

export interface ProbeAllOptions {
  concurrency: number;
  timeoutMs: number;
  clientVersion: string;
  /** Servers named explicitly are probed even when disabled. */
  named: boolean;
  /** The servers the set in force turns off: skipped with that reason. */
  outsideSet?: { set: string; names: string[] } | undefined;
  /** The folder of the target config.toml: where Codex runs http_headers_helper (its CODEX_HOME). */
  targetPath?: string | undefined;
  onStart?: (name: string) => void;
  onDone?: (result: ProbeResult) => void;
}

export async function probeAll(
  servers: TestSelection['servers'],
  opts: ProbeAllOptions,
  ctx: Context,
): Promise<ProbeResult[]> {
  const { values: secrets, held, location } = await knownSecretValues(servers, ctx);
  const wanted = opts.targetPath === undefined ? codexHome(ctx.env, ctx.home) : dirname(opts.targetPath);
  const home = existsSync(wanted) ? wanted : ctx.cwd;
  return runPool(servers, opts.concurrency, async ({ spec, clients }) => {
    if (!spec.enabled && !opts.named) {
      const r = skipped(
        spec,
        opts.outsideSet?.names.includes(spec.name)
          ? `outside the server set "${opts.outsideSet.set}": off in every client (name it to test it anyway)`
          : 'enabled = false: Codex does not start it (name it to test it anyway)',
      );
      r.clients = clients ?? null;
      opts.onDone?.(r);
      return r;
    }
    opts.onStart?.(resultLabel({ name: spec.name, clients }));
    const r = await probeServer(spec, {
      timeoutMs: opts.timeoutMs,
      env: ctx.env,
      cwd: ctx.cwd,
      codexHome: home,
      secrets,
      clientVersion: opts.clientVersion,
    });
    // a secret the launcher or helper misses but this store holds: the cause is the store it opened
    const storeHint = r.failure && held.size ? storeUnreachableHint(r.failure, held, location) : null;
    if (r.failure && storeHint) r.failure = { ...r.failure, hint: storeHint };
    r.clients = clients ?? null;
    opts.onDone?.(r);
    return r;
  });
}

function skipped(spec: ProbeSpec, why: string): ProbeResult {
  return cleanResult(
    { ...emptyResult(spec.name, spec.transport), launch: launchOf(spec), status: 'skipped', skipped: why },
    redactor([]),
  );
}

/**
 * Values of the secrets the servers' launchers read (${secret:NAME} in their args), to redact them from
 * server output. Read only when some server names one; a store that does not open redacts nothing more.
 */
async function knownSecretValues(
  servers: TestSelection['servers'],
  ctx: Context,
): Promise<{ values: string[]; held: Set<string>; location: string }> {
  const none = { values: [], held: new Set<string>(), location: '' };
  const names = new Set(servers.flatMap(({ table, spec }) => [...tableSecretNames(table), ...specSecretNames(spec)]));
  if (!names.size) return none;
  try {
    const { openSecretStore, auditRead } = await import('../io/secrets/store.js');
    const store = await openSecretStore(ctx.env, ctx.home);
    const values: string[] = [];
    const held = new Set<string>();
    for (const name of names) {
      const v = await store.get(name);
      if (v === null) continue;
      values.push(v);
      held.add(name);
      await auditRead(name, 'test (to redact server output)', ctx.env, ctx.home);
    }
    return { values, held, location: store.location };
  } catch {
    return none;
  }
}

/** The secrets a launch names (a launcher's or bridge's templates, encoded or not). */
function specSecretNames(spec: ProbeSpec): string[] {
  const text = decodeTemplate(JSON.stringify(spec));
  return [...text.matchAll(/\$\{secret:([^}|\s"]+)/g)].map((m) => m[1] ?? '');
}

/**
 * Records the time of each successful probe (ok or warn) in the state file beside the target, for the
 * servers config.toml holds as they were tested. Returns the merged map. Skipped (null) when the target
 * does not exist or its lock is held.
 */
export async function rememberVerified(
  sel: TestSelection,
  tested: Array<{ name: string; table: TomlTable }>,
  results: ProbeResult[],
  now: Date,
): Promise<Record<string, string> | null> {
  // a server counts as verified when every launch of it passed (each client's, where they differ)
  const failed = new Set(results.filter((r) => r.status === 'fail').map((r) => r.name));
  const ok = new Set(
    results.filter((r) => (r.status === 'ok' || r.status === 'warn') && !failed.has(r.name)).map((r) => r.name),
  );
  const verified = tested
    .filter((s) => ok.has(s.name) && tomlEqual(sel.actual.get(s.name), s.table))
    .map((s) => s.name);
  if (!sel.target.exists || !verified.length) return null;
  let lock;
  try {
    lock = await acquireLock(lockPath(sel.target.path), 'mcpctl test');
  } catch {
    return null;
  }
  try {
    const state = await readState(sel.target.path);
    const at = now.toISOString();
    const merged = { ...state.last_verified_at };
    for (const name of verified) merged[name] = at;
    await writeState(sel.target.path, { ...state, last_verified_at: merged });
    return merged;
  } finally {
    await lock.release();
  }
}
