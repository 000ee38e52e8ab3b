// lint: every rule over every server of one source, then severities, inline suppressions and positions.
import { fingerprintPreview } from '../secrets/detect.js';
import type { PolicyFile } from '../generated/policy-types.js';
import type { Finding, RuleMeta, RuleSeverity } from './finding.js';
import type { PolicyRule, RawFinding } from './rule.js';
import { commandNotAllowed } from './rules/command-allowlist.js';
import { deniedEnv } from './rules/denied-env.js';
import { foreignKey } from './rules/foreign-key.js';
import { hostNotAllowed, insecureUrl } from './rules/remote-url.js';
import { shellWrapper } from './rules/shell-wrapper.js';
import { timeoutBounds } from './rules/timeout-bounds.js';
import { unpinnedPackage } from './rules/unpinned-package.js';
import { secretFindings, secretRuleMetas } from './secret-checks.js';
import { effectiveSeverity } from './severity.js';
import type { LintSource } from './source.js';
import { allowedByLine, isAllowed } from '../scan/suppress.js';
import { LineIndex } from '../scan/line-index.js';
import { secretFingerprint } from '../scan/fingerprint.js';

export { secretFingerprint };

export const POLICY_RULES: readonly PolicyRule[] = [unpinnedPackage, shellWrapper, deniedEnv, insecureUrl, hostNotAllowed, commandNotAllowed, timeoutBounds, foreignKey];

let metas: Map<string, RuleMeta> | undefined;
export function allRules(): Map<string, RuleMeta> {
  metas ??= new Map([...POLICY_RULES.map((r) => r.meta), ...secretRuleMetas()].map((m) => [m.id, m]));
  return metas;
}

export interface LintSettings {
  /** mcp.yaml `lint.rules`. */
  rules?: Record<string, RuleSeverity> | undefined;
  /** Organisation policies (none, or several: each one's limits apply). */
  policies: PolicyFile[];
}

const RANK: Record<RuleSeverity, number> = { off: 0, warn: 1, error: 2 };

/** The severity floors of several policies: for each rule, the strictest. */
export function mergeFloors(policies: PolicyFile[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const p of policies) {
    for (const [id, sev] of Object.entries(p.rules ?? {})) {
      const have = out[id];
      if (have === undefined || RANK[sev] > RANK[have]) out[id] = sev;
    }
  }
  return out;
}

export function lintSource(source: LintSource, settings: LintSettings): Finding[] {
  const rules = allRules();
  const floors = mergeFloors(settings.policies);
  const policies = settings.policies.length ? settings.policies : [{ version: 1 as const }];
  const allowed = allowedByLine(source.text, new LineIndex(source.text));
  const out: Finding[] = [];
  for (const server of source.servers) {
    const raw: RawFinding[] = [...secretFindings(server, source.headersKey)];
    for (const rule of POLICY_RULES) for (const policy of policies) raw.push(...rule.check(server, policy, source));
    const seen = new Set<string>();
    for (const r of raw) {
      const key = `${r.ruleId}\0${r.path.join('\0')}\0${r.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const meta = rules.get(r.ruleId);
      if (!meta) continue;
      const severity = effectiveSeverity(meta, settings.rules, floors);
      if (severity === 'off') continue;
      const { line, col } = server.at(r.path, r.part);
      if (isAllowed(allowed, line, r.ruleId)) continue;
      out.push({
        ruleId: r.ruleId,
        severity,
        message: `server "${server.name}": ${r.message}`,
        file: source.file,
        line,
        col,
        hint: r.hint,
        ...(r.secret !== undefined ? { secret: { fingerprint: secretFingerprint(r.ruleId, r.secret), preview: fingerprintPreview(r.secret) } } : {}),
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col || a.ruleId.localeCompare(b.ruleId));
}
