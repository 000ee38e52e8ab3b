import { DEFAULT_MAX_BYTES, runScan } from '../../app/scan.js';
import { EXIT } from '../../core/errors.js';
import { countBySeverity } from '../../core/lint/finding.js';
import { REPORTERS } from '../../core/render/findings/index.js';
import type { FindingsFormat } from '../../core/render/findings/index.js';
import type { Io } from '../output.js';
import { noPaint } from '../../core/render/plan-text.js';
import { paintFor } from '../output.js';
import { toolVersion } from '../version.js';

export interface ScanArgs {
  paths: string[];
  staged: boolean;
  format: FindingsFormat;
  baseline?: string | undefined;
  writeBaseline?: string | undefined;
  maxBytes?: number | undefined;
}

export const INFORMATION_URI = 'https://www.npmjs.com/package/mcpctl';

export async function scanAction(args: ScanArgs, io: Io, cwd: string): Promise<number> {
  const outcome = await runScan({
    paths: args.paths,
    staged: args.staged,
    baseline: args.baseline,
    writeBaseline: args.writeBaseline,
    maxBytes: args.maxBytes ?? DEFAULT_MAX_BYTES,
    cwd,
  });
  const text = REPORTERS[args.format](outcome.report, {
    paint: args.format === 'pretty' ? paintFor(io.stdout, io.env) : noPaint,
    tool: { name: 'mcpctl', version: toolVersion(), informationUri: INFORMATION_URI },
  });
  io.stdout.write(text);
  if (outcome.wrote) {
    io.stderr.write(`Wrote ${outcome.wrote.file}: ${outcome.wrote.findings} accepted ${outcome.wrote.findings === 1 ? 'finding' : 'findings'}. Later scans with --baseline ${outcome.wrote.file} report only new ones.\n`);
  } else if (outcome.baselined > 0) {
    io.stderr.write(`${outcome.baselined} known ${outcome.baselined === 1 ? 'finding' : 'findings'} held back by the baseline ${args.baseline}.\n`);
  }
  return countBySeverity(outcome.report.findings).error > 0 ? EXIT.failure : EXIT.ok;
}
