// The policy as Codex's managed requirements (`/etc/codex/requirements.toml`, measured with the real Codex
// 0.169.0): `[mcp_servers.NAME.identity]` lists the servers Codex may start, each by its exact name AND its
// command (executable plus argument matchers) or URL; Codex turns every other server off itself
// ("disabled: requirements (…)") and nothing in config.toml turns it back on. It has no deny list, and no
// name pattern.
import type { ServerMatch } from '../../generated/policy-types.js';
import { renderKey, renderString } from '../../toml/render.js';
import { describeMatch, urlRegexSource } from '../server-match.js';
import { THROUGH_MCPCTL } from './one-of.js';
import type { PolicyRenderer, RuleNote } from './types.js';
import { literal, mcpctlOnly } from './types.js';

const TITLE = 'Codex';

export const codexPolicy: PolicyRenderer = {
  target: 'codex',
  title: TITLE,
  render(policy) {
    const notes: RuleNote[] = [];
    const tables: string[] = [];
    const allow = policy.servers?.allow;
    const named = new Map<string, number>();
    for (const [i, m] of (allow ?? []).entries()) {
      const rule = `servers.allow[${i}]`;
      const table = identityTable(m);
      // Codex holds one identity per name: a second entry for the same name would be a second table it cannot read
      const first = m.name === undefined ? undefined : named.get(m.name);
      if (typeof table === 'string' && first !== undefined) {
        notes.push({
          rule,
          how: 'stricter',
          note: `Codex holds one identity per server name, and servers.allow[${first}] gives ${m.name}'s: Codex turns off ${m.name} when it runs as this entry says`,
        });
      } else if (typeof table === 'string') {
        if (m.name !== undefined) named.set(m.name, i);
        tables.push(table);
        notes.push({
          rule,
          how: 'enforced',
          note: `Codex starts ${describeMatch(m)} and checks its name and identity${THROUGH_MCPCTL}`,
        });
      } else {
        notes.push({
          rule,
          how: 'stricter',
          note: `${table.why}: Codex turns off the servers this entry allows (mcpctl's lint and policy check allow them)`,
        });
      }
    }
    for (const [i, m] of (policy.servers?.deny ?? []).entries())
      notes.push({
        rule: `servers.deny[${i}]`,
        how: 'mcpctl-only',
        note: `Codex has no deny list (only what servers.allow names runs): mcpctl's lint and policy check refuse ${describeMatch(m)}`,
      });
    if (allow?.length && !tables.length)
      notes.unshift({
        rule: 'servers.allow',
        how: 'stricter',
        note: 'the rendered file admits no server: Codex can say none of the entries of servers.allow',
      });
    notes.push(...mcpctlOnly(policy, TITLE));
    const head = [
      '# MCP servers Codex may start, from the organisation policy (mcpctl policy render --target codex).',
      '# Merge into /etc/codex/requirements.toml; Codex turns off every other server itself.',
    ];
    const body =
      allow === undefined
        ? ['# The policy has no servers.allow list, so there is nothing for Codex to enforce here.']
        : tables.length
          ? tables
          : ['[mcp_servers]', '# no server may run: Codex can say none of the entries of servers.allow'];
    return {
      target: 'codex',
      title: TITLE,
      install: { linux: '/etc/codex/requirements.toml', darwin: '/etc/codex/requirements.toml' },
      text: `${[...head, '', body.join('\n\n')].join('\n')}\n`,
      notes,
    };
  },
};

/** The requirements table of one allow entry, or why Codex cannot hold it. */
function identityTable(m: ServerMatch): string | { why: string } {
  if (m.name === undefined || !literal(m.name))
    return {
      why: `Codex lists allowed servers by their exact name, and ${describeMatch(m)} gives ${m.name === undefined ? 'none' : 'a pattern'}`,
    };
  const key = `mcp_servers.${renderKey(m.name)}.identity`;
  if (m.command) {
    const [exe, ...args] = m.command;
    if (exe === undefined || !literal(exe))
      return { why: `Codex compares the program exactly, and ${describeMatch(m)} gives a pattern for it` };
    if (!args.length) return `[${key}.command]\nexecutable = ${str(exe)}\nargs = []`;
    return `[${key}.command]\nexecutable = ${str(exe)}\nargs = [\n${args.map((a) => `  ${matcher(a)},`).join('\n')}\n]`;
  }
  if (m.url !== undefined)
    return literal(m.url) ? `[${key}]\nurl = ${str(m.url)}` : `[${key}.url]\n${urlMatcherKeys(m.url)}`;
  return { why: `Codex needs a command or url with each allowed name, and ${describeMatch(m)} gives neither` };
}

/** One argument: exact, a prefix (`abc*`), or a whole-value regex. */
function matcher(glob: string): string {
  return `{ ${matcherKeys(glob).replace(/\n/g, ', ')} }`;
}

function matcherKeys(glob: string): string {
  if (literal(glob)) return `match = "exact"\nvalue = ${str(glob)}`;
  const stars = glob.split('*').length - 1;
  if (stars === 1 && glob.endsWith('*')) return `match = "prefix"\nvalue = ${str(glob.slice(0, -1))}`;
  const expression = glob
    .split('*')
    .map((p) => p.replace(/[\\.+?()|[\]{}^$*]/g, '\\$&'))
    .join('.*');
  return `match = "regex"\nexpression = ${str(expression)}`;
}

/** A URL glob as mcpctl matches it (src/core/policy/server-match.ts): a prefix where that is the same, else the regex. */
function urlMatcherKeys(glob: string): string {
  const stars = glob.split('*').length - 1;
  const authority = /^[^:/]*:\/\/([^/?#]*)/.exec(glob)?.[1] ?? '*';
  if (stars === 1 && glob.endsWith('*') && !authority.includes('*'))
    return `match = "prefix"\nvalue = ${str(glob.slice(0, -1))}`;
  return `match = "regex"\nexpression = ${str(urlRegexSource(glob))}`;
}

/** A TOML string, escaped as the TOML renderer of config.toml escapes it. */
function str(s: string): string {
  return renderString(s);
}
