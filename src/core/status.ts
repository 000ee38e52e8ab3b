// `mcpctl status` as data: for each server of mcp.yaml and each client it configures, what that client's file
// holds of it — the plan of every target file read as a grid, with the last health test, the secrets this
// machine lacks and the unpinned packages. Pure: the plans, states and lookups are passed in.
import type { Plan } from './plan.js';

/** One cell: what a client's file holds of a server. */
export type Cell =
  /** written as mcp.yaml says */
  | 'ok'
  /** written, and off with the client's own switch (enabled: false, outside the server set) */
  | 'off'
  /** not written: off where the client has no switch (a set left it out, or enabled: false) */
  | 'left-out'
  /** apply would write it (not there yet) */
  | 'create'
  /** apply would change it (mcp.yaml changed since) */
  | 'update'
  /** apply would take it out (mcpctl wrote it; mcp.yaml, or the set in force, no longer has it there) */
  | 'remove'
  /** edited by hand since mcpctl wrote it */
  | 'drift'
  /** a server of that name mcpctl did not write */
  | 'unmanaged'
  /** a server of that name mcpctl did not write, unlike mcp.yaml's: apply refuses it without --adopt */
  | 'adopt'
  /** the server does not go to this client */
  | 'none';

export interface StatusFile {
  /** The clients that read the file (target names). */
  clients: string[];
  plan: Plan;
  /** The entries mcp.yaml wants there, by server name (an off one with the client's switch in it). */
  desired: ReadonlyMap<string, Record<string, unknown>>;
  /** The servers the set in force leaves out of this file. */
  leftOut: readonly string[];
  lastVerified: Readonly<Record<string, string>>;
}

export interface StatusRow {
  server: string;
  /** By client name. */
  cells: Record<string, Cell>;
  /** The newest successful `mcpctl test` of the server in any of its files (ISO time), or null. */
  lastTest: string | null;
  missingSecrets: string[];
  unpinned: boolean;
  /** A newer release the last `mcpctl outdated` found for the version pinned now, and when it looked. */
  newer: { version: string; checkedAt: string } | null;
}

export interface StatusInput {
  servers: readonly string[];
  /** Which clients each server goes to. */
  goesTo: ReadonlyMap<string, readonly string[]>;
  /** Servers mcp.yaml itself turns off (enabled: false, or outside the set in force). */
  off: ReadonlySet<string>;
  files: readonly StatusFile[];
  missingSecrets: ReadonlyMap<string, string[]>;
  unpinned: ReadonlySet<string>;
  newer?: ReadonlyMap<string, { version: string; checkedAt: string }> | undefined;
}

export function statusRows(i: StatusInput): StatusRow[] {
  return i.servers.map((server) => {
    const cells: Record<string, Cell> = {};
    let lastTest: string | null = null;
    for (const f of i.files) {
      const at = f.lastVerified[server];
      if (at !== undefined && (lastTest === null || at > lastTest)) lastTest = at;
      for (const client of f.clients) cells[client] = cellOf(server, client, f, i);
    }
    return {
      server,
      cells,
      lastTest,
      missingSecrets: i.missingSecrets.get(server) ?? [],
      unpinned: i.unpinned.has(server),
      newer: i.newer?.get(server) ?? null,
    };
  });
}

function cellOf(server: string, client: string, f: StatusFile, i: StatusInput): Cell {
  if (!(i.goesTo.get(server) ?? []).includes(client)) return 'none';
  const change = f.plan.changes.find((c) => c.name === server);
  if (f.plan.unmanaged.includes(server)) return 'unmanaged';
  if (!change) return f.leftOut.includes(server) || i.off.has(server) ? 'left-out' : 'none';
  if (change.drift) return 'drift';
  if (change.adopt && change.action === 'update') return 'adopt';
  if (change.adopt && change.action === 'no-op') return 'unmanaged';
  if (change.action === 'create') return 'create';
  if (change.action === 'update') return 'update';
  if (change.action === 'delete') return 'remove';
  return i.off.has(server) ? 'off' : 'ok';
}
