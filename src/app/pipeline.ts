// The pipeline as the commands use it: read files, then run the pure stages in order.
// load → validate → compile → (read target + state) → plan → splice → redacted diff.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { compileCodex } from '../core/compile/codex.js';
import { McpctlError } from '../core/errors.js';
import { bridgeOf } from '../core/import-launcher.js';
import type { Diagnostic } from '../core/errors.js';
import { loadYaml, LOAD_LIMITS } from '../core/load.js';
import type { SourceDoc } from '../core/load.js';
import { sha256Hex } from '../core/sha256.js';
import { chooseSet } from '../core/sets.js';
import type { ActiveSet } from '../core/sets.js';
import type { Plan } from '../core/plan.js';
import { MaskMemo } from '../core/redact.js';
import { planDocument } from '../core/render/plan-json.js';
import type { PlanDocument } from '../core/render/plan-json.js';
import { serverTargets } from '../core/targets/select.js';
import type { ClientTarget } from '../core/targets/target.js';
import type { TomlTable } from '../core/toml/value.js';
import { valueEqual } from '../core/value.js';
import type { Entry } from '../core/value.js';
import type { McpFile } from '../core/generated/mcp-types.js';
import { validate } from '../core/validate.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import { launcherFor } from '../io/launcher.js';
import { readText } from '../io/read.js';
import type { Finding } from '../core/lint/finding.js';
import { lintSpec, policiesFor } from './lint.js';
import { loadTarget, planTarget } from './plan-target.js';
import type { LoadedTarget } from './plan-target.js';
import { targetFiles } from './target-files.js';
import type { TargetChoice, TargetFileRef } from './target-files.js';

export interface Context {
  cwd: string;
  env: NodeJS.ProcessEnv;
  home: string;
  /** Files that mcp.yaml names (policy, catalog folders, trusted keys) must lie in this folder, symlinks followed (the Action: the workspace). */
  confine?: string | undefined;
}

export function processContext(): Context {
  return { cwd: process.cwd(), env: process.env, home: homedir() };
}

export interface LoadedSpec {
  path: string;
  /** As the user named it (for messages). */
  file: string;
  doc: SourceDoc;
  spec: McpFile;
  /** Of the text read (taken when first asked). */
  readonly sha256: string;
  warnings: Diagnostic[];
  /** The server set in force (sets: / --set / default_set), once withSet has chosen it. */
  set?: ActiveSet | undefined;
}

export async function loadSpec(file: string, ctx: Context): Promise<LoadedSpec> {
  const path = resolve(ctx.cwd, file);
  const text = await readText(path, {
    maxBytes: LOAD_LIMITS.maxBytes,
    what: 'mcp.yaml',
    missingHint: 'create one with "mcpctl init", or name it with -f FILE',
  });
  return loadSpecText(text, file, path, ctx);
}

/** loadSpec after the read: for text that does not come from a file (the action reads the base from git). */
export async function loadSpecText(text: string, file: string, path: string, ctx: Context): Promise<LoadedSpec> {
  const doc = loadYaml(text, file);
  const { spec, diagnostics } = validate(doc, schemaCheck);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!spec || errors.length) {
    throw new McpctlError(
      errors[0]?.code ?? 'E_SCHEMA',
      `${file} is not a valid mcp.yaml (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'})`,
      { diagnostics: errors },
    );
  }
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  let digest: string | undefined;
  const loaded: LoadedSpec = {
    path,
    file,
    doc,
    spec,
    // hashed when something asks (a plan's id, a saved plan): a plan that only prints never does
    get sha256() {
      return (digest ??= sha256Hex(text));
    },
    warnings,
  };
  if (!Object.values(spec.servers ?? {}).some((s) => s.template !== undefined)) return loaded;
  const { resolveSpecTemplates } = await import('./catalogs.js');
  const resolved = await resolveSpecTemplates(loaded, ctx);
  for (const w of resolved.warnings)
    warnings.push({
      code: 'W_CATALOG',
      severity: 'warn',
      message: w,
      file,
      hint: 'sign the catalog and trust its key instead of allow_unsigned',
    });
  return derived(loaded, { spec: resolved.spec });
}

