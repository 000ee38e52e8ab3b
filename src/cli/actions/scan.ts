import { DEFAULT_MAX_BYTES, runScan } from '../../app/scan.js';
import { EXIT } from '../../core/errors.js';
import { countBySeverity } from '../../core/lint/finding.js';
import type { FindingsFormat } from '../../core/render/findings/index.js';
import { reportFindings } from '../findings-output.js';
import type { TextIo } from '../output.js';

export interface ScanArgs {
  paths: string[];
  staged: boolean;
  format: FindingsFormat;
  baseline?: string | undefined;
  writeBaseline?: string | undefined;
  maxBytes?: number | undefined;
}

export async function scanAction(args: ScanArgs, io: TextIo, cwd: string): Promise<number> {
  const outcome = await runScan({
    paths: args.paths,
    staged: args.staged,
    baseline: args.baseline,
    writeBaseline: args.writeBaseline,
    maxBytes: args.maxBytes ?? DEFAULT_MAX_BYTES,
    cwd,
  });
  reportFindings(outcome.report, args.format, io);
  const n = (count: number) => `${count} ${count === 1 ? 'finding' : 'findings'}`;
  if (outcome.wrote) {
    io.stderr.write(`Wrote ${outcome.wrote.file}: ${n(outcome.wrote.findings)} accepted. Scans with --baseline ${outcome.wrote.file} report only new ones.\n`);
  } else if (outcome.baselined > 0) {
    io.stderr.write(`${n(outcome.baselined)} accepted in the baseline ${args.baseline} not shown.\n`);
  }
  return countBySeverity(outcome.report.findings).error > 0 ? EXIT.failure : EXIT.ok;
}
