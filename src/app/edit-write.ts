// The end of add and remove as a use case: what an edit is (the new mcp.yaml text, checked, and the secrets typed
// for it), and writing it: the typed secrets go to the secret store first, then mcp.yaml, so the file never names
// a secret that is not stored.
import type { Edit } from '../core/edit/add-server.js';
import type { Server } from '../core/generated/mcp-types.js';
import { secretNamesOf } from '../core/secret-refs.js';
import type { Candidate, McpYaml } from './add.js';
import { writeMcpYaml } from './add.js';
import type { Context } from './pipeline.js';

export interface PendingSecret {
  name: string;
  value: string;
}

export interface Prepared {
  kind: 'add' | 'remove';
  y: McpYaml;
  name: string;
  /** The server added, or the one removed (as mcp.yaml had it). */
  server: Server;
  template: string | null;
  edit: Edit;
  cand: Candidate;
  /** Secrets typed on the terminal, stored just before mcp.yaml is written. */
  pending: PendingSecret[];
}

/** Whether the secret store holds this name already, and where the store is (for the guided add's question). */
export async function storedSecret(name: string, ctx: Context): Promise<{ stored: boolean; location: string }> {
  const { openSecretStore } = await import('../io/secrets/store.js');
  const store = await openSecretStore(ctx.env, ctx.home);
  return { stored: (await store.get(name)) !== null, location: store.location };
}

async function storedState(names: string[], ctx: Context): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  if (!names.length) return out;
  const { openSecretStore } = await import('../io/secrets/store.js');
  const store = await openSecretStore(ctx.env, ctx.home);
  for (const n of names) out.set(n, (await store.get(n)) !== null);
  return out;
}

/** Stores the typed secrets, then writes mcp.yaml (so the file never names a secret that is not stored). */
export async function writeAll(p: Prepared, ctx: Context): Promise<void> {
  if (p.pending.length) {
    const { openSecretStore } = await import('../io/secrets/store.js');
    const store = await openSecretStore(ctx.env, ctx.home);
    for (const s of p.pending) await store.set(s.name, s.value, `mcpctl ${p.kind}`);
  }
  await writeMcpYaml(p.y, p.edit.text);
}

export interface Written {
  /** The secrets the added server references (none for remove), and whether each was stored before the write. */
  secrets: Array<{ name: string; stored: boolean }>;
  /** The secrets the removed server referenced (none for add): they stay in the store. */
  left: string[];
}

/** Writes the edit without asking (--non-interactive, no terminal), saying which referenced secrets were stored. */
export async function writeEdit(p: Prepared, ctx: Context): Promise<Written> {
  const names = p.kind === 'add' ? secretNamesOf(p.server) : [];
  const stored = await storedState(names, ctx);
  await writeAll(p, ctx);
  return {
    secrets: names.map((n) => ({ name: n, stored: stored.get(n) === true })),
    left: p.kind === 'remove' ? secretNamesOf(p.server) : [],
  };
}
