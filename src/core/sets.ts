// Server sets: named subsets of mcp.yaml's servers (`sets:`), one of which is on at a time (`--set NAME`, else
// `default_set:`, else every server). Choosing a set is a pure rewrite of the spec: every server outside it is
// `enabled: false`, which each client's compile turns into its own switch (Codex `enabled = false`, OpenCode
// and Zed `enabled: false`) or, where the client has none, into leaving the server out of its file. The rest of the pipeline never asks which set is on.
import type { Diagnostic } from './errors.js';
import { McpctlError } from './errors.js';
import type { McpFile } from './generated/mcp-types.js';
import type { SourceDoc } from './load.js';
import { schemaErrorAt } from './schema-error.js';
import { nearest } from './suggest.js';

/** `--set all`: every server, whatever default_set says. */
export const ALL_SERVERS = 'all';

export interface ActiveSet {
  /** The set's name; null when none is chosen (every server, as written). */
  name: string | null;
  /** Where the choice came from. */
  from: 'flag' | 'default' | 'none';
  /** Servers this set turns off (those mcp.yaml turns off itself are not listed). */
  off: string[];
}

/** The spec with the chosen set applied, and which set that is. Throws E_USAGE for an unknown --set. */
export function chooseSet(spec: McpFile, asked: string | undefined): { spec: McpFile; set: ActiveSet } {
  const name = asked ?? spec.default_set;
  const from = asked !== undefined ? 'flag' : spec.default_set !== undefined ? 'default' : 'none';
  if (name === undefined || name === ALL_SERVERS) return { spec, set: { name: name ?? null, from, off: [] } };
  const members = spec.sets?.[name];
  if (members === undefined) {
    const known = Object.keys(spec.sets ?? {});
    const guess = nearest(name, [...known, ALL_SERVERS]);
    throw new McpctlError('E_USAGE', `mcp.yaml has no server set "${name}"`, {
      hint: known.length
        ? `${guess ? `did you mean "${guess}"? ` : ''}its sets: ${known.join(', ')} (or "${ALL_SERVERS}" for every server)`
        : `add one under sets: in mcp.yaml (sets: { ${name}: [server, ...] }), or use --set ${ALL_SERVERS}`,
    });
  }
  const keep = new Set(members);
  const servers: NonNullable<McpFile['servers']> = {};
  const off: string[] = [];
  for (const [server, s] of Object.entries(spec.servers ?? {})) {
    if (keep.has(server) || s.enabled === false) servers[server] = s;
    else {
      servers[server] = { ...s, enabled: false };
      off.push(server);
    }
  }
  return { spec: { ...spec, servers }, set: { name, from, off } };
}

/** Each set names only servers of this file, and default_set names a set (validate's cross-key check). */
export function setProblems(doc: SourceDoc, spec: McpFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const servers = Object.keys(spec.servers ?? {});
  const at = schemaErrorAt(doc);
  if (Object.hasOwn(spec.sets ?? {}, ALL_SERVERS))
    out.push(
      at(
        ['sets', ALL_SERVERS],
        `the set name "${ALL_SERVERS}" is kept for every server (--set ${ALL_SERVERS})`,
        'give this set another name',
      ),
    );
  for (const [set, members] of Object.entries(spec.sets ?? {}))
    for (const [i, member] of members.entries())
      if (!servers.includes(member)) {
        const guess = nearest(member, servers);
        out.push(
          at(
            ['sets', set, i],
            `set "${set}" names the server "${member}", which this file does not have`,
            guess ? `did you mean "${guess}"?` : `add it under servers:, or remove it from the set`,
          ),
        );
      }
  const chosen = spec.default_set;
  if (chosen !== undefined && chosen !== ALL_SERVERS && !Object.hasOwn(spec.sets ?? {}, chosen)) {
    const known = Object.keys(spec.sets ?? {});
    const guess = nearest(chosen, known);
    out.push(
      at(
        ['default_set'],
        `default_set names the set "${chosen}", which this file does not have`,
        guess
          ? `did you mean "${guess}"?`
          : known.length
            ? `its sets: ${known.join(', ')}`
            : `add it under sets: (sets: { ${chosen}: [server, ...] })`,
      ),
    );
  }
  return out;
}
