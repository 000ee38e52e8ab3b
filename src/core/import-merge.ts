// import: the servers read from several clients → one mcp.yaml. The same server (same name, same settings,
// same secret values) found in several clients becomes one entry that goes to each of them (`targets:` when
// it does not go to every client the file configures); client-only settings (`claude-code: {timeout}`, …)
// sit beside each other. Two different servers of one name are kept apart: the first one read is imported,
// the other stays in its client's file as it is, unmanaged, and a note says which settings differ. Pure.
import type { McpFile, Server, Targets } from './generated/mcp-types.js';
import type { ImportNote, SecretMove } from './import-codex.js';
import type { ImportedServer } from './import-json.js';
import { TARGET_NAMES } from './targets/names.js';
import type { TargetName } from './targets/names.js';
import { TARGETS } from './targets/registry.js';

export interface ImportSource {
  client: TargetName;
  /** The file read, for messages. */
  file: string;
  servers: ReadonlyMap<string, ImportedServer>;
}

export interface SourcedNote extends ImportNote {
  client: TargetName;
}

export interface Merged {
  file: McpFile;
  /** For each source (same order): the servers imported from it, which mcpctl now manages in its file. */
  imported: string[][];
  /** For each source: servers not imported because another client has a different server of that name. */
  apart: string[][];
  /** Every secret to store, once per store name. */
  moves: SecretMove[];
  notes: SourcedNote[];
}

interface Pending {
  server: Server;
  moves: SecretMove[];
  clients: TargetName[];
  first: ImportSource;
}

const CLIENT_KEYS: ReadonlySet<string> = new Set(TARGET_NAMES);

export function mergeImports(sources: readonly ImportSource[], targets: Targets | undefined): Merged {
  const byName = new Map<string, Pending>();
  const imported: string[][] = sources.map(() => []);
  const apart: string[][] = sources.map(() => []);
  const notes: SourcedNote[] = [];
  sources.forEach((src, i) => {
    for (const [name, it] of src.servers) {
      const have = byName.get(name);
      if (!have) {
        byName.set(name, { server: it.server, moves: it.moves, clients: [src.client], first: src });
        imported[i]?.push(name);
        continue;
      }
      const diff = differences(have, it);
      if (diff.length) {
        apart[i]?.push(name);
        notes.push({
          client: src.client,
          server: name,
          key: 'entry',
          message: `differs from the server "${name}" imported from ${have.first.file} (${title(have.first.client)}) in ${diff.join(', ')}: kept apart, not imported from ${src.file} (${title(src.client)}); it stays there as it is, unmanaged. Make the two entries the same and import again, or import each client into its own mcp.yaml (--out)`,
        });
        continue;
      }
      if (!have.clients.includes(src.client)) have.clients.push(src.client);
      have.server = { ...have.server, ...clientBlocks(it.server) };
      imported[i]?.push(name);
    }
  });
  const declared = TARGET_NAMES.filter((t) => sources.some((s) => s.client === t));
  const servers: Record<string, Server> = {};
  const moves = new Map<string, SecretMove>();
  for (const [name, p] of byName) {
    const out: Server = { ...core(p.server) };
    const clients = declared.filter((t) => p.clients.includes(t));
    const [one, ...more] = clients;
    if (one !== undefined && clients.length < declared.length) out.targets = [one, ...more];
    Object.assign(out, clientBlocks(p.server));
    servers[name] = out;
    for (const m of p.moves) if (!moves.has(m.name)) moves.set(m.name, m);
  }
  const file: McpFile = targets ? { version: 1, targets, servers } : { version: 1, servers };
  return { file, imported, apart, moves: [...moves.values()], notes };
}

/** What makes two servers of one name different (settings by key; secrets by store name, never by value). */
function differences(a: Pending, b: ImportedServer): string[] {
  const x = core(a.server);
  const y = core(b.server);
  const out: string[] = [];
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const [vx, vy]: unknown[] = [Reflect.get(x, k), Reflect.get(y, k)];
    if (same(vx, vy)) continue;
    // env and headers: name the variables or headers that differ
    if (isRecord(vx) && isRecord(vy))
      for (const kk of new Set([...Object.keys(vx), ...Object.keys(vy)]))
        if (!same(vx[kk], vy[kk])) out.push(`${k}.${kk}`);
    if (!isRecord(vx) || !isRecord(vy)) out.push(k);
  }
  for (const m of b.moves) {
    const same = a.moves.find((n) => n.name === m.name);
    if (same && same.value !== m.value) out.push(`the value of the secret ${m.name}`);
  }
  return out;
}

function core(s: Server): Server {
  const out: Server = {};
  for (const [k, v] of Object.entries(s)) if (!CLIENT_KEYS.has(k) && k !== 'targets') Object.assign(out, { [k]: v });
  return out;
}

function clientBlocks(s: Server): Server {
  const out: Server = {};
  for (const [k, v] of Object.entries(s)) if (CLIENT_KEYS.has(k)) Object.assign(out, { [k]: v });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality of two settings (plain JSON data; key order does not matter, list order does). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => Object.hasOwn(b, k) && same(Reflect.get(a, k), Reflect.get(b, k)))
  );
}

function title(t: TargetName): string {
  return TARGETS[t].title;
}
