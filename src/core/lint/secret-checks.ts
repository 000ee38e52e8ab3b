// Secret findings in a server's values: provider formats anywhere, and a generated-looking literal
// under a secret-looking env or header key. References and placeholders are never findings.
import { findSecrets, genericSecretAt, GENERIC_RULE_ID } from '../secrets/detect.js';
import { PROVIDERS } from '../secrets/providers.js';
import type { RuleMeta } from './finding.js';
import { secretRuleMeta } from '../scan/rules.js';
import type { RawFinding } from './rule.js';
import type { LintServer, RelPath } from './source.js';

export function secretRuleMetas(): RuleMeta[] {
  return [...PROVIDERS.map((p) => p.id), GENERIC_RULE_ID].map(secretRuleMeta).filter((m) => m !== undefined);
}

export function secretFindings(s: LintServer, headersKey: string): RawFinding[] {
  const out: RawFinding[] = [];
  const look = (path: RelPath, value: string, key?: string) => {
    for (const m of findSecrets(value)) {
      out.push({
        ruleId: m.ruleId,
        path,
        message: `${m.title} in plaintext`,
        hint: m.hint,
        secret: value.slice(m.start, m.end),
      });
    }
    if (key === undefined) return;
    const g = genericSecretAt(key, value);
    if (g)
      out.push({
        ruleId: g.ruleId,
        path,
        message: `${key} holds a literal that looks like a secret`,
        hint: g.hint,
        secret: value,
      });
  };
  if (s.command) look(['command'], s.command);
  for (const [i, a] of (s.args ?? []).entries()) look(['args', i], a);
  if (s.cwd) look(['cwd'], s.cwd);
  if (s.url) look(['url'], s.url);
  for (const [k, v] of Object.entries(s.env ?? {})) look(['env', k], v, k);
  for (const [k, v] of Object.entries(s.headers ?? {})) look([headersKey, k], v, k);
  return out;
}
