// What `mcpctl policy render` makes of an organisation policy for one client: the file that client enforces
// itself, and for every rule of the policy how (or whether) that file enforces it. One module per client
// (codex.ts, claude-code.ts, vscode.ts, gemini.ts) behind this shape.
import type { PolicyFile } from '../../generated/policy-types.js';

/** How a client holds one rule of the policy. */
export type Enforcement =
  /** The client refuses what the rule refuses, and only that. */
  | 'enforced'
  /** The client refuses less than the rule does (mcpctl's lint and policy check still hold the rest). */
  | 'looser'
  /** The client refuses more than the rule does (servers the policy allows are refused too). */
  | 'stricter'
  /** The client's file cannot express it: lint and policy check hold it. */
  | 'mcpctl-only';

export interface RuleNote {
  /** The rule as the policy file names it: `servers.allow[0]`, `servers.deny`, `commands.allow`, `rules`. */
  rule: string;
  how: Enforcement;
  /** Why, in a sentence. */
  note: string;
}

export interface RenderedPolicy {
  target: string;
  title: string;
  /** Where an administrator installs the file, per platform (it is machine-wide, outside mcpctl's reach). */
  install: Partial<Record<'linux' | 'darwin' | 'win32', string>>;
  /** The file's text (or, where the client takes policies another way, the text of the Linux file). */
  text: string;
  notes: RuleNote[];
}

export interface PolicyRenderer {
  target: string;
  title: string;
  render(policy: PolicyFile): RenderedPolicy;
}

/** The rules of a policy no client file can express: mcpctl's lint and policy check hold them everywhere. */
export function mcpctlOnly(policy: PolicyFile, title: string): RuleNote[] {
  const out: RuleNote[] = [];
  const note = (rule: string, what: string) =>
    out.push({ rule, how: 'mcpctl-only', note: `${title} has no setting for ${what}` });
  if (policy.commands?.allow) note('commands.allow', 'the programs a server may be started with');
  if (policy.env?.deny) note('env.deny', 'the environment variables a server may not set');
  if (policy.timeouts) note('timeouts', 'bounds on start-up and tool timeouts');
  if (policy.remote?.hosts) note('remote.hosts', 'the hosts remote servers may use');
  if (policy.rules && Object.keys(policy.rules).length)
    note('rules', 'lint rules such as pinned packages (policy/unpinned-package) or plaintext secrets');
  return out;
}

/** A name, word or URL without `*`: a client that matches exactly can take it as it is. */
export const literal = (glob: string): boolean => !glob.includes('*');
