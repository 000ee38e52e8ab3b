// Findings for the action's reports, from diagnostics and errors. (mcp.yaml from text is loadSpecText in
// src/app/pipeline.ts: the base version comes from git, not from a file.)
import { McpctlError } from '../core/errors.js';
import type { Diagnostic } from '../core/errors.js';
import type { Finding } from '../core/lint/finding.js';

/** A diagnostic (a mcp.yaml that does not load, a validation warning) as a finding, for annotations and reports. */
export function diagnosticFinding(d: Diagnostic, file: string): Finding {
  return {
    ruleId: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file ?? file,
    line: d.line ?? 1,
    col: d.col ?? 1,
    hint: d.hint ?? '',
  };
}

/** What an error amounts to as findings: its diagnostics, or the error itself at its place. */
export function errorFindings(e: McpctlError, file: string): Finding[] {
  if (e.diagnostics.length) return e.diagnostics.map((d) => diagnosticFinding(d, file));
  return [
    diagnosticFinding(
      { code: e.code, severity: 'error', message: e.message, ...(e.where ?? {}), ...(e.hint ? { hint: e.hint } : {}) },
      file,
    ),
  ];
}
