// A server as a client other than Codex starts it: the entry mcpctl writes into that client's file (its launcher,
// its headers helper, its bridge included) with the client's own references filled in from the environment the
// way the client fills them (`${X}` and `${X:-d}` for Claude Code, `${env:X}` for Cursor, `{env:X}` for
// OpenCode, nothing for Zed, …), and the client's environment passed on whole to a local server (the JSON
// clients start servers with their own environment, where Codex passes only a few variables). Pure.
import { readClientValue } from '../core/import-refs.js';
import { resolveTemplate } from '../core/resolve.js';
import type { TargetName } from '../core/targets/names.js';
import type { Entry, Value } from '../core/value.js';
import { CODEX_DEFAULT_STARTUP_TIMEOUT_SEC } from '../core/codex-facts.js';
import type { ProbeSpec } from '../core/probe-types.js';

export type JsonClientName = Exclude<TargetName, 'codex'>;

/** The text as the client hands it on, and the variables it needed that are not set. */
export function expandAs(
  client: JsonClientName,
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { value: string; unset: string[] } {
  const read = readClientValue(client, text);
  // one of the client's own variables (${workspaceFolder}, …): what it becomes is the client's to say
  if (!read.ok) return { value: text, unset: [] };
  const first = resolveTemplate(read.value, { env: (n) => env[n], secret: () => undefined });
  if (first.ok) return { value: first.value, unset: [] };
  const unset = [
    ...new Set(first.missing.flatMap((m) => [...m.matchAll(/env:([A-Za-z_][A-Za-z0-9_]*)/g)].map((x) => x[1] ?? ''))),
  ];
  const blank = resolveTemplate(read.value, { env: (n) => env[n] ?? '', secret: () => '' });
  return { value: blank.ok ? blank.value : text, unset };
}

/** What the probe starts or reaches for `client`'s entry of server `name`. */
export function clientProbeSpec(
  client: JsonClientName,
  title: string,
  name: string,
  entry: Entry,
  env: Readonly<Record<string, string | undefined>>,
): ProbeSpec {
  const unset = new Set<string>();
  const problems: string[] = [];
  const x = (v: Value | undefined): string => {
    if (typeof v !== 'string') return '';
    const r = expandAs(client, v, env);
    for (const u of r.unset) unset.add(u);
    return r.value;
  };
  const strings = (v: Value | undefined): string[] => (Array.isArray(v) ? v.map((a) => x(a)) : []);
  const table = (v: Value | undefined): Record<string, string> => {
    const out: Record<string, string> = {};
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, s] of Object.entries(v)) out[k] = x(s);
    return out;
  };
  const base = {
    name,
    enabled: entry['enabled'] !== false && entry['disabled'] !== true,
    startupTimeoutSec: CODEX_DEFAULT_STARTUP_TIMEOUT_SEC,
    enabledTools: null,
    disabledTools: null,
    problems,
    client: { name: client, title },
  };
  const remote =
    client === 'windsurf' || client === 'antigravity'
      ? entry['serverUrl']
      : client === 'gemini'
        ? (entry['httpUrl'] ?? entry['url'])
        : entry['url'];
  if (remote !== undefined && (client === 'opencode' ? entry['type'] === 'remote' : entry['command'] === undefined)) {
    return {
      ...base,
      transport: 'http',
      url: x(remote),
      httpHeaders: table(entry['headers']),
      envHttpHeaders: {},
      bearerTokenEnvVar: null,
      headersHelper: typeof entry['headersHelper'] === 'string' ? entry['headersHelper'] : null,
      oauth: entry['oauth'] !== undefined || entry['auth'] !== undefined,
      unsetVars: [...unset],
    };
  }
  // OpenCode writes the command line as one argv array, and the environment as `environment`
  const argv = client === 'opencode' ? strings(entry['command']) : [x(entry['command']), ...strings(entry['args'])];
  const [command = '', ...args] = argv;
  if (!command) problems.push(`${title}'s entry has no command`);
  return {
    ...base,
    transport: 'stdio',
    command,
    args,
    env: table(client === 'opencode' ? entry['environment'] : entry['env']),
    envVars: [],
    cwd: typeof entry['cwd'] === 'string' ? x(entry['cwd']) : null,
    inherit: true,
    unsetVars: [...unset],
  };
}
