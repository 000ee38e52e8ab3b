// Effective severity of a rule: its default, overridden by mcp.yaml's `lint.rules`, then raised (never
// lowered) by the organisation policy's `rules`. A `prefix/*` key covers every rule under the prefix;
// an exact id wins over a prefix.
import type { RuleMeta, RuleSeverity } from './finding.js';

const RANK: Record<RuleSeverity, number> = { off: 0, warn: 1, error: 2 };

function lookup(table: Record<string, RuleSeverity> | undefined, id: string): RuleSeverity | undefined {
  if (!table) return undefined;
  if (Object.hasOwn(table, id)) return table[id];
  const prefix = `${id.slice(0, id.indexOf('/'))}/*`;
  return Object.hasOwn(table, prefix) ? table[prefix] : undefined;
}

export function effectiveSeverity(
  meta: RuleMeta,
  user: Record<string, RuleSeverity> | undefined,
  policy: Record<string, RuleSeverity> | undefined,
): RuleSeverity {
  const chosen = lookup(user, meta.id) ?? meta.defaultSeverity;
  const floor = lookup(policy, meta.id);
  return floor !== undefined && RANK[floor] > RANK[chosen] ? floor : chosen;
}
