import { runLint } from '../../app/lint.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { reportFindings } from '../findings-output.js';
import { isFindingsFormat } from '../../core/render/findings/index.js';
import type { Io } from '../output.js';

export interface LintArgs {
  files?: string[] | undefined;
  file?: string | undefined;
  config?: string | undefined;
  policy?: string | undefined;
  baseline?: string | undefined;
  format: string;
}

export async function lintAction(args: LintArgs, io: Io): Promise<number> {
  const report = await runLint(
    {
      files: [...(args.files ?? []), ...(args.file !== undefined ? [args.file] : [])],
      config: args.config,
      policy: args.policy,
      baseline: args.baseline,
    },
    processContext(),
  );
  if (!isFindingsFormat(args.format))
    throw new McpctlError('E_USAGE', `unknown format "${args.format}"`, { hint: 'use pretty, json, sarif or github' });
  reportFindings(report, args.format, io);
  return report.findings.some((f) => f.severity === 'error') ? EXIT.failure : EXIT.ok;
}
