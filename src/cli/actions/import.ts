import { processContext } from '../../app/pipeline.js';
import { runImport } from '../../app/import.js';
import type { ImportResult, MovedSecret } from '../../app/import.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export interface ImportArgs extends TargetOptions {
  out: string;
  'dry-run': boolean;
  force: boolean;
  json: boolean;
}

export async function importAction(args: ImportArgs, io: Io): Promise<number> {
  const r = await runImport({ ...args, dryRun: args['dry-run'] }, processContext());
  const summary = {
    format_version: 1,
    kind: 'mcpctl.import',
    source: r.source,
    out: r.out,
    dry_run: r.dryRun,
    servers: r.servers,
    skipped: r.skipped,
    secrets_moved: r.secretsMoved,
    notes: r.notes,
  };
  if (r.dryRun) {
    if (args.json) writeJson(io, { ...summary, mcp_yaml: r.mcpYaml });
    else {
      io.stdout.write(r.mcpYaml);
      report(io, r.secretsMoved, r.notes, true);
    }
    return EXIT.ok;
  }
  if (args.json) writeJson(io, summary);
  else written(io, r);
  return EXIT.ok;
}

function written(io: Io, r: ImportResult): void {
  const moved = r.secretsMoved.length;
  io.stdout.write(`Wrote ${r.out} with ${r.servers.length} ${r.servers.length === 1 ? 'server' : 'servers'}.\n`);
  report(io, r.secretsMoved, r.notes, false);
  io.stdout.write(
    `Next: "mcpctl plan" to review, then "mcpctl apply" to rewrite ${r.source}${moved ? ' without the plaintext secrets' : ''}.\n`,
  );
  if (moved) {
    io.stdout.write(
      `The plaintext stays in ${r.source} until then, and in the backup apply makes of it (and in any older backup):\n` +
        `${moved === 1 ? 'it was' : 'they were'} exposed, so rotate ${moved === 1 ? 'it' : 'them'} at the provider and store the new ${moved === 1 ? 'value' : 'values'} with "mcpctl secret set NAME",\n` +
        `and remove such backups with "mcpctl backups prune --containing-secrets" once you no longer need to roll back.\n`,
    );
  }
}

function report(io: Io, moved: MovedSecret[], notes: ImportResult['notes'], dry: boolean): void {
  if (moved.length) {
    io.stderr.write(
      `${dry ? 'Would move' : 'Moved'} ${moved.length} plaintext ${moved.length === 1 ? 'secret' : 'secrets'} into the secret store:\n`,
    );
    for (const m of moved) io.stderr.write(`  ${m.from}  →  \${secret:${m.name}}  (${m.preview})\n`);
  }
  for (const n of notes) io.stderr.write(`note: server "${n.server}", ${n.key}: ${n.message}\n`);
}
