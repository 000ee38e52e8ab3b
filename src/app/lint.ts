// Lint as the commands use it: choose the files, resolve policies (mcp.yaml `policy:` and --policy), then lint
// mcp.yaml's servers, or a Codex config.toml's, into one findings report.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { PolicyFile } from '../core/generated/policy-types.js';
import type { Finding, FindingsReport } from '../core/lint/finding.js';
import { allRules, lintSource } from '../core/lint/lint.js';
import { sourceFromSpec, sourceFromToml } from '../core/lint/source.js';
import { tomlPositions } from '../core/toml/positions.js';
import { readTarget } from '../core/toml/read-target.js';
import type { TargetDoc } from '../core/toml/read-target.js';
import { assertInside } from '../io/confine.js';
import { parseBaseline } from '../core/scan/baseline.js';
import { readPolicy } from '../io/policy.js';
import { readText } from '../io/read.js';
import { loadSpec } from './pipeline.js';
import type { Context, LoadedSpec } from './pipeline.js';

export interface LintRequest {
  /** mcp.yaml files named on the command line (none: ./mcp.yaml, unless only --config is linted). */
  files: string[];
  /** A Codex config.toml to lint too. */
  config?: string | undefined;
  /** An extra policy file (--policy), on top of each mcp.yaml's own. */
  policy?: string | undefined;
  baseline?: string | undefined;
}

/** The files lint reads: those named, else ./mcp.yaml (skipped when only a config is linted and none exists). */
function yamlFilesFor(req: LintRequest, ctx: Context): string[] {
  if (req.files.length) return req.files;
  return req.config === undefined || existsSync(resolve(ctx.cwd, 'mcp.yaml')) ? ['mcp.yaml'] : [];
}

/** Lints each mcp.yaml with its own policy plus --policy, then the config with the first file's policy and rules. */
export async function runLint(req: LintRequest, ctx: Context): Promise<FindingsReport> {
  const yamlFiles = yamlFilesFor(req, ctx);
  const findings: Finding[] = [];
  let files = 0;
  let firstSpec: LoadedSpec | null = null;
  const extraPolicies = await policiesFor(null, req.policy, ctx);
  const baseline = req.baseline === undefined ? undefined : await readBaseline(req.baseline, ctx);
  for (const file of yamlFiles) {
    const spec = await loadSpec(file, ctx);
    firstSpec ??= spec;
    findings.push(...lintSpec(spec, [...(await policiesFor(spec, undefined, ctx)), ...extraPolicies], baseline));
    files++;
  }
  const policies = [...(firstSpec ? await policiesFor(firstSpec, undefined, ctx) : []), ...extraPolicies];
  if (req.config) {
    const path = resolve(ctx.cwd, req.config);
    const text = await readText(path, { maxBytes: 64 * 1024 * 1024, what: 'Codex config' });
    const shownAs = relative(ctx.cwd, path).startsWith('..') ? path : relative(ctx.cwd, path);
    findings.push(...lintConfig(readTarget(text, shownAs), shownAs, policies, firstSpec?.spec.lint, baseline));
    files++;
  }
  const rules = allRules();
  return {
    findings,
    filesScanned: files,
    skipped: [],
    rules: [...new Set(findings.map((f) => f.ruleId))].map((id) => rules.get(id)).filter((m) => m !== undefined),
  };
}

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
