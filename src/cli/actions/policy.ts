import { processContext } from '../../app/pipeline.js';
import { checkPolicy, renderPolicy } from '../../app/policy.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { isFindingsFormat } from '../../core/render/findings/index.js';
import { reportFindings } from '../findings-output.js';
import type { Io } from '../output.js';
import { reportError, writeJson } from '../output.js';

const HOW: Record<string, string> = {
  enforced: 'enforced',
  looser: 'looser',
  stricter: 'stricter',
  'mcpctl-only': 'mcpctl only',
};

export async function policyAction(action: 'render' | 'check', args: Record<string, unknown>, io: Io): Promise<number> {
  const json = args['json'] === true || args['format'] === 'json';
  try {
    const req = { file: str(args['file']), policy: str(args['policy']) };
    if (action === 'render') {
      const r = await renderPolicy({ ...req, target: str(args['target']) ?? '' }, processContext());
      if (json) {
        writeJson(io, { format_version: 1, kind: 'mcpctl.policy-render', ...r });
        return EXIT.ok;
      }
      io.stdout.write(r.text);
      const where = Object.entries(r.install)
        .map(([os, p]) => `${os}: ${p}`)
        .join('; ');
      io.stderr.write(`\n${r.title}: install it as ${where}\n`);
      for (const n of r.notes) io.stderr.write(`  ${HOW[n.how] ?? n.how}: ${n.rule}: ${n.note}\n`);
      return EXIT.ok;
    }
    const format = str(args['format']) ?? 'pretty';
    if (!isFindingsFormat(format))
      throw new McpctlError('E_USAGE', `unknown format "${format}"`, { hint: 'use pretty, json, sarif or github' });
    const report = await checkPolicy(req, processContext());
    reportFindings(report, format, io);
    return report.findings.some((f) => f.severity === 'error') ? EXIT.failure : EXIT.ok;
  } catch (e) {
    return reportError(io, e, json);
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
