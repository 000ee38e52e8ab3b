// `mcpctl plan`: the plan, the reasons apply would refuse it (exactly as apply decides them, plus the headers
// helpers run as Codex runs them), the plan document when it is asked for, and the saved plan file.
import type { Diagnostic } from '../core/errors.js';
import { hasChanges } from '../core/plan.js';
import type { PlanDocument } from '../core/render/plan-json.js';
import type { TargetChoice } from './target-files.js';
import { codexFiles, codexTables } from './apply-checks.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { adoptionConflicts } from './adopt.js';
import { blockingHere } from './missing-secrets.js';
import { planDocumentFor, planFor } from './pipeline.js';
import type { Context, Planned } from './pipeline.js';

export interface PlanInput extends TargetChoice {
  file: string;
  policy?: string | undefined;
  /** Build the JSON plan document (it masks every value again: only when it is asked for). */
  document: boolean;
  /** --adopt: take over servers of the same name that mcpctl did not write. */
  adopt?: boolean | undefined;
  /** Save the plan document here, for `mcpctl apply FILE`. */
  out?: string | undefined;
}

export interface PlanOutcome {
  r: Planned;
  blocking: Diagnostic[];
  doc: PlanDocument | null;
  /** Whether apply would change a config file. */
  changes: boolean;
}

export async function makePlan(input: PlanInput, ctx: Context, tool: string): Promise<PlanOutcome> {
  const r = await planFor(input.file, input, ctx, { policy: input.policy });
  // what apply would refuse, exactly as apply decides it
  const blocking = [...adoptionConflicts(r, input.adopt === true), ...(await blockingHere(r.spec, r.findings, ctx))];
  // a headers helper that fails the way Codex runs it makes apply refuse too (E_HELPER); a missing secret
  // already explains such a failure, so the helpers run only when none is missing
  if (!blocking.some((d) => d.code === 'E_SECRET_MISSING')) blocking.push(...(await helpersHere(r, ctx)));
  // the JSON document masks every value again: build it only when it is asked for
  const doc = input.document || input.out ? planDocumentFor(r, tool, blocking) : null;
  if (input.out && doc) await writeFileAtomic(input.out, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
  return { r, blocking, doc, changes: r.files.some((f) => hasChanges(f.plan)) };
}

/** The helper lines of this plan, run as Codex runs them (before apply installs the launcher copy, from this package's bundle). */
async function helpersHere(r: Planned, ctx: Context): Promise<Diagnostic[]> {
  const files = codexFiles(r).filter((f) =>
    [...f.desired.values()].some((t) => typeof t['http_headers_helper'] === 'string'),
  );
  if (!files.length) return [];
  const { launcherFor, runnableNow } = await import('../io/launcher.js');
  const { helperProblems } = await import('./helper-check.js');
  const out: Diagnostic[] = [];
  for (const f of files)
    out.push(
      ...(await helperProblems(
        runnableNow(codexTables(f), launcherFor(ctx.env, ctx.home)),
        f.target.path,
        ctx.env,
        [],
      )),
    );
  return out;
}
