// Lint and scan findings: data, never printed here. One shape for both commands and every output format.

export type RuleSeverity = 'error' | 'warn' | 'off';

export interface RuleMeta {
  /** Stable id, e.g. `secret/github-pat`, `policy/unpinned-package`. */
  id: string;
  title: string;
  /** Help text for SARIF and --help: why it matters and how to fix it. */
  help: string;
  defaultSeverity: Exclude<RuleSeverity, 'off'>;
  category: 'secret' | 'policy';
}

export interface Finding {
  ruleId: string;
  severity: Exclude<RuleSeverity, 'off'>;
  message: string;
  /** Path as the user named it (relative to the working directory when possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  endLine?: number;
  endCol?: number;
  hint: string;
  /**
   * For secret findings: a stable fingerprint (sha256 over rule id and the secret's sha256; the file is
   * kept apart) and the only shape of the secret that may be shown (first 4 characters and its length).
   * Never the secret itself.
   */
  secret?: { fingerprint: string; preview: string };
}

export interface FindingsReport {
  findings: Finding[];
  /** Files looked at, and notes about files skipped (binary, too large, unreadable, vanished). */
  filesScanned: number;
  skipped: Array<{ file: string; reason: string }>;
  rules: RuleMeta[];
}
