// The organisation policy's server list (`servers: {allow, deny}`): which servers may run, by name, whole
// command line or URL. One matcher for every place the list is used — lint of mcp.yaml, `policy check` of the
// clients' files, and the notes of `policy render` — so mcpctl and the rendered files agree on what matches.
import type { PolicyFile, ServerMatch } from '../generated/policy-types.js';
import { matchesAny } from '../lint/glob.js';

/** What the list looks at: a server's name, and its command line or URL. */
export interface ServerIdentity {
  name: string;
  /** [command, ...args] of a local server. */
  argv?: readonly string[] | undefined;
  url?: string | undefined;
}

/** Every key the entry gives matches the server (`*` in a name, word or URL matches any run of characters). */
export function matchesServer(m: ServerMatch, s: ServerIdentity): boolean {
  if (m.name !== undefined && !matchesAny(s.name, [m.name])) return false;
  if (m.command !== undefined) {
    const argv = s.argv;
    if (!argv || argv.length !== m.command.length) return false;
    if (!m.command.every((glob, i) => matchesAny(argv[i] ?? '', [glob]))) return false;
  }
  if (m.url !== undefined && (s.url === undefined || !matchesAny(s.url, [m.url], 'i'))) return false;
  return true;
}

export type Verdict =
  { ok: true } | { ok: false; why: 'denied'; entry: ServerMatch } | { ok: false; why: 'not-allowed' };

/** Whether one policy lets this server run: no deny entry matches it, and an allow list (if any) does. */
export function verdict(policy: PolicyFile, s: ServerIdentity): Verdict {
  const deny = policy.servers?.deny?.find((m) => matchesServer(m, s));
  if (deny) return { ok: false, why: 'denied', entry: deny };
  const allow = policy.servers?.allow;
  if (allow !== undefined && !allow.some((m) => matchesServer(m, s))) return { ok: false, why: 'not-allowed' };
  return { ok: true };
}

/** An entry as people write it in the policy: `name=github command=[npx …]`. */
export function describeMatch(m: ServerMatch): string {
  const parts: string[] = [];
  if (m.name !== undefined) parts.push(`name ${m.name}`);
  if (m.command !== undefined) parts.push(`command [${m.command.join(' ')}]`);
  if (m.url !== undefined) parts.push(`url ${m.url}`);
  return parts.join(', ');
}
