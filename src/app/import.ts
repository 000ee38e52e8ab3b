// import: adopt an existing Codex config.toml. Reads the target, turns its servers into mcp.yaml text
// (core/import-codex.ts: secrets become ${secret:…} references), and unless it is a dry run: refuses to
// overwrite an existing mcp.yaml or a stored secret with another value (unless forced), stores the secrets,
// writes mcp.yaml, and records the imported servers as managed so the next apply may rewrite them.
// Returns what happened as data for the command to render; no secret value leaves this file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { importCodex } from '../core/import-codex.js';
import type { ImportNote, SecretMove } from '../core/import-codex.js';
import { codexHash } from '../core/targets/codex/normalize.js';
import { mcpYamlText } from '../core/render/mcp-yaml.js';
import { fingerprintPreview } from '../core/secrets/detect.js';
import type { TargetOptions } from '../core/target-path.js';
import type { TomlTable } from '../core/toml/value.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { writeState } from '../io/state.js';
import { loadTarget } from './pipeline.js';
import { codexFileRef } from './target-files.js';
import { tomlOf } from '../core/targets/codex/toml-of.js';
import type { Context, LoadedTarget } from './pipeline.js';

export interface ImportOptions extends TargetOptions {
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
}

export interface ImportResult {
  /** The config.toml imported from. */
  source: string;
  out: string;
  dryRun: boolean;
  /** Servers written to mcp.yaml (and now managed, unless a dry run). */
  servers: string[];
  /** Servers left unmanaged in config.toml: their names are not ones mcp.yaml can hold. */
  skipped: string[];
  secretsMoved: MovedSecret[];
  notes: ImportNote[];
  /** The mcp.yaml text (written to out unless a dry run). */
  mcpYaml: string;
}

/** The import use case: the one entry point `mcpctl import` calls. */
export async function runImport(opts: ImportOptions, ctx: Context): Promise<ImportResult> {
  const target = await loadTarget(codexFileRef(opts, ctx));
  const servers = serversOf(target);
  const { file, skipped, moves, notes } = importCodex(servers);
  const imported = [...servers.keys()].filter((n) => !skipped.includes(n));
  if (!imported.length) {
    throw new McpctlError(
      'E_INPUT',
      `none of the servers in ${target.path} can be imported: ${skipped.map((n) => `"${n}"`).join(', ')} ${skipped.length === 1 ? 'has a name' : 'have names'} mcp.yaml cannot hold`,
      {
        hint: 'server names take only letters, digits, "_" and "-" (Codex fails to start others): rename them in config.toml, then import again',
      },
    );
  }
  const header = [`Imported from ${target.path} by mcpctl import.`];
  if (moves.length) header.push('Secrets were moved to the mcpctl secret store; see "mcpctl secret list".');
  if (skipped.length) header.push(`Not imported (left unmanaged in config.toml): ${skipped.join(', ')}.`);
  const result: ImportResult = {
    source: target.path,
    out: opts.out,
    dryRun: opts.dryRun,
    servers: imported,
    skipped,
    secretsMoved: moves.map((m) => ({ name: m.name, from: m.from, preview: fingerprintPreview(m.value) })),
    notes,
    mcpYaml: mcpYamlText(file, header),
  };
  if (opts.dryRun) return result;
  const outPath = resolve(ctx.cwd, opts.out);
  if (existsSync(outPath) && !opts.force) {
    throw new McpctlError('E_CONFLICT', `${opts.out} already exists`, {
      hint: 'pass --out another.yaml, or --force to overwrite it',
    });
  }
  if (moves.length) await storeSecrets(moves, opts.force, ctx);
  await writeFileAtomic(outPath, result.mcpYaml, { mode: 0o644 });
  // adopt: mcpctl now manages these servers; the next apply rewrites the ones that held secrets
  const managed = { ...target.state.managed };
  for (const [name, table] of servers) if (!skipped.includes(name)) managed[name] = { sha256: codexHash(table) };
  await writeState(target.path, { ...target.state, managed });
  return result;
}

/** The target's server tables; refuses a missing target or one without servers. */
function serversOf(target: LoadedTarget): Map<string, TomlTable> {
  if (!target.exists) {
    throw new McpctlError('E_NOT_FOUND', `${target.path} does not exist: there is no Codex config to import`, {
      hint: 'name the file with --config PATH (or --profile NAME, --project DIR), or start from scratch with "mcpctl init"',
    });
  }
  const servers = new Map<string, TomlTable>();
  for (const [name, s] of target.file.servers) servers.set(name, tomlOf(s.value));
  if (!servers.size)
    throw new McpctlError('E_NOT_FOUND', `${target.path} has no MCP servers to import`, {
      hint: 'start from scratch with "mcpctl init"',
    });
  return servers;
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
