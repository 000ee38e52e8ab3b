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
  const servers = new Map<string, TomlTable>();
  for (const [name, s] of target.doc.servers) servers.set(name, s.value);
  if (!servers.size) throw new McpctlError('E_NOT_FOUND', `${target.path} has no MCP servers to import`, { hint: 'start from scratch with "mcpctl init"' });
  const { file, moves, notes } = importCodex(servers);
  const text = mcpYamlText(file, [`Imported from ${target.path} by mcpctl import.`, 'Secrets were moved to the mcpctl secret store; see "mcpctl secret list".']);
  const outPath = resolve(ctx.cwd, args.out);
  const summary = {
    format_version: 1,
    kind: 'mcpctl.import',
    source: target.path,
    out: args.out,
    dry_run: args['dry-run'],
    servers: [...servers.keys()],
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
    throw new McpctlError('E_CONFLICT', `${args.out} already exists`, { hint: 'pass --out another.yaml, or --force to overwrite it' });
  }
  if (moves.length) {
    const { openSecretStore } = await import('../../io/secrets/store.js');
    const store = await openSecretStore(ctx.env, ctx.home);
    if (!args.force) {
      for (const m of moves) {
        const have = await store.get(m.name);
        if (have !== null && have !== m.value) throw new McpctlError('E_CONFLICT', `the secret "${m.name}" already exists with another value`, { hint: 'pass --force to overwrite it, or remove it first with "mcpctl secret rm"' });
      }
    }
    for (const m of moves) await store.set(m.name, m.value, 'mcpctl import');
  }
  await writeFileAtomic(outPath, text, { mode: 0o644 });
  // adopt: mcpctl now manages these servers; the next apply rewrites the ones that held secrets
  const managed = { ...target.state.managed };
  for (const [name, table] of servers) managed[name] = { sha256: tableHash(table) };
  if (target.exists) await writeState(target.path, { ...target.state, managed });
  if (args.json) writeJson(io, summary);
  else {
    io.stdout.write(`Wrote ${args.out} with ${servers.size} ${servers.size === 1 ? 'server' : 'servers'}.\n`);
    report(io, summary.secrets_moved, notes, false);
    io.stdout.write(`Next: "mcpctl plan" to review, then "mcpctl apply" to rewrite ${target.path}${moves.length ? ' without the plaintext secrets' : ''}.\n`);
  }
  return EXIT.ok;
}

function report(io: Io, moved: Array<{ name: string; from: string; preview: string }>, notes: Array<{ server: string; key: string; message: string }>, dry: boolean): void {
  if (moved.length) {
    io.stderr.write(`${dry ? 'Would move' : 'Moved'} ${moved.length} plaintext ${moved.length === 1 ? 'secret' : 'secrets'} into the secret store:\n`);
    for (const m of moved) io.stderr.write(`  ${m.from}  →  \${secret:${m.name}}  (${m.preview})\n`);
  }
  for (const n of notes) io.stderr.write(`note: server "${n.server}", ${n.key}: ${n.message}\n`);
}