/** The spec with a server set applied (--set NAME, else default_set): servers outside it are turned off. */
export function withSet(loaded: LoadedSpec, asked: string | undefined): LoadedSpec {
  const { spec, set } = chooseSet(loaded.spec, asked);
  return derived(loaded, { spec, set });
}

/** `loaded` with another spec or set, its digest still taken only when asked (a spread would take it now). */
export function derived(loaded: LoadedSpec, changes: Partial<Pick<LoadedSpec, 'spec' | 'set'>>): LoadedSpec {
  const set = 'set' in changes ? changes.set : loaded.set;
  return {
    path: loaded.path,
    file: loaded.file,
    doc: loaded.doc,
    spec: changes.spec ?? loaded.spec,
    get sha256() {
      return loaded.sha256;
    },
    warnings: loaded.warnings,
    ...(set !== undefined ? { set } : {}),
  };
}

/** Per file: the servers the set in force turns off there, by the client's own switch or by leaving them out. */
export interface SetOff {
  set: string;
  /** Written with the client's own switch (Codex enabled = false, OpenCode enabled: false, …). */
  disabled: string[];
  /** Not written: the client has no switch (or the server never went to it). */
  leftOut: string[];
}

/** The names of a set's servers one file holds: turned off where an entry is wanted, else left out. */
export function setOffIn(
  spec: LoadedSpec,
  desired: ReadonlyMap<string, Entry>,
  clients: readonly ClientTarget[],
  unmanaged: readonly string[] = [],
): SetOff | null {
  const set = spec.set;
  if (!set?.name || !set.off.length) return null;
  const goesTo = serverTargets(spec.spec);
  const here = set.off.filter((n) => (goesTo.get(n) ?? []).some((t) => clients.some((c) => c.name === t)));
  return {
    set: set.name,
    disabled: here.filter((n) => desired.has(n)),
    // a server of that name mcpctl does not manage stays as it is (plan lists it as unmanaged): not "left out"
    leftOut: here.filter((n) => !desired.has(n) && !unmanaged.includes(n)),
  };
}

/** The Codex tables of every server (the probe and the Action start and show servers as Codex would). */
export function compileSpec(loaded: LoadedSpec, ctx: Context): Map<string, TomlTable> {
  const { servers, diagnostics } = compileCodex(loaded.spec, loaded.doc, { launcher: launcherFor(ctx.env, ctx.home) });
  if (diagnostics.length) {
    throw new McpctlError(
      'E_REF',
      `${loaded.file} cannot be compiled for Codex (${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'})`,
      { diagnostics },
    );
  }
  return servers;
}

/** One target file's plan. */
export interface PlanResult {
  spec: LoadedSpec;
  target: LoadedTarget;
  /** The entries mcpctl wants in this file, by server name. */
  desired: Map<string, Entry>;
  plan: Plan;
  /** The whole target file as it would be after apply. */
  newText: string;
  /** Unified diff of the target, secret-looking values masked. */
  diff: string;
  /** Lint findings of mcp.yaml (secrets, policy). */
  findings: Finding[];
  /** What the server set in force turns off in this file. */
  setOff: SetOff | null;
}

/** The plan of every target file of mcp.yaml. */
export interface Planned {
  spec: LoadedSpec;
  findings: Finding[];
  files: PlanResult[];
}

export async function planFor(
  file: string,
  choice: TargetChoice,
  ctx: Context,
  opts: { policy?: string | undefined } = {},
): Promise<Planned> {
  const spec = withSet(await loadSpec(file, ctx), choice.set);
  const refs = targetFiles(spec.spec, spec.path, choice, ctx);
  const wanted = compileTargets(spec, refs, ctx);
  const findings = lintSpec(spec, await policiesFor(spec, opts.policy, ctx));
  const files: PlanResult[] = [];
  const masks = new MaskMemo();
  for (const [i, ref] of refs.entries()) {
    const target = await loadTarget(ref);
    const desired = wanted[i] ?? new Map<string, Entry>();
    const { plan: p, newText, diff } = planTarget(target, desired, masks);
    files.push({
      spec,
      target,
      desired,
      plan: p,
      newText,
      diff,
      findings,
      setOff: setOffIn(spec, desired, ref.clients, p.unmanaged),
    });
  }
  return { spec, findings, files };
}

