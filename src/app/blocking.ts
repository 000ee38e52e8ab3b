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
import { secretNames } from '../core/resolve.js';
import type { Context, LoadedSpec } from './pipeline.js';

export interface BlockingOptions {
  /** Look the referenced secrets up in this machine's store (not in CI: the Action plans for others). */
  secrets: boolean;
}

export async function blockingDiagnostics(spec: LoadedSpec, findings: readonly Finding[], ctx: Context, opts: BlockingOptions): Promise<Diagnostic[]> {
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
  if (opts.secrets) out.push(...(await missingSecrets(spec, ctx)));
  return out;
}

/** Every ${secret:...} the servers reference, with where its first reference is. */
export function referencedSecrets(spec: LoadedSpec): Map<string, DocPath> {
  const names = new Map<string, DocPath>();
  const look = (path: DocPath, value: string | undefined) => {
    if (value === undefined || !value.includes('${')) return;
    for (const n of secretNames(value)) if (!names.has(n)) names.set(n, path);
  };
  for (const [name, s] of Object.entries(spec.spec.servers ?? {})) {
    const base = ['servers', name];
    look([...base, 'command'], s.command);
    for (const [i, a] of (s.args ?? []).entries()) look([...base, 'args', i], a);
    for (const [k, v] of Object.entries(s.env ?? {})) look([...base, 'env', k], v);
    for (const [k, v] of Object.entries(s.headers ?? {})) look([...base, 'headers', k], v);
    look([...base, 'cwd'], s.cwd);
    look([...base, 'url'], s.url);
  }
  return names;
}

async function missingSecrets(spec: LoadedSpec, ctx: Context): Promise<Diagnostic[]> {
  const names = referencedSecrets(spec);
  if (!names.size) return [];
  const { openSecretStore } = await import('../io/secrets/store.js');
  const at = (path: DocPath) => ({ file: spec.file, ...spec.doc.locate(path) });
  let store: Awaited<ReturnType<typeof openSecretStore>>;
  try {
    store = await openSecretStore(ctx.env, ctx.home);
  } catch (e) {
    if (!(e instanceof McpctlError)) throw e;
    const first = names.values().next().value;
    return [{ code: e.code, severity: 'error', message: e.message, ...(first ? at(first) : {}), ...(e.hint ? { hint: e.hint } : {}) }];
  }
  const out: Diagnostic[] = [];
  for (const [name, path] of names) {
    // the value is only looked at for presence, and dropped at once
    if ((await store.get(name)) !== null) continue;
    const e = await store.missingError([name]);
    out.push({ code: e.code, severity: 'error', message: e.message, ...at(path), ...(e.hint ? { hint: e.hint } : {}) });
  }
  return out;
}

/** The error apply throws for them (the first one's code; every one as a diagnostic). */
export function blockingError(list: readonly Diagnostic[]): McpctlError | null {
  const [first, ...rest] = list;
  if (!first) return null;
  const where = first.file !== undefined && first.line !== undefined ? { file: first.file, line: first.line, col: first.col ?? 1 } : undefined;
  return new McpctlError(first.code, `not applied: ${first.message}`, { ...(first.hint ? { hint: first.hint } : {}), ...(where ? { where } : {}), diagnostics: rest });
}
