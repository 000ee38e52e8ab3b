// lint: every rule over every server of one source, then severities, inline suppressions and positions.
import type { PolicyFile } from '../generated/policy-types.js';
import type { Finding, RuleMeta, RuleSeverity } from './finding.js';
import type { PolicyRule, RawFinding } from './rule.js';
import { commandNotAllowed } from './rules/command-allowlist.js';
import { deniedEnv } from './rules/denied-env.js';
import { foreignKey } from './rules/foreign-key.js';
import { hostNotAllowed, insecureUrl } from './rules/remote-url.js';
import { identityThroughMcpctl, serverDenied, serverNotAllowed } from './rules/server-list.js';
import { shellWrapper } from './rules/shell-wrapper.js';
import { timeoutBounds } from './rules/timeout-bounds.js';
import { unpinnedPackage } from './rules/unpinned-package.js';
import { secretRuleMetas } from './secret-checks.js';
import { effectiveSeverity } from './severity.js';
import type { LintServer, LintSource } from './source.js';
import { scanSecrets } from '../scan/scan-text.js';
import { allowedByLine, isAllowed } from '../scan/suppress.js';
import { LineIndex } from '../scan/line-index.js';
import { secretFingerprint } from '../scan/fingerprint.js';

export { secretFingerprint };

const POLICY_RULES: readonly PolicyRule[] = [
  unpinnedPackage,
  shellWrapper,
  deniedEnv,
  insecureUrl,
  hostNotAllowed,
  commandNotAllowed,
  timeoutBounds,
  foreignKey,
  serverDenied,
  serverNotAllowed,
  identityThroughMcpctl,
];

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
  /** Fingerprints a scan baseline accepts (`lint --baseline FILE`). */
  baseline?: ReadonlySet<string> | undefined;
}

const RANK: Record<RuleSeverity, number> = { off: 0, warn: 1, error: 2 };

/** The severity floors of several policies: for each rule, the strictest. */
function mergeFloors(policies: PolicyFile[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const p of policies) {
    for (const [id, sev] of Object.entries(p.rules ?? {})) {
      const have = out[id];
      if (have === undefined || RANK[sev] > RANK[have]) out[id] = sev;
    }
  }
  return out;
}

/**
 * Whether an `mcpctl:allow` comment or a baseline entry may silence a finding of this rule. A policy floor
 * holds against suppressions as it does against `lint.rules`: every policy that sets a floor for the rule
 * must list it (or its `prefix/*`) under `allow_suppressions`. A rule no policy sets a floor for can be
 * silenced as before.
 */
function suppressionAccepted(ruleId: string, policies: readonly PolicyFile[]): boolean {
  const prefix = `${ruleId.slice(0, ruleId.indexOf('/'))}/*`;
  for (const p of policies) {
    const rules = p.rules ?? {};
    const floor = Object.hasOwn(rules, ruleId)
      ? rules[ruleId]
      : Object.hasOwn(rules, prefix)
        ? rules[prefix]
        : undefined;
    if (floor === undefined || floor === 'off') continue;
    const listed = p.allow_suppressions ?? [];
    if (!listed.includes(ruleId) && !listed.includes(prefix)) return false;
  }
  return true;
}

const REFUSED = 'The organisation policy sets a floor for this rule and does not accept';

interface Candidate {
  ruleId: string;
  server: LintServer | null;
  message: string;
  line: number;
  col: number;
  end?: { line: number; col: number };
  hint: string;
  secret?: { fingerprint: string; preview: string };
  /** An `mcpctl:allow` comment covers its line. */
  commented: boolean;
}

/**
 * A policy that lists servers holds its list at error: mcp.yaml's `lint.rules`, an `mcpctl:allow` comment or a
 * baseline cannot turn it off (unless the policy itself says otherwise in `rules` or `allow_suppressions`).
 */
function withServerFloors(p: PolicyFile): PolicyFile {
  if (!p.servers) return p;
  const rules = { ...p.rules };
  for (const id of ['policy/server-denied', 'policy/server-not-allowed'])
    if (!Object.hasOwn(rules, id) && !Object.hasOwn(rules, 'policy/*')) rules[id] = 'error';
  return { ...p, rules };
}

export function lintSource(source: LintSource, given: LintSettings): Finding[] {
  const settings = { ...given, policies: given.policies.map(withServerFloors) };
  const rules = allRules();
  const floors = mergeFloors(settings.policies);
  const policies = settings.policies.length ? settings.policies : [{ version: 1 as const }];
  const allowed = allowedByLine(source.text, new LineIndex(source.text));
  const candidates: Candidate[] = [];
  // secrets: the scan engine over the whole file, so lint and scan agree on every literal (id, line:col,
  // fingerprint), and a baseline or allow comment written for one serves the other
  for (const s of scanSecrets(source.text, source.file)) {
    const server = source.servers.find((x) => x.owns(s.start)) ?? null;
    const f = s.finding;
    candidates.push({
      ruleId: f.ruleId,
      server,
      message: `${s.title} in plain text`,
      line: f.line,
      col: f.col,
      ...(f.endLine !== undefined && f.endCol !== undefined ? { end: { line: f.endLine, col: f.endCol } } : {}),
      hint: f.hint,
      ...(f.secret ? { secret: f.secret } : {}),
      commented: s.allowed,
    });
  }
  for (const server of source.servers) {
    const raw: RawFinding[] = [];
    for (const rule of POLICY_RULES) for (const policy of policies) raw.push(...rule.check(server, policy, source));
    const seen = new Set<string>();
    for (const r of raw) {
      const key = `${r.ruleId}\0${r.path.join('\0')}\0${r.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { line, col } = server.at(r.path, r.part);
      candidates.push({
        ruleId: r.ruleId,
        server,
        message: r.message,
        line,
        col,
        hint: r.hint,
        commented: isAllowed(allowed, line, r.ruleId),
      });
    }
  }
  const out: Finding[] = [];
  for (const c of candidates) {
    const meta = rules.get(c.ruleId);
    if (!meta) continue;
    const severity = effectiveSeverity(meta, settings.rules, floors);
    if (severity === 'off') continue;
    const baselined = c.secret !== undefined && settings.baseline?.has(c.secret.fingerprint) === true;
    let hint = c.hint;
    if (c.commented || baselined) {
      if (suppressionAccepted(c.ruleId, settings.policies)) continue;
      hint += ` ${REFUSED} ${c.commented ? 'an mcpctl:allow comment' : 'a baseline entry'} for it (allow_suppressions).`;
    }
    out.push({
      ruleId: c.ruleId,
      severity,
      message: c.server ? `server "${c.server.name}": ${c.message}` : c.message,
      file: source.file,
      line: c.line,
      col: c.col,
      ...(c.end ? { endLine: c.end.line, endCol: c.end.col } : {}),
      hint,
      ...(c.secret ? { secret: c.secret } : {}),
    });
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col || a.ruleId.localeCompare(b.ruleId));
}
