// policy/insecure-url and policy/host-not-allowed: where remote servers may be.
import { matchesAny } from '../glob.js';
import type { PolicyRule } from '../rule.js';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export const insecureUrl: PolicyRule = {
  meta: {
    id: 'policy/insecure-url',
    title: 'Remote server over plain http',
    help: 'Tokens and tool results of a remote MCP server travel in the clear over http. Use https; plain http is accepted only for loopback addresses (localhost, 127.0.0.1, ::1).',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s) {
    const u = s.url ? parse(s.url) : null;
    if (!u || u.protocol !== 'http:' || isLoopback(u.hostname)) return [];
    return [
      {
        ruleId: 'policy/insecure-url',
        path: ['url'],
        message: `talks to ${u.host} over plain http`,
        hint: `use https://${u.host}${u.pathname}`,
      },
    ];
  },
};

export const hostNotAllowed: PolicyRule = {
  meta: {
    id: 'policy/host-not-allowed',
    title: 'Remote host not in the allowlist',
    help: 'The organisation policy lists the hosts remote MCP servers may live on (remote.hosts). Ask for the host to be added, or use an approved server.',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s, policy) {
    const hosts = policy.remote?.hosts;
    const u = s.url ? parse(s.url) : null;
    if (!hosts || !u || isLoopback(u.hostname) || matchesAny(u.hostname.toLowerCase(), hosts, 'i')) return [];
    return [
      {
        ruleId: 'policy/host-not-allowed',
        path: ['url'],
        message: `uses host ${u.hostname}, which the policy does not allow`,
        hint: `allowed hosts: ${hosts.join(', ')}`,
      },
    ];
  },
};
