// import: adopt the servers of existing client files (Codex's config.toml by default; --from Claude Code,
// Copilot, Cursor, VS Code, several at once). Reads them (import-sources.ts), merges the same server found in
// several clients into one entry (core/import-merge.ts: secrets become ${secret:…} references), and unless it
// is a dry run: refuses to overwrite an existing mcp.yaml or a stored secret with another value (unless
// forced), stores the secrets, writes mcp.yaml, and records the imported servers as managed in each file
// apply writes, so the next apply may rewrite them.
// Returns what happened as data for the command to render; no secret value leaves this file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { ImportNote, SecretMove } from '../core/import-codex.js';
import { mergeImports } from '../core/import-merge.js';
import type { Targets } from '../core/generated/mcp-types.js';
import type { TargetName } from '../core/targets/names.js';
import type { Scope } from '../core/targets/target.js';
import { mcpYamlText } from '../core/render/mcp-yaml.js';
import { fingerprintPreview } from '../core/secrets/detect.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { writeState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import { readSources } from './import-sources.js';
import type { ReadSource, SourceChoice } from './import-sources.js';
import type { Context } from './pipeline.js';

export interface ImportOptions extends SourceChoice {
  /** The mcp.yaml to write, as the user named it (resolved against ctx.cwd). */
  out: string;
  dryRun: boolean;
  /** Overwrite an existing mcp.yaml and stored secrets of the same name. */
  force: boolean;
}

export interface MovedSecret {
  name: string;
  from: string;
  /** Masked preview, never the value. */
  preview: string;
  client: TargetName;
}

export interface ClientNote extends ImportNote {
  client: TargetName;
}

/** One client file read. */
export interface ImportedSource {
  client: TargetName;
  scope: Scope;
  file: string;
  /** Servers imported from it (and now managed there, when adopted). */
  servers: string[];
  /** Servers left in it as they are, unmanaged. */
  skipped: string[];
  /** Whether the imported servers were marked as managed in this file (it is the one apply writes). */
  adopted: boolean;
  /** Plaintext secrets found in this file's servers (each moves to the store once, however many files hold it). */
  secrets: number;
}

export interface ImportResult {
  /** The (first) file imported from. */
  source: string;
  sources: ImportedSource[];
  out: string;
  dryRun: boolean;
  /** Servers written to mcp.yaml (and now managed, unless a dry run). */
  servers: string[];
  /** Servers left unmanaged in the client files (a note says why). */
  skipped: string[];
  secretsMoved: MovedSecret[];
  notes: ClientNote[];
  /** The mcp.yaml text (written to out unless a dry run). */
  mcpYaml: string;
}

/** The import use case: the one entry point `mcpctl import` calls. */
export async function runImport(opts: ImportOptions, ctx: Context): Promise<ImportResult> {
  const read = await readSources(opts, ctx);
  const codexOnly = read.length === 1 && read[0]?.client === 'codex';
  const merged = mergeImports(
    read.map((r) => ({ client: r.client, file: r.target.path, servers: r.servers })),
    codexOnly ? undefined : targetsOf(read),
  );
  const sources: ImportedSource[] = read.map((r, i) => ({
    client: r.client,
    scope: r.scope,
    file: r.target.path,
    servers: merged.imported[i] ?? [],
    skipped: [...r.skipped, ...(merged.apart[i] ?? [])],
    adopted: r.adoptable && !opts.dryRun,
    secrets: [...r.servers.values()].reduce((n, s) => n + s.moves.length, 0),
  }));
  const imported = [...new Set(sources.flatMap((s) => s.servers))];
  const skipped = [...new Set(sources.flatMap((s) => s.skipped))];
  const notes: ClientNote[] = [
    ...read.flatMap((r) => r.notes.map((n) => ({ ...n, client: r.client }))),
    ...merged.notes,
  ];
  if (!imported.length) nothingImported(read, notes, codexOnly);
  const fileOf = new Map(read.map((r) => [r.client, r.target.path]));
  const header = [`Imported from ${read.map((r) => r.target.path).join(', ')} by mcpctl import.`];
  if (merged.moves.length) header.push('Secrets were moved to the mcpctl secret store; see "mcpctl secret list".');
  for (const s of sources)
    if (s.skipped.length)
      header.push(
        codexOnly
          ? `Not imported (left unmanaged in config.toml): ${s.skipped.join(', ')}.`
          : `Not imported (left unmanaged in ${s.file}): ${s.skipped.join(', ')}.`,
      );
  const clientOf = (m: SecretMove) => read.find((r) => r.servers.get(m.server)?.moves.includes(m))?.client ?? 'codex';
  const result: ImportResult = {
    source: read[0]?.target.path ?? '',
    sources,
    out: opts.out,
    dryRun: opts.dryRun,
    servers: imported,
    skipped,
    secretsMoved: merged.moves.map((m) => {
      const client = clientOf(m);
      return {
        name: m.name,
        from: client === 'codex' ? m.from : `${fileOf.get(client) ?? ''}: ${m.from}`,
        preview: fingerprintPreview(m.value),
        client,
      };
    }),
    notes,
    mcpYaml: mcpYamlText(merged.file, header),
  };
  if (opts.dryRun) return result;
  const outPath = resolve(ctx.cwd, opts.out);
  if (existsSync(outPath) && !opts.force) {
    throw new McpctlError('E_CONFLICT', `${opts.out} already exists`, {
      hint: codexOnly
        ? 'pass --out another.yaml, or --force to overwrite it'
        : 'pass --out another.yaml, or --force to overwrite it (import every client into one mcp.yaml in one run: --from A --from B …)',
    });
  }
  if (merged.moves.length) await storeSecrets(merged.moves, opts.force, ctx);
  await writeFileAtomic(outPath, result.mcpYaml, { mode: 0o644 });
  await adopt(read, merged.imported);
  return result;
}

