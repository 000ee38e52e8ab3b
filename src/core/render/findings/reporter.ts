// Findings reporters: interchangeable pure functions (report, options) → text, shared by `mcpctl scan`
// and `mcpctl lint`. The CLI picks one by --format and prints what it returns.
import type { Finding, FindingsReport } from '../../lint/finding.js';
import type { Paint } from '../plan-text.js';

export interface ReporterOptions {
  /** Colour for `pretty` (noPaint off a terminal); the other formats ignore it. */
  paint: Paint;
  /** The tool as SARIF names it. */
  tool: { name: string; version: string; informationUri: string };
}

export type Reporter = (report: FindingsReport, opts: ReporterOptions) => string;

/** Findings in reading order: file, then position, then rule. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.col - b.col || compareText(a.ruleId, b.ruleId),
  );
}

/** How many findings are errors and how many warnings (the JSON summary; an error fails the scan). */
export function countBySeverity(findings: readonly Finding[]): { error: number; warn: number } {
  let error = 0;
  let warn = 0;
  for (const f of findings) f.severity === 'error' ? error++ : warn++;
  return { error, warn };
}

/** `3 errors, 1 warning in 2 files (12 files scanned, 1 skipped)` / `no findings (12 files scanned)`. */
export function summaryLine(report: FindingsReport): string {
  let error = 0;
  let warn = 0;
  const files = new Set<string>();
  for (const f of report.findings) {
    if (f.severity === 'error') error++;
    else warn++;
    files.add(f.file);
  }
  const scanned = `${_plural(report.filesScanned, 'file')} scanned${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}`;
  if (error + warn === 0) return `no findings (${scanned})`;
  return `${_plural(error, 'error')}, ${_plural(warn, 'warning')} in ${_plural(files.size, 'file')} (${scanned})`;
}

const _plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
