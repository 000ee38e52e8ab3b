// What makes apply refuse a plan, computed once for plan and apply alike: plan shows exactly what apply
// will refuse (text, --json, --detailed-exitcode), and apply refuses for exactly these reasons.
//   - lint errors in mcp.yaml (plaintext secrets, policy floors)
//   - a ${secret:NAME} the servers reference that the secret store here does not hold (or no store opens)
// Checks that only apply can make (the target changed since the plan, no terminal to confirm on) are not
// here: they are about the moment of applying, not about the plan.
import type { Diagnostic } from '../core/errors.js';
import { McpctlError } from '../core/errors.js';
import type { DocPath } from '../core/load.js';
import type { Finding } from '../core/lint/finding.js';
import { secretRefsOf } from '../core/secret-refs.js';
import type { LoadedSpec } from './pipeline.js';

export interface BlockingOptions {
  /**
   * The referenced secrets this machine's store lacks (src/app/missing-secrets.ts; plan and apply pass it
   * through blockingHere). The Action passes none: it plans for others, whose store is not on the runner;
   * and it keeps the keychain binding out of the Action's bundle.
   */
  missingSecrets?: (spec: LoadedSpec) => Promise<Diagnostic[]>;
}

export async function blockingDiagnostics(
  spec: LoadedSpec,
  findings: readonly Finding[],
  opts: BlockingOptions = {},
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const lintErrors = findings.filter((f) => f.severity === 'error').length;
  if (lintErrors) {
    out.push({
      code: 'E_LINT',
      severity: 'error',
      message: `lint found ${lintErrors} ${lintErrors === 1 ? 'error' : 'errors'} in ${spec.file}`,
      file: spec.file,
      hint: 'fix them (see above), or turn a rule off under lint.rules in mcp.yaml if the organisation policy allows it',
    });
  }
  if (opts.missingSecrets) out.push(...(await opts.missingSecrets(spec)));
  return out;
}

/**
 * Every ${secret:...} the servers that can start reference, with where its first reference is: a server that is
 * off (enabled: false, or outside the server set in force) starts nowhere, so its secrets block nothing.
 */
export function referencedSecrets(spec: LoadedSpec): Map<string, DocPath> {
  const names = new Map<string, DocPath>();
  for (const [name, s] of Object.entries(spec.spec.servers ?? {})) {
    if (s.enabled === false) continue;
    for (const ref of secretRefsOf(s)) if (!names.has(ref.name)) names.set(ref.name, ['servers', name, ...ref.path]);
  }
  return names;
}

/** The error apply throws for them (the first one's code; every one as a diagnostic). */
export function blockingError(list: readonly Diagnostic[]): McpctlError | null {
  const [first, ...rest] = list;
  if (!first) return null;
  const where =
    first.file !== undefined && first.line !== undefined
      ? { file: first.file, line: first.line, col: first.col ?? 1 }
      : undefined;
  return new McpctlError(first.code, `not applied: ${first.message}`, {
    ...(first.hint ? { hint: first.hint } : {}),
    ...(where ? { where } : {}),
    diagnostics: rest,
  });
}
