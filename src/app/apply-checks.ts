// What apply decides before it asks and writes: the plan (from mcp.yaml or a saved plan, which must still
// match), the reasons to refuse it (the same as plan shows), whether anything is left to do, the launcher
// copy the helper lines point to, and afterwards the plaintext secrets the backups still hold. The
// transaction itself is src/app/apply.ts; the CLI only renders, asks and runs its steps.
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import { afterHash, hasChanges } from '../core/plan.js';
import type { PlanDocument } from '../core/render/plan-json.js';
import type { TargetChoice } from './target-files.js';
import { readSavedPlan } from '../io/saved-plan.js';
import type { StableCopy } from '../io/stable-launcher.js';
import { tomlOf } from '../core/targets/codex/toml-of.js';
import type { TomlTable } from '../core/toml/value.js';
import type { ApplyOutcome } from './apply.js';
import { secretsLeftInBackups } from './backups-prune.js';
import type { LeftInBackups } from './backups-prune.js';
import { adoptionConflicts } from './adopt.js';
import { blockingHere } from './missing-secrets.js';
import { planDocumentFor, planFor } from './pipeline.js';
import type { Context, Planned, PlanResult } from './pipeline.js';

export interface ApplyInput extends TargetChoice {
  /** A saved plan (`mcpctl plan --out`) to apply instead of planning `file`. */
  plan?: string | undefined;
  file: string;
  policy?: string | undefined;
  /** --adopt: take over servers of the same name that mcpctl did not write. */
  adopt?: boolean | undefined;
}

export interface PreparedApply {
  planned: Planned;
  doc: PlanDocument;
  /** What makes apply refuse (src/app/blocking.ts): lint errors, missing secrets. */
  blocking: Diagnostic[];
  /** Whether a saved plan is applied (it was reviewed when it was made). */
  saved: boolean;
}

/** The plan apply carries out; a saved plan is refused when anything changed since it was made. */
export async function prepareApply(input: ApplyInput, ctx: Context, tool: string): Promise<PreparedApply> {
  const saved = input.plan ? await readSavedPlan(input.plan) : null;
  // a saved plan names its files: the same targets, Codex's at the same file
  const planned = saved
    ? await planFor(saved.source.path, savedChoice(saved), ctx, { policy: input.policy })
    : await planFor(input.file, input, ctx, { policy: input.policy });
  // the same reasons to refuse that plan shows (src/app/blocking.ts)
  const blocking = [
    ...adoptionConflicts(planned, input.adopt === true),
    ...(await blockingHere(planned.spec, planned.findings, ctx)),
  ];
  const doc = planDocumentFor(planned, tool, blocking);
  if (saved) checkSavedPlan(saved, doc, input.plan ?? '');
  return { planned, doc, blocking, saved: saved !== null };
}

/** The error apply stops with when lint found errors in mcp.yaml, else null. */
export function lintRefusal({ planned, blocking }: PreparedApply): McpctlError | null {
  if (!blocking.some((d) => d.code === 'E_LINT')) return null;
  const lintErrors = planned.findings.filter((f) => f.severity === 'error').length;
  return new McpctlError(
    'E_LINT',
    `not applied: lint found ${lintErrors} ${lintErrors === 1 ? 'error' : 'errors'} in ${planned.spec.file}`,
    {
      hint: 'fix them (see above), or turn a rule off under lint.rules in mcp.yaml if the organisation policy allows it',
    },
  );
}

/** Whether apply has anything to do: a change to a config file, or to the managed set recorded beside one. */
export function applyHasWork(planned: Planned): boolean {
  return planned.files.some((f) => hasChanges(f.plan) || stateNeedsUpdate(f));
}

/** The targets a saved plan was made for, and Codex's file as it named it. */
function savedChoice(saved: PlanDocument): TargetChoice {
  const clients = [...new Set(saved.targets.flatMap((t) => t.clients))];
  const codex = saved.targets.find((t) => t.clients.includes('codex'));
  // the set the plan was made with (a document without one was made with none, or before sets existed)
  return { only: clients, ...(codex ? { config: codex.file } : {}), ...(saved.set ? { set: saved.set.name } : {}) };
}

