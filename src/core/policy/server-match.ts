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
  if (m.url !== undefined && (s.url === undefined || !urlMatches(m.url, s.url))) return false;
  return true;
}

/**
 * A URL against a URL glob, part by part as VS Code and Claude Code match their serverUrl patterns: the scheme
 * exactly, the host and port with `*` standing for characters that cannot leave the authority (no "/", "@",
 * "?", "#" or "\\"), then path and query with `*` for any run. So `https://*.acme.dev/*` admits
 * `https://mcp.acme.dev/x` and not `https://evil.example/x?.acme.dev/`. Scheme and host ignore case.
 */
export function urlMatches(glob: string, url: string): boolean {
  return urlPattern(glob).test(url);
}

const patterns = new Map<string, RegExp>();

/** The regular expression of a URL glob (a whole-value match), as urlMatches uses it and Codex's matcher gets it. */
export function urlRegexSource(glob: string): string {
  const m = /^([^:/]*):\/\/([^/?#]*)(.*)$/.exec(glob);
  const esc = (t: string, star: string) =>
    t
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join(star);
  if (!m) return esc(glob, '.*');
  const scheme = (m[1] ?? '').toLowerCase();
  const authority = (m[2] ?? '').toLowerCase();
  return `${esc(scheme, '[a-z0-9+.-]*')}://${esc(authority, '[^/@?#\\\\]*')}${esc(m[3] ?? '', '.*')}`;
}

function urlPattern(glob: string): { test(url: string): boolean } {
  let re = patterns.get(glob);
  if (!re) {
    if (patterns.size >= 1024) patterns.clear();
    re = new RegExp(`^${urlRegexSource(glob)}$`);
    patterns.set(glob, re);
  }
  const r = re;
  // scheme and authority compared without case: lower-case them in the URL (the glob's are lowered above)
  return { test: (url) => r.test(url.replace(/^([^:/]*:\/\/[^/?#]*)/, (head) => head.toLowerCase())) };
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
