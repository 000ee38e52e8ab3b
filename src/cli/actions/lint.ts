import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { lintConfig, lintSpec, policiesFor, readBaseline } from '../../app/lint.js';
import { loadSpec, processContext } from '../../app/pipeline.js';
import type { LoadedSpec } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import type { Finding, FindingsReport } from '../../core/lint/finding.js';
import { allRules } from '../../core/lint/lint.js';
import { readTarget } from '../../core/toml/read-target.js';
import { readText } from '../../io/read.js';
import { reportFindings } from '../findings-output.js';
import { isFindingsFormat } from '../../core/render/findings/index.js';
import type { Io } from '../output.js';

export interface LintArgs {
  files?: string[] | undefined;
  file?: string | undefined;
  config?: string | undefined;
  policy?: string | undefined;
  baseline?: string | undefined;
  format: string;
}

export async function lintAction(args: LintArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const named = [...(args.files ?? []), ...(args.file !== undefined ? [args.file] : [])];
  const yamlFiles = named.length
    ? named
    : args.config === undefined || existsSync(resolve(ctx.cwd, 'mcp.yaml'))
      ? ['mcp.yaml']
      : [];
  const findings: Finding[] = [];
  let files = 0;
  let firstSpec: LoadedSpec | null = null;
  const extraPolicies = await policiesFor(null, args.policy, ctx);
  const baseline = args.baseline === undefined ? undefined : await readBaseline(args.baseline, ctx);
  for (const file of yamlFiles) {
    const spec = await loadSpec(file, ctx);
    firstSpec ??= spec;
    findings.push(...lintSpec(spec, [...(await policiesFor(spec, undefined, ctx)), ...extraPolicies], baseline));
    files++;
  }
  const policies = [...(firstSpec ? await policiesFor(firstSpec, undefined, ctx) : []), ...extraPolicies];
  if (args.config) {
    const path = resolve(ctx.cwd, args.config);
    const text = await readText(path, { maxBytes: 64 * 1024 * 1024, what: 'Codex config' });
    const shownAs = relative(ctx.cwd, path).startsWith('..') ? path : relative(ctx.cwd, path);
    findings.push(...lintConfig(readTarget(text, shownAs), shownAs, policies, firstSpec?.spec.lint, baseline));
    files++;
  }
  const rules = allRules();
  const report: FindingsReport = {
    findings,
    filesScanned: files,
    skipped: [],
    rules: [...new Set(findings.map((f) => f.ruleId))].map((id) => rules.get(id)).filter((m) => m !== undefined),
  };
  if (!isFindingsFormat(args.format))
    throw new McpctlError('E_USAGE', `unknown format "${args.format}"`, { hint: 'use pretty, json, sarif or github' });
  reportFindings(report, args.format, io);
  return findings.some((f) => f.severity === 'error') ? EXIT.failure : EXIT.ok;
}