/**
 * Each file's entries, in the order of `refs`. What a client cannot express stops the plan with every such
 * problem at once (E_REF, file:line:col); what it only cannot tune (a timeout) is a warning of mcp.yaml.
 */
export function compileTargets(spec: LoadedSpec, refs: TargetFileRef[], ctx: Context): Array<Map<string, Entry>> {
  const { entries, problems, warnings } = compileFiles(spec, refs, ctx);
  spec.warnings.push(...warnings);
  if (problems.length) {
    const clients = refs.flatMap((r) => r.clients.map((c) => c.title));
    throw new McpctlError(
      'E_REF',
      `${spec.file} cannot be written for ${clients.join(', ')} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'})`,
      { diagnostics: problems },
    );
  }
  return entries;
}

/** What `mcpctl validate` reports: every target's compile problems and warnings, nothing read or written. */
export function targetDiagnostics(spec: LoadedSpec, ctx: Context): Diagnostic[] {
  const { problems, warnings } = compileFiles(spec, targetFiles(spec.spec, spec.path, {}, ctx), ctx);
  return [...problems, ...warnings];
}

function compileFiles(
  spec: LoadedSpec,
  refs: TargetFileRef[],
  ctx: Context,
): { entries: Array<Map<string, Entry>>; problems: Diagnostic[]; warnings: Diagnostic[] } {
  const goesTo = serverTargets(spec.spec);
  const launcher = launcherFor(ctx.env, ctx.home);
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const entries = refs.map((ref) => {
    const compileAll = (bridge?: ReadonlySet<string>) =>
      ref.clients.map((client) => {
        const names = [...goesTo].filter(([, ts]) => ts.includes(client.name)).map(([n]) => n);
        return client.compile(spec.spec, spec.doc, names, { launcher, bridge });
      });
    let compiled = compileAll();
    // one file, two clients: a remote server one of them reaches only through the bridge is the bridge for both
    // (a file one client reads has nothing to agree on)
    if (ref.clients.length > 1) {
      const bridged = new Set(
        compiled.flatMap((c) => [...c.servers].filter(([, e]) => bridgeOf(e) !== null).map(([n]) => n)),
      );
      const mixed = [...bridged].filter((n) => spec.spec.servers?.[n]?.url !== undefined);
      if (mixed.some((n) => compiled.some((c) => !bridgeOf(c.servers.get(n) ?? {}))))
        compiled = compileAll(new Set(mixed));
    }
    for (const c of compiled)
      for (const d of c.diagnostics)
        (d.severity === 'error' ? problems : warnings).push(d.severity === 'error' ? sharedHint(d, ref) : d);
    return sharedEntries(
      ref,
      compiled.map((c) => c.servers),
      goesTo,
      spec,
      problems,
    );
  });
  return { entries, problems, warnings };
}

/**
 * The entries of a file two clients read: each server must go to both, and be the same entry as both read
 * it (Claude Code and Copilot share a project's .mcp.json, so there is one entry for both or none).
 */
function sharedEntries(
  ref: TargetFileRef,
  compiled: Array<Map<string, Entry>>,
  goesTo: Map<string, string[]>,
  spec: LoadedSpec,
  problems: Diagnostic[],
): Map<string, Entry> {
  const [first, ...others] = compiled;
  if (!first) return new Map();
  if (!others.length) return first;
  const titles = ref.clients.map((c) => c.title).join(' and ');
  const names = new Set(compiled.flatMap((m) => [...m.keys()]));
  const out = new Map<string, Entry>();
  for (const name of names) {
    const entries = compiled.map((m) => m.get(name));
    const at = { file: spec.file, ...spec.doc.locate(['servers', name], 'key'), path: `servers.${name}` };
    const missing = ref.clients.filter((_, i) => entries[i] === undefined);
    const goes = goesTo.get(name) ?? [];
    // a client that should have it but could not compile it has said why already
    if (missing.some((c) => goes.includes(c.name))) continue;
    if (missing.length) {
      const has = ref.clients.filter((_, i) => entries[i] !== undefined);
      problems.push({
        code: 'E_REF',
        severity: 'error',
        message: `server "${name}" goes to ${has.map((c) => c.title).join(', ')} but not ${missing.map((c) => c.title).join(', ')}, and ${titles} both read ${ref.path}: one entry there is for both`,
        ...at,
        hint: `give it to both (its targets: [...] or exclude_targets: [...] in mcp.yaml; it goes to: ${(goesTo.get(name) ?? []).join(', ') || 'none'}), or ${ownFile(ref)}`,
      });
      continue;
    }
    const [entry] = entries;
    const same = ref.clients.every((c) =>
      entries.every((e) => e && entry && valueEqual(c.normalize(e), c.normalize(entry))),
    );
    if (!entry || !same) {
      const keys = differingKeys(ref.clients, entries);
      problems.push({
        code: 'E_REF',
        severity: 'error',
        message: `server "${name}" cannot be written once for both ${titles} in ${ref.path}, which both read: they need different ${keys.map((k) => `"${k}"`).join(', ') || 'entries'}`,
        ...at,
        hint: `${keys.map(sharedKeyHint).join('; ') || 'remove what only one of them reads'}; or ${ownFile(ref)}`,
      });
      continue;
    }
    out.set(name, entry);
  }
  return out;
}

