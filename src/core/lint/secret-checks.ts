// Secret findings in a server's values: provider formats anywhere, and a generated-looking literal
// under a secret-looking env or header key. References and placeholders are never findings.
import { findSecrets, genericSecretAt, GENERIC_RULE_ID } from '../secrets/detect.js';
import { PROVIDERS } from '../secrets/providers.js';
import type { RuleMeta } from './finding.js';
import type { RawFinding } from './rule.js';
import type { LintServer, RelPath } from './source.js';

const HINT_TAIL = 'Anything committed or pasted is exposed: rotate it, then reference it as ${secret:NAME} or ${env:NAME}.';

export function secretRuleMetas(): RuleMeta[] {
  const metas: RuleMeta[] = PROVIDERS.map((p) => ({
    id: p.id,
    title: p.title,
    help: `${p.hint} ${HINT_TAIL}`,
    defaultSeverity: p.severity ?? 'error',
    category: 'secret' as const,
  }));
  metas.push({
    id: GENERIC_RULE_ID,
    title: 'High-entropy value under a secret-looking key',
    help: `A literal that looks generated sits under a key named like a token, key, secret or password. ${HINT_TAIL} If it is not a secret, rename the key.`,
    defaultSeverity: 'error',
    category: 'secret',
  });
  return metas;
}

export function secretFindings(s: LintServer, headersKey: string): RawFinding[] {
  const out: RawFinding[] = [];
  const look = (path: RelPath, value: string, key?: string) => {
    for (const m of findSecrets(value)) {
      out.push({ ruleId: m.ruleId, path, message: `${m.title} in plaintext`, hint: m.hint, secret: value.slice(m.start, m.end) });
    }
    if (key === undefined) return;
    const g = genericSecretAt(key, value);
    if (g) out.push({ ruleId: g.ruleId, path, message: `${key} holds a literal that looks like a secret`, hint: g.hint, secret: value });
  };
  if (s.command) look(['command'], s.command);
  for (const [i, a] of (s.args ?? []).entries()) look(['args', i], a);
  if (s.cwd) look(['cwd'], s.cwd);
  if (s.url) look(['url'], s.url);
  for (const [k, v] of Object.entries(s.env ?? {})) look(['env', k], v, k);
  for (const [k, v] of Object.entries(s.headers ?? {})) look([headersKey, k], v, k);
  return out;
}
