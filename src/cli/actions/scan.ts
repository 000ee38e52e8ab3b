import { DEFAULT_MAX_BYTES, runScan } from '../../app/scan.js';
import { EXIT } from '../../core/errors.js';
import type { FindingsFormat } from '../../core/render/findings/index.js';
import { countBySeverity } from '../../core/render/findings/reporter.js';
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
  const n = (count: number, what = 'finding') => `${count} ${what}${count === 1 ? '' : 's'}`;
  // after --write-baseline every finding is accepted: "no findings" above "4 findings accepted" contradicts itself
  const wroteAll = outcome.wrote !== undefined && outcome.report.findings.length === 0 && args.format === 'pretty';
  if (!wroteAll) reportFindings(outcome.report, args.format, io);
  if (outcome.wrote) {
    const scanned = wroteAll ? ` (${n(outcome.report.filesScanned, 'file')} scanned)` : '';
    io.stderr.write(
      `Wrote ${outcome.wrote.file}: ${n(outcome.wrote.findings)} accepted${scanned}. Scans with --baseline ${outcome.wrote.file} report only new ones.\n`,
    );
  } else if (outcome.baselined > 0) {
    io.stderr.write(`${n(outcome.baselined)} accepted in the baseline ${args.baseline} not shown.\n`);
  }
  return countBySeverity(outcome.report.findings).error > 0 ? EXIT.failure : EXIT.ok;
}