function checkSavedPlan(saved: PlanDocument, now: PlanDocument, file: string): void {
  if (saved.source.sha256 !== now.source.sha256) {
    throw new McpctlError('E_STALE_PLAN', `${saved.source.file} changed since the plan in ${file} was made`, {
      hint: 'make a new plan with "mcpctl plan --out" and review it',
    });
  }
  for (const t of saved.targets) {
    const current = now.targets.find((n) => n.file === t.file);
    if (current && current.sha256 === t.sha256) continue;
    throw new McpctlError('E_STALE_PLAN', `${t.file} changed since the plan in ${file} was made`, {
      hint: 'make a new plan with "mcpctl plan --out" and review it',
    });
  }
  if (saved.id !== now.id) {
    throw new McpctlError('E_STALE_PLAN', `the plan in ${file} no longer matches what apply would do`, {
      hint: 'make a new plan with "mcpctl plan --out"',
    });
  }
}

/** True when the managed set recorded beside the target differs from what this apply manages. */
function stateNeedsUpdate(r: PlanResult): boolean {
  const managed = r.target.state.managed;
  if (Object.keys(managed).length !== r.desired.size) return true;
  for (const c of r.plan.changes) if (r.desired.has(c.name) && managed[c.name]?.sha256 !== afterHash(c)) return true;
  return false;
}

/**
 * Every headers helper must work the way Codex runs it (before apply installs the launcher copy the lines point
 * to, from this package's bundle): checked before the question, so nothing is asked that would be refused.
 * The launcher's warnings go to `warn` before the check runs. Returns the copy to install, when the lines
 * point to one.
 */
export async function checkLauncher(
  planned: Planned,
  ctx: Context,
  warn: (warning: string) => void,
): Promise<StableCopy | null> {
  const { launcherFor, runnableNow } = await import('../io/launcher.js');
  const launcher = launcherFor(ctx.env, ctx.home);
  const script = JSON.stringify(launcher.args[0] ?? launcher.command).slice(1, -1);
  // each file's entries as one text first (one call, not one per entry): an entry that holds the launcher's path
  // is part of it, so a file whose text does not hold it has no such entry (the usual answer)
  const uses = planned.files.some((f) => {
    const entries = [...f.desired.values()];
    return JSON.stringify(entries).includes(script) && entries.some((t) => JSON.stringify(t).includes(script));
  });
  if (!uses) return null;
  for (const w of launcher.warnings) warn(w);
  const { checkHeadersHelpers } = await import('./helper-check.js');
  for (const f of codexFiles(planned))
    await checkHeadersHelpers(runnableNow(codexTables(f), launcher), f.target.path, ctx.env, []);
  return launcher.install;
}

/** The launcher copy in the data folder that config.toml points to (when mcpctl runs from npx's cache). */
export async function installLauncher(copy: StableCopy | null): Promise<void> {
  if (!copy) return;
  const { installStableCopy } = await import('../io/stable-launcher.js');
  await installStableCopy(copy);
}

/**
 * Tokens this apply removed from the file (import moved them to the store) that live on in the backups.
 * A backup that cannot be read only loses this note (null): the apply itself succeeded.
 */
export async function secretsLeftAfter(planned: Planned, done: ApplyOutcome[]): Promise<LeftInBackups | null> {
  // every file import may move tokens out of: Codex's config.toml and the JSON clients' files
  const found: LeftInBackups[] = [];
  for (const f of planned.files) {
    const outcome = done.find((d) => d.target === f.target.path);
    if (!outcome?.backup) continue;
    const before = { text: f.target.text, servers: new Map([...f.target.file.servers].map(([n, s]) => [n, s.value])) };
    const left = await secretsLeftInBackups(f.target.path, before, f.newText).catch(() => null);
    if (left) found.push(left);
  }
  if (!found.length) return null;
  return { secrets: [...new Set(found.flatMap((l) => l.secrets))], backups: found.flatMap((l) => l.backups) };
}

/** The files Codex reads (config.toml). */
export function codexFiles(planned: Planned): PlanResult[] {
  return planned.files.filter((f) => f.target.clients.some((c) => c.name === 'codex'));
}

/** A Codex file's entries as TOML tables. */
export function codexTables(f: PlanResult): Map<string, TomlTable> {
  return new Map([...f.desired].map(([n, e]) => [n, tomlOf(e)]));
}
