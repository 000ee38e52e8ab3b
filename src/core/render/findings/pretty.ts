// For people: findings grouped by file, one `file:line:col  severity  rule  message` line each (the
// location first, so terminals and editors make it a link), the hint under it, then skipped files and
// a summary line. Colour only through Paint.
import type { Finding } from '../../lint/finding.js';
import type { Reporter } from './reporter.js';
import { summaryLine } from './reporter.js';

export const prettyReporter: Reporter = (report, { paint }) => {
  const out: string[] = [];
  let file: string | undefined;
  for (const f of report.findings) {
    if (file !== undefined && f.file !== file) out.push('');
    file = f.file;
    const severity = f.severity === 'error' ? paint.del('error') : paint.mod('warn ');
    out.push(`${paint.bold(`${f.file}:${f.line}:${f.col}`)}  ${severity}  ${f.ruleId}  ${f.message}`);
    out.push(paint.dim(`  hint: ${f.hint}`));
  }
  if (report.findings.length && report.skipped.length) out.push('');
  for (const s of report.skipped) out.push(paint.dim(`skipped ${s.file}: ${s.reason}`));
  if (out.length) out.push('');
  const summary = summaryLine(report);
  out.push(
    _hasErrors(report.findings)
      ? paint.del(`✖ ${summary}`)
      : report.findings.length
        ? paint.mod(`! ${summary}`)
        : paint.add(`✔ ${summary}`),
  );
  return `${out.join('\n')}\n`;
};

const _hasErrors = (findings: readonly Finding[]) => findings.some((f) => f.severity === 'error');
