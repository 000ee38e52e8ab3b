// For GitHub Actions logs: one workflow command per finding, which GitHub turns into an annotation
// on the file and line. Escaping as the runner requires: in the message `%`, CR and LF; in property
// values also `:` and `,`.
import type { Reporter } from './reporter.js';
import { summaryLine } from './reporter.js';

export const githubReporter: Reporter = (report) => {
  const out: string[] = [];
  for (const f of report.findings) {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.col}`];
    if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
    if (f.endCol !== undefined) props.push(`endColumn=${f.endCol}`);
    props.push(`title=${escapeProperty(f.ruleId)}`);
    out.push(
      `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${f.message}\n${f.hint}`)}`,
    );
  }
  for (const s of report.skipped)
    out.push(`::notice file=${escapeProperty(s.file)}::${escapeData(`skipped: ${s.reason}`)}`);
  out.push(summaryLine(report));
  return `${out.join('\n')}\n`;
};

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