/** mcp.yaml's targets: each client read, at the scope it was read from. */
function targetsOf(read: readonly ReadSource[]): Targets {
  const t: Targets = {};
  for (const r of read) {
    const s = r.scope;
    if (r.client === 'codex') t.codex = s === 'project' ? { scope: s } : {};
    else if (r.client === 'claude-code') t['claude-code'] = { scope: s };
    // the clients with one file (a single scope in their modules): no scope to name
    else if (r.client === 'windsurf' || r.client === 'claude-desktop') t[r.client] = {};
    else if (s === 'project' || s === 'user') t[r.client] = { scope: s };
  }
  return t;
}

/**
 * Adopt: mcpctl now manages the imported servers in each file apply writes (the next apply rewrites the ones
 * that held secrets). Two clients reading one file (a shared .mcp.json) record it once.
 */
async function adopt(read: readonly ReadSource[], imported: string[][]): Promise<void> {
  const byPath = new Map<string, TargetState>();
  read.forEach((r, i) => {
    if (!r.adoptable) return;
    const state = byPath.get(r.target.path) ?? { ...r.target.state, managed: { ...r.target.state.managed } };
    for (const name of imported[i] ?? []) {
      const sha256 = r.hash(name);
      if (sha256) state.managed[name] = { sha256 };
    }
    byPath.set(r.target.path, state);
  });
  for (const [path, state] of byPath) await writeState(path, state);
}

function nothingImported(read: readonly ReadSource[], notes: readonly ClientNote[], codexOnly: boolean): never {
  const skipped = read.flatMap((r) => r.skipped);
  if (codexOnly) {
    throw new McpctlError(
      'E_INPUT',
      `none of the servers in ${read[0]?.target.path ?? ''} can be imported: ${skipped.map((n) => `"${n}"`).join(', ')} ${skipped.length === 1 ? 'has a name' : 'have names'} mcp.yaml cannot hold`,
      {
        hint: 'server names take only letters, digits, "_" and "-" (Codex fails to start others): rename them in config.toml, then import again',
      },
    );
  }
  const why = notes
    .filter((n) => n.key === 'entry' || n.key === 'name')
    .map((n) => `"${n.server}": ${n.message}`)
    .join('; ');
  throw new McpctlError(
    'E_INPUT',
    `none of the servers in ${read.map((r) => r.target.path).join(', ')} can be imported`,
    {
      hint: why || 'see the notes above',
    },
  );
}

/** Stores every moved secret, after checking (unless forced) that none would overwrite another value. */
async function storeSecrets(moves: SecretMove[], force: boolean, ctx: Context): Promise<void> {
  const { openSecretStore } = await import('../io/secrets/store.js');
  const store = await openSecretStore(ctx.env, ctx.home);
  if (!force) {
    for (const m of moves) {
      const have = await store.get(m.name);
      if (have !== null && have !== m.value)
        throw new McpctlError('E_CONFLICT', `the secret "${m.name}" already exists with another value`, {
          hint: 'pass --force to overwrite it, or remove it first with "mcpctl secret rm"',
        });
    }
  }
  for (const m of moves) await store.set(m.name, m.value, 'mcpctl import');
}
