// policy/server-denied and policy/server-not-allowed: the organisation's list of servers that may run
// (servers: {allow, deny} in the policy file), matched by src/core/policy/server-match.ts.
import { describeMatch, verdict } from '../../policy/server-match.js';
import type { PolicyRule } from '../rule.js';
import type { LintServer } from '../source.js';

function identity(s: LintServer) {
  return { name: s.name, argv: s.command !== undefined ? [s.command, ...(s.args ?? [])] : undefined, url: s.url };
}

export const serverDenied: PolicyRule = {
  meta: {
    id: 'policy/server-denied',
    title: 'Server denied by the organisation policy',
    help: 'The organisation policy denies this server (servers.deny: by name, command line or URL). Remove it, or ask for the policy to change.',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s, policy) {
    const v = verdict(policy, identity(s));
    if (v.ok || v.why !== 'denied') return [];
    return [
      {
        ruleId: 'policy/server-denied',
        path: [],
        part: 'key',
        message: `the policy denies it (servers.deny: ${describeMatch(v.entry)})`,
        hint: 'remove this server, or ask for the policy to change',
      },
    ];
  },
};

export const serverNotAllowed: PolicyRule = {
  meta: {
    id: 'policy/server-not-allowed',
    title: 'Server not in the allowlist',
    help: 'The organisation policy lists the servers that may run (servers.allow: by name, command line or URL), and this one matches none of them. Use an allowed server, or ask for this one to be added.',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s, policy) {
    const v = verdict(policy, identity(s));
    if (v.ok || v.why !== 'not-allowed') return [];
    const allow = policy.servers?.allow ?? [];
    return [
      {
        ruleId: 'policy/server-not-allowed',
        path: [],
        part: 'key',
        message: 'it matches none of the servers the policy allows',
        hint: allow.length
          ? `allowed: ${allow.slice(0, 5).map(describeMatch).join('; ')}${allow.length > 5 ? `; … and ${allow.length - 5} more` : ''}`
          : 'the policy allows no server (servers.allow: [])',
      },
    ];
  },
};
