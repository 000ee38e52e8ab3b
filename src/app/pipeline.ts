// The pipeline as the commands use it: read files, then run the pure stages in order.
// load → validate → compile → (read target + state) → plan → splice → redacted diff.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { compileCodex } from '../core/compile/codex.js';
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import { loadYaml, LOAD_LIMITS } from '../core/load.js';
import type { SourceDoc } from '../core/load.js';
import { plan } from '../core/plan.js';
import { codexTarget } from '../core/targets/codex/index.js';
import type { Plan } from '../core/plan.js';
import { unifiedDiff } from '../core/render/diff.js';
import { maskTable, redactToml } from '../core/redact.js';
import { planDocument } from '../core/render/plan-json.js';
import type { PlanDocument } from '../core/render/plan-json.js';
import { resolveTarget } from '../core/target-path.js';
import type { TargetOptions } from '../core/target-path.js';
import { readTarget } from '../core/toml/read-target.js';
import type { TargetDoc } from '../core/toml/read-target.js';
import { renderServerBlock } from '../core/toml/render.js';
import { splice } from '../core/toml/splice.js';
import type { ServerEdit } from '../core/toml/splice.js';
import { tomlEqual } from '../core/toml/value.js';
import type { TomlTable } from '../core/toml/value.js';
import type { McpFile } from '../core/generated/mcp-types.js';
import { validate } from '../core/validate.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import { launcherFor } from '../io/launcher.js';
import { readText } from '../io/read.js';
import { readState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import type { Finding } from '../core/lint/finding.js';
import { lintSpec, policiesFor } from './lint.js';

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
  sha256: string;
  warnings: Diagnostic[];
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
  const loaded: LoadedSpec = { path, file, doc, spec, sha256: sha256(text), warnings };
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
  return { ...loaded, spec: resolved.spec };
}

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

export interface LoadedTarget {
  path: string;
  exists: boolean;
  text: string;
  sha256: string | null;
  doc: TargetDoc;
  state: TargetState;
}

export async function loadTarget(opts: TargetOptions, ctx: Context): Promise<LoadedTarget> {
  const path = resolveTarget(opts, ctx.env, ctx.home, ctx.cwd);
  const text = await readText(path, { maxBytes: 64 * 1024 * 1024, what: 'Codex config', missingOk: true });
  const doc = readTarget(text ?? '', path);
  return {
    path,
    exists: text !== null,
    text: text ?? '',
    sha256: text === null ? null : sha256(text),
    doc,
    state: await readState(path),
  };
}

export interface PlanResult {
  spec: LoadedSpec;
  target: LoadedTarget;
  desired: Map<string, TomlTable>;
  plan: Plan;
  /** The whole target file as it would be after apply. */
  newText: string;
  /** Unified diff of the target, secret-looking values masked. */
  diff: string;
  /** Lint findings of mcp.yaml (secrets, policy). */
  findings: Finding[];
}

export async function planFor(
  file: string,
  targetOpts: TargetOptions,
  ctx: Context,
  opts: { policy?: string | undefined } = {},
): Promise<PlanResult> {
  const spec = await loadSpec(file, ctx);
  const desired = compileSpec(spec, ctx);
  const findings = lintSpec(spec, await policiesFor(spec, opts.policy, ctx));
  const target = await loadTarget(targetOpts, ctx);
  const actual = new Map<string, TomlTable>();
  for (const [name, server] of target.doc.servers) actual.set(name, server.value);
  const p = plan(desired, actual, target.state.managed, codexTarget.normalize);
  const newText = spliceFor(target.doc, p, desired);
  return { spec, target, desired, plan: p, newText, diff: planDiff(target, p, desired, newText), findings };
}

/** The versioned JSON document of a plan (plan --json, --out, apply --json). */
export function planDocumentFor(r: PlanResult, tool: string, blocking: Diagnostic[] = []): PlanDocument {
  return planDocument({
    tool,
    source: { file: r.spec.file, path: r.spec.path, sha256: r.spec.sha256 },
    target: { file: r.target.path, exists: r.target.exists, sha256: r.target.sha256 },
    plan: r.plan,
    normalize: codexTarget.normalize,
    diff: r.diff,
    diagnostics: r.spec.warnings,
    findings: r.findings,
    blocking,
    lastVerified: r.target.state.last_verified_at,
  });
}

/**
 * The redacted diff of the target. The new servers are rendered already masked into the redacted current
 * text, so the (possibly large) new text is never parsed again just to be redacted.
 */
function planDiff(target: LoadedTarget, p: Plan, desired: Map<string, TomlTable>, newText: string): string {
  const before = redactToml(target.text);
  const masked = new Map<string, TomlTable>();
  let maskedAny = false;
  for (const [name, table] of desired) {
    const m = maskTable(table);
    maskedAny ||= !tomlEqual(m, table);
    masked.set(name, m);
  }
  // nothing to mask on either side (the usual case): the new text is already the redacted one
  if (before === target.text && !maskedAny) return unifiedDiff(target.path, before, newText);
  const beforeDoc = before === target.text ? target.doc : readTarget(before, target.path);
  return unifiedDiff(target.path, before, spliceFor(beforeDoc, p, masked));
}

export function spliceFor(doc: TargetDoc, p: Plan, desired: Map<string, TomlTable>): string {
  const edits: ServerEdit[] = [];
  for (const c of p.changes) {
    if (c.action === 'delete') edits.push({ name: c.name, block: null });
    const want = desired.get(c.name);
    if (c.action === 'create' && want) edits.push({ name: c.name, block: renderServerBlock(c.name, want) });
    // an update edits only the keys that change, so the user's comments and layout inside it stay
    if (c.action === 'update' && want)
      edits.push({ name: c.name, block: renderServerBlock(c.name, want), value: want });
  }
  return edits.length ? splice(doc, edits) : doc.text;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
