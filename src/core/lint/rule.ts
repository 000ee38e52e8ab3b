// The shape of a policy rule: a pure check of one server against the effective policy.
import type { PolicyFile } from '../generated/policy-types.js';
import type { RuleMeta } from './finding.js';
import type { LintServer, LintSource, RelPath } from './source.js';

/** A finding before severity, suppression and position are applied. */
export interface RawFinding {
  ruleId: string;
  message: string;
  /** Inside the server. */
  path: RelPath;
  part?: 'key' | 'value';
  hint: string;
  /** For secret findings: the secret itself (hashed for the fingerprint, never shown). */
  secret?: string;
}

export interface PolicyRule {
  meta: RuleMeta;
  check(server: LintServer, policy: PolicyFile, source: LintSource): RawFinding[];
}

export function basename(command: string): string {
  const parts = command.split(/[\\/]/);
  return (parts[parts.length - 1] ?? command).replace(/\.(exe|cmd|bat)$/i, '');
}
