// For programs: a versioned document (docs/lint-scan.md, "Formats" under "mcpctl scan"). Field names are
// snake_case like every mcpctl JSON document; absent values are null, so the shape never varies.
import { countBySeverity } from './reporter.js';
import type { Reporter } from './reporter.js';

const FINDINGS_FORMAT = 1;

export const jsonReporter: Reporter = (report) => {
  const { error, warn } = countBySeverity(report.findings);
  const doc = {
    format_version: FINDINGS_FORMAT,
    kind: 'mcpctl.findings',
    summary: { error, warn, files_scanned: report.filesScanned, skipped: report.skipped.length },
    findings: report.findings.map((f) => ({
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      col: f.col,
      end_line: f.endLine ?? null,
      end_col: f.endCol ?? null,
      hint: f.hint,
      secret: f.secret ? { fingerprint: f.secret.fingerprint, preview: f.secret.preview } : null,
    })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: s.reason })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
