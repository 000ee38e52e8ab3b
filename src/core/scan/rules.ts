// Rule metadata for secret findings (SARIF's tool.driver.rules, --help texts): one entry per provider
// format, plus the generic rule. Built from the provider table, never written twice.
import type { Finding, RuleMeta } from '../lint/finding.js';
import { GENERIC_RULE_ID } from '../secrets/detect.js';
import { providerById } from '../secrets/providers.js';
import { ROTATE_HINT } from './scan-text.js';

const GENERIC: RuleMeta = {
  id: GENERIC_RULE_ID,
  title: 'High-entropy value under a secret-looking key',
  help:
    'A generated-looking literal is assigned to a key whose name says it holds a secret (API_KEY, token, password…). ' +
    'Move the value out of the file and reference it as ${secret:NAME} or ${env:NAME}; if it is not a secret, rename the key. ' +
    ROTATE_HINT,
  defaultSeverity: 'error',
  category: 'secret',
};

export function secretRuleMeta(id: string): RuleMeta | undefined {
  if (id === GENERIC_RULE_ID) return GENERIC;
  const rule = providerById(id);
  if (!rule) return undefined;
  return {
    id,
    title: rule.title,
    help: `${rule.title} in plain text gives whoever reads the file its access. ${rule.hint} ${ROTATE_HINT}`,
    defaultSeverity: rule.severity ?? 'error',
    category: 'secret',
  };
}

/** The rules the findings name, sorted by id. */
export function rulesOf(findings: readonly Finding[]): RuleMeta[] {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const out: RuleMeta[] = [];
  for (const id of ids) {
    const meta = secretRuleMeta(id);
    if (meta) out.push(meta);
  }
  return out;
}
