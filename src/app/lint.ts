// Lint as the commands use it: resolve policies (mcp.yaml `policy:` and --policy), then lint mcp.yaml's
// servers, or a Codex config.toml's.
import { dirname, resolve } from 'node:path';
import type { PolicyFile } from '../core/generated/policy-types.js';
import type { Finding } from '../core/lint/finding.js';
import { lintSource } from '../core/lint/lint.js';
import { sourceFromSpec, sourceFromToml } from '../core/lint/source.js';
import { tomlPositions } from '../core/toml/positions.js';
import type { TargetDoc } from '../core/toml/read-target.js';
import { assertInside } from '../io/confine.js';
import { parseBaseline } from '../core/scan/baseline.js';
import { readPolicy } from '../io/policy.js';
import { readText } from '../io/read.js';
import type { Context, LoadedSpec } from './pipeline.js';

export async function policiesFor(
  spec: LoadedSpec | null,
  extra: string | undefined,
  ctx: Context,
): Promise<PolicyFile[]> {
  const out: PolicyFile[] = [];
  if (spec?.spec.policy) {
    const path = resolve(dirname(spec.path), spec.spec.policy);
    if (ctx.confine)
      await assertInside(ctx.confine, path, `policy "${spec.spec.policy}"`, {
        file: spec.file,
        ...spec.doc.locate(['policy']),
      });
    out.push(await readPolicy(path, spec.spec.policy));
  }
  if (extra) out.push(await readPolicy(resolve(ctx.cwd, extra), extra));
  return out;
}

export function lintSpec(spec: LoadedSpec, policies: PolicyFile[], baseline?: ReadonlySet<string>): Finding[] {
  return lintSource(sourceFromSpec(spec.spec, spec.doc), { rules: spec.spec.lint?.rules, policies, baseline });
}

export function lintConfig(
  doc: TargetDoc,
  shownAs: string,
  policies: PolicyFile[],
  rules?: LoadedSpec['spec']['lint'],
  baseline?: ReadonlySet<string>,
): Finding[] {
  const at = tomlPositions(doc.text);
  return lintSource(sourceFromToml(shownAs, doc.text, doc.servers, at), { rules: rules?.rules, policies, baseline });
}

/** The fingerprints a scan baseline accepts (`lint --baseline FILE`). */
export async function readBaseline(file: string, ctx: Context): Promise<Set<string>> {
  const text = await readText(resolve(ctx.cwd, file), {
    maxBytes: 64 * 1024 * 1024,
    what: 'baseline',
    missingHint: 'write one with "mcpctl scan --write-baseline FILE"',
  });
  return parseBaseline(text, file);
}
