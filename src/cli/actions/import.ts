import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTarget, processContext } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { importCodex } from '../../core/import-codex.js';
import { tableHash } from '../../core/plan.js';
import { mcpYamlText } from '../../core/render/mcp-yaml.js';
import { fingerprintPreview } from '../../core/secrets/detect.js';
import type { TargetOptions } from '../../core/target-path.js';
import type { TomlTable } from '../../core/toml/value.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { writeState } from '../../io/state.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export interface ImportArgs extends TargetOptions {
  out: string;
  'dry-run': boolean;
  force: boolean;
  json: boolean;
}

export async function importAction(args: ImportArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const target = await loadTarget(args, ctx);
  if (!target.exists) {
    throw new McpctlError('E_NOT_FOUND', `${target.path} does not exist: there is no Codex config to import`, {
      hint: 'name the file with --config PATH (or --profile NAME, --project DIR), or start from scratch with "mcpctl init"',
    });
  }
  const servers = new Map<string, TomlTable>();
  for (const [name, s] of target.doc.servers) servers.set(name, s.value);
  if (!servers.size)
    throw new McpctlError('E_NOT_FOUND', `${target.path} has no MCP servers to import`, {
      hint: 'start from scratch with "mcpctl init"',
    });
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
  const text = mcpYamlText(file, header);
  const outPath = resolve(ctx.cwd, args.out);
  const summary = {
    format_version: 1,
    kind: 'mcpctl.import',
    source: target.path,
    out: args.out,
    dry_run: args['dry-run'],
    servers: imported,
    skipped,
    secrets_moved: moves.map((m) => ({ name: m.name, from: m.from, preview: fingerprintPreview(m.value) })),
    notes,
  };
  if (args['dry-run']) {
    if (args.json) writeJson(io, { ...summary, mcp_yaml: text });
    else {
      io.stdout.write(text);
      report(io, summary.secrets_moved, notes, true);
    }
    return EXIT.ok;
  }
  if (existsSync(outPath) && !args.force) {
    throw new McpctlError('E_CONFLICT', `${args.out} already exists`, {
      hint: 'pass --out another.yaml, or --force to overwrite it',
    });
  }
  if (moves.length) {
    const { openSecretStore } = await import('../../io/secrets/store.js');
    const store = await openSecretStore(ctx.env, ctx.home);
    if (!args.force) {
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
  await writeFileAtomic(outPath, text, { mode: 0o644 });
  // adopt: mcpctl now manages these servers; the next apply rewrites the ones that held secrets
  const managed = { ...target.state.managed };
  for (const [name, table] of servers) if (!skipped.includes(name)) managed[name] = { sha256: tableHash(table) };
  if (target.exists) await writeState(target.path, { ...target.state, managed });
  if (args.json) writeJson(io, summary);
  else {
    io.stdout.write(`Wrote ${args.out} with ${imported.length} ${imported.length === 1 ? 'server' : 'servers'}.\n`);
    report(io, summary.secrets_moved, notes, false);
    io.stdout.write(
      `Next: "mcpctl plan" to review, then "mcpctl apply" to rewrite ${target.path}${moves.length ? ' without the plaintext secrets' : ''}.\n`,
    );
    if (moves.length) {
      io.stdout.write(
        `The plaintext stays in ${target.path} until then, and in the backup apply makes of it (and in any older backup):\n` +
          `${moves.length === 1 ? 'it was' : 'they were'} exposed, so rotate ${moves.length === 1 ? 'it' : 'them'} at the provider and store the new ${moves.length === 1 ? 'value' : 'values'} with "mcpctl secret set NAME",\n` +
          `and remove such backups with "mcpctl backups prune --containing-secrets" once you no longer need to roll back.\n`,
      );
    }
  }
  return EXIT.ok;
}

function report(
  io: Io,
  moved: Array<{ name: string; from: string; preview: string }>,
  notes: Array<{ server: string; key: string; message: string }>,
  dry: boolean,
): void {
  if (moved.length) {
    io.stderr.write(
      `${dry ? 'Would move' : 'Moved'} ${moved.length} plaintext ${moved.length === 1 ? 'secret' : 'secrets'} into the secret store:\n`,
    );
    for (const m of moved) io.stderr.write(`  ${m.from}  →  \${secret:${m.name}}  (${m.preview})\n`);
  }
  for (const n of notes) io.stderr.write(`note: server "${n.server}", ${n.key}: ${n.message}\n`);
}
