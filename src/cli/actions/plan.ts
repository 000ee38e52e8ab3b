import { processContext } from '../../app/pipeline.js';
import { makePlan } from '../../app/plan.js';
import { EXIT } from '../../core/errors.js';
import { maskTokens } from '../../core/mask-tokens.js';
import { plansText, refusalText, setLine } from '../../core/render/plan-text.js';
import { fileSections } from '../plan-sections.js';
import { toolName } from '../../io/version.js';
import type { Io } from '../output.js';
import { paintFor, printDiagnostics, printFindings, reportError, writeJson } from '../output.js';

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
  /** --target: only these clients. */
  target?: string[] | undefined;
  adopt?: boolean | undefined;
  /** --set: the server set to turn on. */
  set?: string | undefined;
}

export async function planAction(args: PlanArgs, io: Io): Promise<number> {
  try {
    const { r, blocking, doc, changes } = await makePlan(
      { ...args, only: args.target, document: args.json },
      processContext(),
      toolName(),
    );
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
      io.stdout.write(setLine(r.spec.set, paint) + plansText(fileSections(r, new Date()), paint));
      io.stdout.write(maskTokens(refusalText(blocking, paint)));
      probe = await runProbe();
      if (probe) io.stdout.write(probe.text);
      if (args.out) io.stdout.write(`\nSaved the plan to ${args.out}. Apply it with: mcpctl apply ${args.out}\n`);
    }
    if (probe?.failed || blocking.length) return EXIT.failure;
    if (args['detailed-exitcode']) return changes ? 2 : EXIT.ok;
    return EXIT.ok;
  } catch (e) {
    const code = reportError(io, e, args.json);
    return args['detailed-exitcode'] ? EXIT.failure : code;
  }
}
