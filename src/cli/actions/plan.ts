import { blockingHere } from '../../app/missing-secrets.js';
import { planDocumentFor, planFor, processContext } from '../../app/pipeline.js';
import type { PlanResult } from '../../app/pipeline.js';
import type { Diagnostic } from '../../core/errors.js';
import { EXIT } from '../../core/errors.js';
import { hasChanges } from '../../core/plan.js';
import { maskTokens } from '../../core/mask-tokens.js';
import { planText, refusalText } from '../../core/render/plan-text.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import type { Io } from '../output.js';
import { paintFor, printDiagnostics, printFindings, reportError, writeJson } from '../output.js';
import { toolName } from '../../io/version.js';

export interface PlanArgs {
  file: string;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
  json: boolean;
  out?: string | undefined;
  'detailed-exitcode': boolean;
  policy?: string | undefined;
  probe?: boolean | undefined;
}

/** The helper lines of this plan, run as Codex runs them (before apply installs the launcher copy, from this package's bundle). */
async function helpersHere(r: PlanResult, ctx: ReturnType<typeof processContext>): Promise<Diagnostic[]> {
  if (![...r.desired.values()].some((t) => typeof t['http_headers_helper'] === 'string')) return [];
  const { launcherFor, runnableNow } = await import('../../io/launcher.js');
  const { helperProblems } = await import('../../app/helper-check.js');
  return helperProblems(runnableNow(r.desired, launcherFor(ctx.env, ctx.home)), r.target.path, ctx.env, []);
}

export async function planAction(args: PlanArgs, io: Io): Promise<number> {
  try {
    const ctx = processContext();
    const r = await planFor(args.file, args, ctx, { policy: args.policy });
    // what apply would refuse, exactly as apply decides it
    const blocking = await blockingHere(r.spec, r.findings, ctx);
    // a headers helper that fails the way Codex runs it makes apply refuse too (E_HELPER); a missing secret
    // already explains such a failure, so the helpers run only when none is missing
    if (!blocking.some((d) => d.code === 'E_SECRET_MISSING')) blocking.push(...(await helpersHere(r, ctx)));
    // the JSON document masks every value again: build it only when it is asked for
    const doc = args.json || args.out ? planDocumentFor(r, toolName(), blocking) : null;
    if (args.out && doc) await writeFileAtomic(args.out, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
    const runProbe = async () =>
      args.probe ? (await import('../plan-probe.js')).probePlanned(r, io, args.json) : null;
    let probe: Awaited<ReturnType<typeof runProbe>> = null;
    if (args.json) {
      probe = await runProbe();
      writeJson(io, probe ? { ...doc, probe: probe.doc } : doc);
    } else {
      printDiagnostics(io, r.spec.warnings);
      printFindings(io, r.findings);
      printDiagnostics(io, blocking);
      const paint = paintFor(io.stdout, io.env);
      io.stdout.write(
        planText(r.plan, r.target.path, r.diff, paint, {
          lastVerified: r.target.state.last_verified_at ?? {},
          now: new Date(),
        }),
      );
      io.stdout.write(maskTokens(refusalText(blocking, paint)));
      probe = await runProbe();
      if (probe) io.stdout.write(probe.text);
      if (args.out) io.stdout.write(`\nSaved the plan to ${args.out}. Apply it with: mcpctl apply ${args.out}\n`);
    }
    if (probe?.failed || blocking.length) return EXIT.failure;
    if (args['detailed-exitcode']) return hasChanges(r.plan) ? 2 : EXIT.ok;
    return EXIT.ok;
  } catch (e) {
    const code = reportError(io, e, args.json);
    return args['detailed-exitcode'] ? EXIT.failure : code;
  }
}
