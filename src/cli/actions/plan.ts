import { planDocumentFor, planFor, processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { hasChanges } from '../../core/plan.js';
import { planText } from '../../core/render/plan-text.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import type { Io } from '../output.js';
import { paintFor, printDiagnostics, printFindings, reportError, writeJson } from '../output.js';
import { toolName } from '../version.js';

export interface PlanArgs {
  file: string;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
  json: boolean;
  out?: string | undefined;
  'detailed-exitcode': boolean;
  policy?: string | undefined;
}

export async function planAction(args: PlanArgs, io: Io): Promise<number> {
  try {
    const r = await planFor(args.file, args, processContext(), { policy: args.policy });
    const doc = planDocumentFor(r, toolName());
    if (args.out) await writeFileAtomic(args.out, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
    if (args.json) {
      writeJson(io, doc);
    } else {
      printDiagnostics(io, r.spec.warnings);
      printFindings(io, r.findings);
      io.stdout.write(planText(r.plan, r.target.path, r.diff, paintFor(io.stdout, io.env)));
      if (args.out) io.stdout.write(`\nSaved the plan to ${args.out}. Apply it with: mcpctl apply ${args.out}\n`);
    }
    if (args['detailed-exitcode']) return hasChanges(r.plan) ? 2 : EXIT.ok;
    return EXIT.ok;
  } catch (e) {
    const code = reportError(io, e, args.json);
    return args['detailed-exitcode'] ? EXIT.failure : code;
  }
}
