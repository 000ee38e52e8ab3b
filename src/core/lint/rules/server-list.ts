// policy/server-denied and policy/server-not-allowed: the organisation's list of servers that may run
// (servers: {allow, deny} in the policy file), matched by src/core/policy/server-match.ts.
import { describeMatch, matchesServer, verdict } from '../../policy/server-match.js';
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

export const identityThroughMcpctl: PolicyRule = {
  meta: {
    id: 'policy/identity-through-mcpctl',
    title: 'Allowed by a command or URL the client does not see',
    help: "The policy allows this server by its command line or URL, but the client starts it through mcpctl's launcher (a secret in its environment) or bridge, so the command line the client sees is mcpctl's: a client enforcing the policy rendered for it (mcpctl policy render) refuses it. Allow it by name too (Claude Code, VS Code, Gemini CLI), or give it its secret another way.",
    defaultSeverity: 'warn',
    category: 'policy',
  },
  check(s, policy) {
    if (!s.through) return [];
    const id = identity(s);
    const by = (policy.servers?.allow ?? []).filter((m) => (m.command ?? m.url) !== undefined && matchesServer(m, id));
    if (
      !by.length ||
      (policy.servers?.allow ?? []).some((m) => m.command === undefined && m.url === undefined && matchesServer(m, id))
    )
      return [];
    return [
      {
        ruleId: 'policy/identity-through-mcpctl',
        path: [],
        part: 'key',
        message: `the policy allows it by ${describeMatch(by[0] ?? {})}, but the client starts it as mcpctl's ${s.through}: a client enforcing the rendered policy refuses it`,
        hint: `allow it by name too (servers.allow: - name: ${s.name}); Codex, which needs the command with the name, cannot admit a server it starts through mcpctl`,
      },
    ];
  },
};
