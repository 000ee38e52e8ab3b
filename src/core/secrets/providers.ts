// The provider table: every token format mcpctl recognises, most specific first. Order matters:
// when two matches overlap, the rule listed earlier wins, so vendor formats beat generic ones.
import { AI_RULES } from './providers/ai.js';
import { CLOUD_RULES } from './providers/cloud.js';
import { CODE_HOST_RULES } from './providers/code-hosts.js';
import { DEVTOOLS_RULES } from './providers/devtools.js';
import { GENERIC_RULES } from './providers/generic.js';
import type { ProviderRule } from './providers/_build.js';
import { SAAS_RULES } from './providers/saas.js';

export type { ProviderRule } from './providers/_build.js';

export const PROVIDERS: readonly ProviderRule[] = [
  ...CODE_HOST_RULES,
  ...AI_RULES,
  ...CLOUD_RULES,
  ...SAAS_RULES,
  ...DEVTOOLS_RULES,
  ...GENERIC_RULES,
];

const BY_ID = new Map(PROVIDERS.map((rule) => [rule.id, rule]));

/** The rule with this id, e.g. to read its severity for a finding. */
export function providerById(id: string): ProviderRule | undefined {
  return BY_ID.get(id);
}
