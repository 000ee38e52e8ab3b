// The allow and deny lists of clients whose entries each name one thing — `{serverName}`, `{serverCommand}`
// or `{serverUrl}` — any of which matching is enough (VS Code's ChatAllowedMcpServers/ChatDeniedMcpServers,
// Claude Code's allowedMcpServers/deniedMcpServers). A policy entry that ties a name to a command cannot be
// said there: in an allow list its command (or URL) is said alone, which lets that command run under any
// name (looser); in a deny list it is left to mcpctl.
import type { PolicyFile, ServerMatch } from '../../generated/policy-types.js';
import { describeMatch } from '../server-match.js';
import type { RuleNote } from './types.js';
import { literal } from './types.js';

/** Said of a command or URL entry: what the client compares is the command line it starts. */
export const THROUGH_MCPCTL =
  "; a server mcpctl starts through its launcher (a secret in its environment) or bridge shows the client mcpctl's command line, not this (lint warns: policy/identity-through-mcpctl)";

export type OneOf = { serverName: string } | { serverCommand: string[] } | { serverUrl: string };

export interface OneOfCaps {
  title: string;
  /** The names an allow list takes (Claude Code: letters, digits, "-" and "_"); absent: any. */
  allowName?: RegExp | undefined;
  /**
   * Claude Code: once its allow list names a command, a local server is admitted only by its command (a name
   * no longer admits one), and once it names a URL, a remote server only by its URL.
   */
  exclusiveKinds?: boolean | undefined;
  /** Whether `*` in a name, a command word or a URL means what it means in the policy. */
  nameGlob: boolean;
  commandGlob: boolean;
  urlGlob: boolean;
}

export interface OneOfLists {
  allow: OneOf[] | undefined;
  deny: OneOf[] | undefined;
  notes: RuleNote[];
}

export function oneOfLists(policy: PolicyFile, caps: OneOfCaps): OneOfLists {
  const notes: RuleNote[] = [];
  const list = (which: 'allow' | 'deny'): OneOf[] | undefined => {
    const entries = policy.servers?.[which];
    if (entries === undefined) return undefined;
    const out: OneOf[] = [];
    const byName: Array<{ note: RuleNote; name: string }> = [];
    for (const [i, m] of entries.entries()) {
      const rule = `servers.${which}[${i}]`;
      const said = single(m, caps, which);
      const keys = Object.keys(m).length;
      if (said && (keys === 1 || which === 'allow')) {
        const note: RuleNote =
          keys === 1
            ? {
                rule,
                how: 'enforced',
                note: `${caps.title} refuses what ${describeMatch(m)} ${which === 'allow' ? 'does not allow' : 'denies'}`,
              }
            : {
                rule,
                how: 'looser',
                note: `${caps.title} cannot say all of ${describeMatch(m)}: it allows ${said.what} alone (mcpctl's lint and policy check hold the rest)`,
              };
        if (!('serverName' in said.entry)) note.note += THROUGH_MCPCTL;
        out.push(said.entry);
        notes.push(note);
        if ('serverName' in said.entry) byName.push({ note, name: said.entry.serverName });
      } else if (which === 'allow') {
        notes.push({
          rule,
          how: 'stricter',
          note: `${caps.title} cannot match ${describeMatch(m)} (${said === null ? unsaid(m, caps) : 'it cannot tie a name to a command or URL'}): it refuses the servers this entry allows`,
        });
      } else {
        notes.push({
          rule,
          how: 'mcpctl-only',
          note: `${caps.title} cannot match ${describeMatch(m)} (${said === null ? unsaid(m, caps) : 'it cannot tie a name to a command or URL'}): mcpctl's lint and policy check refuse it`,
        });
      }
    }
    if (which === 'allow' && caps.exclusiveKinds) {
      const command = out.some((e) => 'serverCommand' in e);
      const url = out.some((e) => 'serverUrl' in e);
      const none = command && url ? 'no server' : command ? 'only a remote server' : 'only a local server';
      if (command || url)
        for (const { note, name } of byName) {
          note.how = 'stricter';
          note.note = `${caps.title} admits ${command ? 'a local server only by its command' : ''}${command && url ? ' and ' : ''}${url ? 'a remote server only by its URL' : ''} once its allow list names one: the name ${name} admits ${none}`;
        }
    }
    if (which === 'allow' && entries.length && !out.length)
      notes.unshift({
        rule: 'servers.allow',
        how: 'stricter',
        note: `the rendered file admits no server: ${caps.title} can say none of the entries of servers.allow`,
      });
    return out;
  };
  return { allow: list('allow'), deny: list('deny'), notes };
}

/**
 * The client's entry for the strongest key of a policy entry it can say — its command or URL, else its
 * name — or null when it can say none of them.
 */
function single(m: ServerMatch, caps: OneOfCaps, which: 'allow' | 'deny'): { entry: OneOf; what: string } | null {
  if (m.command !== undefined && (caps.commandGlob || m.command.every(literal)))
    return { entry: { serverCommand: [...m.command] }, what: `the command [${m.command.join(' ')}]` };
  if (m.url !== undefined && (caps.urlGlob || literal(m.url)))
    return { entry: { serverUrl: m.url }, what: `the url ${m.url}` };
  const nameOk = which === 'deny' || !caps.allowName || caps.allowName.test(m.name ?? '');
  if (m.name !== undefined && (caps.nameGlob || literal(m.name)) && nameOk)
    return { entry: { serverName: m.name }, what: `the name ${m.name}` };
  return null;
}

function unsaid(m: ServerMatch, caps: OneOfCaps): string {
  if (m.command !== undefined) return `it compares a command line exactly, with no "*"`;
  if (m.url !== undefined) return 'it has no pattern for a URL';
  if (m.name !== undefined && caps.allowName && literal(m.name))
    return `its allow list takes names of letters, digits, "-" and "_" only`;
  return `it compares a name exactly, with no "*"`;
}
