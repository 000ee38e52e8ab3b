// What the policy schema cannot say about a policy file: a server entry that can match nothing (a command and
// a url at once), a glob that is not one (`**`, a URL without its scheme, a name with spaces), and an entry
// that both allows and denies the same servers. Each with file:line:col, as E_SCHEMA (exit 2).
import type { Diagnostic } from '../errors.js';
import type { PolicyFile, ServerMatch } from '../generated/policy-types.js';
import type { DocPath, SourceDoc } from '../load.js';
import { schemaErrorAt } from '../schema-error.js';
import type { SchemaErrorAt } from '../schema-error.js';
import { canonical } from '../value.js';
import type { Value } from '../value.js';

export function policyProblems(doc: SourceDoc, policy: PolicyFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = schemaErrorAt(doc);
  for (const list of ['allow', 'deny'] as const)
    for (const [i, m] of (policy.servers?.[list] ?? []).entries())
      out.push(...entryProblems(m, ['servers', list, i], at));
  const denied = new Map((policy.servers?.deny ?? []).map((m, i) => [canonical(m as Value), i]));
  for (const [i, m] of (policy.servers?.allow ?? []).entries()) {
    const j = denied.get(canonical(m as Value));
    if (j !== undefined)
      out.push(
        at(
          ['servers', 'allow', i],
          `servers.allow[${i}] and servers.deny[${j}] name the same servers: the policy both allows and denies them`,
          'keep it in one of the two lists (deny wins, so as written these servers cannot run)',
        ),
      );
  }
  return out;
}

type At = SchemaErrorAt;

function entryProblems(m: ServerMatch, base: DocPath, at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (m.command !== undefined && m.url !== undefined)
    out.push(
      at(
        [...base, 'url'],
        'this entry gives a command and a url: a server has one or the other, so it matches nothing',
        'split it into two entries, one with the command and one with the url',
      ),
    );
  if (m.name !== undefined) {
    if (/\s/.test(m.name))
      out.push(
        at(
          [...base, 'name'],
          `"${m.name}" is not a server name glob: it holds white space`,
          'write the name as the client file has it, e.g. github or internal-*',
        ),
      );
    out.push(...starStar(m.name, [...base, 'name'], at));
  }
  for (const [k, word] of (m.command ?? []).entries()) out.push(...starStar(word, [...base, 'command', k], at));
  if (m.url !== undefined) {
    if (!/^(?:[a-z][a-z0-9+.-]*|\*):\/\/[^\s]*$/i.test(m.url))
      out.push(
        at(
          [...base, 'url'],
          `"${m.url}" is not a URL glob: it needs a scheme and no white space`,
          'write it whole, e.g. https://mcp.acme.dev/* (`*` matches any run of characters)',
        ),
      );
    out.push(...starStar(m.url, [...base, 'url'], at));
  }
  return out;
}

function starStar(glob: string, path: DocPath, at: At): Diagnostic[] {
  return glob.includes('**')
    ? [
        at(
          path,
          `"${glob}" holds "**": these globs have only "*", which already matches any run of characters`,
          'write a single *',
        ),
      ]
    : [];
}