/** The keys whose values differ between the clients' entries of one server, as each client reads each entry. */
function differingKeys(clients: ClientTarget[], entries: Array<Entry | undefined>): string[] {
  const keys = new Set<string>();
  for (const c of clients) {
    const seen = entries.map((e) => (e ? c.normalize(e) : {}));
    const [a, ...rest] = seen;
    for (const b of rest)
      for (const k of new Set([...Object.keys(a ?? {}), ...Object.keys(b)]))
        if (!valueEqual(a?.[k] ?? null, b[k] ?? null)) keys.add(k);
  }
  return [...keys];
}

/** What to do about a key two clients of one file need written differently. */
function sharedKeyHint(key: string): string {
  if (key === 'tools')
    return 'a tool list: Claude Code skips an HTTP entry whose "tools" is a list of names and reads no tool limit for a local one, while Copilot needs that list to limit tools; remove enabled_tools';
  if (key === 'cwd') return 'cwd: Claude Code starts a local server in its own working directory; remove cwd';
  if (key === 'headersHelper')
    return 'a header with ${secret:}: Claude Code gets it through headersHelper, which Copilot does not run; use ${env:NAME} in the header';
  if (key === 'timeout') return 'timeout: give both the same (claude-code: {timeout: N} and copilot: {timeout: N})';
  return `"${key}": make the server's settings the same for both`;
}

/** The other way out of a shared file: give one of its clients a file of its own. */
function ownFile(ref: TargetFileRef): string {
  const ways = ref.clients.flatMap((c) => {
    const other = c.scopes.find((s) => s !== ref.scope);
    return other ? [`${c.name}: {scope: ${other}}`] : [];
  });
  return `give one of them a file of its own under targets (${ways.join(' or ')})`;
}

/**
 * In a file two clients share, leaving one client out of a server is refused too: the way out of a client's
 * refusal there is a file of its own.
 */
function sharedHint(d: Diagnostic, ref: TargetFileRef): Diagnostic {
  if (ref.clients.length < 2) return d;
  const titles = ref.clients.map((c) => c.title).join(' and ');
  const own = ref.clients.map((c) => `${c.name}: {scope: user}`).join(' or ');
  const note = `${titles} share ${ref.path}, so leaving one of them out of this server is refused too: give one of them a file of its own under targets (${own})`;
  return { ...d, hint: d.hint ? `${d.hint}; ${note}` : note };
}

/** The versioned JSON document of a plan (plan --json, --out, apply --json). */
export function planDocumentFor(r: Planned, tool: string, blocking: Diagnostic[] = []): PlanDocument {
  return planDocument({
    tool,
    source: { file: r.spec.file, path: r.spec.path, sha256: r.spec.sha256 },
    targets: r.files.map((f) => ({
      clients: f.target.clients.map((c) => c.name),
      scope: f.target.scope,
      file: f.target.path,
      exists: f.target.exists,
      sha256: f.target.sha256,
      plan: f.plan,
      diff: f.diff,
      lastVerified: f.target.state.last_verified_at,
      setOff: f.setOff,
    })),
    set: r.spec.set,
    diagnostics: r.spec.warnings,
    findings: r.findings,
    blocking,
  });
}
