// Provider rules compiled once, and the candidates one rule's pattern finds in a text: the secret's span,
// kept only when it passes the rule's entropy floor, is no placeholder or reference, and passes the rule's check.
import { shannonEntropy } from './entropy.js';
import { isPlaceholderOrReference } from './placeholders.js';
import { PROVIDERS, type ProviderRule } from './providers.js';

export interface CompiledRule {
  rule: ProviderRule;
  /** Position in PROVIDERS: on overlap, the lower one wins. */
  order: number;
  /** The rule's pattern with `g` (and `d` when it has a `secret` group), compiled once. */
  re: RegExp;
}

/** A span one rule accepted; overlapping candidates are resolved by `order` (overlaps.ts). */
export interface Candidate {
  order: number;
  rule: ProviderRule;
  start: number;
  end: number;
}

/** Every rule of PROVIDERS, in table order, with its pattern compiled for repeated global matching. */
export function compileProviders(): CompiledRule[] {
  return PROVIDERS.map((rule, order) => {
    const base = rule.pattern.flags.replace(/[gyd]/g, '');
    const flags = base + 'g' + (rule.pattern.source.includes('(?<secret>') ? 'd' : '');
    return { rule, order, re: new RegExp(rule.pattern, flags) };
  });
}

function _accepts(rule: ProviderRule, secret: string): boolean {
  // cheapest first: most rejected candidates are low-entropy stand-ins (`ghp_xxxx…`)
  if (rule.entropyMin !== undefined && shannonEntropy(secret) < rule.entropyMin) return false;
  if (isPlaceholderOrReference(secret)) return false;
  return rule.check ? rule.check(secret) : true;
}

/** Pushes to `out` every accepted match of one rule in `text`, in order of position. */
export function collectCandidates(compiled: CompiledRule, text: string, out: Candidate[]): void {
  const { re, rule, order } = compiled;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const span = m.indices?.groups?.['secret'];
    const start = span ? span[0] : m.index;
    const end = span ? span[1] : m.index + m[0].length;
    if (_accepts(rule, text.slice(start, end))) out.push({ order, rule, start, end });
  }
}
