// The ${secret:...} references this machine's secret store cannot answer: a blocking reason for plan and
// apply alike (src/app/blocking.ts). Kept apart so that what does not look secrets up (the Action) does not
// load the store and its keychain binding.
import type { Diagnostic } from '../core/errors.js';
import { McpctlError } from '../core/errors.js';
import type { DocPath } from '../core/load.js';
import type { Finding } from '../core/lint/finding.js';
import type { ManagedSecretStore } from '../io/secrets/store.js';
import { blockingDiagnostics, referencedSecrets } from './blocking.js';
import type { Context, LoadedSpec } from './pipeline.js';

/** What makes apply refuse here: lint errors and the secrets this machine's store lacks. */
export function blockingHere(spec: LoadedSpec, findings: readonly Finding[], ctx: Context): Promise<Diagnostic[]> {
  return blockingDiagnostics(spec, findings, { missingSecrets: (s) => missingSecrets(s, ctx) });
}

export async function missingSecrets(spec: LoadedSpec, ctx: Context): Promise<Diagnostic[]> {
  const names = referencedSecrets(spec);
  if (!names.size) return [];
  const at = (path: DocPath) => ({ file: spec.file, ...spec.doc.locate(path) });
  // loaded only when a secret is referenced: plan and apply of other files never load the store
  const { openSecretStore } = await import('../io/secrets/store.js');
  let store: ManagedSecretStore;
  try {
    store = await openSecretStore(ctx.env, ctx.home);
  } catch (e) {
    if (!(e instanceof McpctlError)) throw e;
    const first = names.values().next().value;
    return [
      {
        code: e.code,
        severity: 'error',
        message: e.message,
        ...(first ? at(first) : {}),
        ...(e.hint ? { hint: e.hint } : {}),
      },
    ];
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
