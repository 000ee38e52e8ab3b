import { processContext } from '../../app/pipeline.js';
import { planRollbackOf, runRollback } from '../../app/rollback.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import { diffText } from '../../core/render/plan-text.js';
import { canPrompt, confirm } from '../confirm.js';
import type { Io } from '../output.js';
import { paintFor, writeJson } from '../output.js';
import { toolName } from '../../io/version.js';

export interface RollbackArgs extends TargetOptions {
  to?: string | undefined;
  'dry-run': boolean;
  yes: boolean;
  force: boolean;
  json: boolean;
}

export async function rollbackAction(args: RollbackArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const p = await planRollbackOf(args, args.to, ctx);
  const target = p.target;
  const paint = paintFor(io.stdout, io.env);
  // a backup taken before the file existed restores "no file": the rollback deletes the target
  const deletes = !p.backup.existed && p.current !== null;
  const report = (restored: boolean, undoId: string | null) =>
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.rollback',
      target,
      backup: p.backup.id,
      edited_since_last_write: p.editedSince,
      diff: p.diff,
      deletes_target: deletes,
      restored,
      undo_backup: undoId,
    });
  if (!args.json) {
    const which = `backup ${p.backup.id} (${p.backup.time}, before ${p.backup.action} by ${p.backup.tool})`;
    io.stdout.write(
      args['dry-run'] ? `Dry run: would restore ${which}; nothing is changed.\n` : `Rolling back to ${which}.\n`,
    );
    if (deletes)
      io.stdout.write(
        paint.mod(
          `${target} did not exist before then: the rollback ${args['dry-run'] ? 'would delete' : 'deletes'} it.\n`,
        ),
      );
    if (p.editedSince)
      io.stdout.write(
        paint.mod(`warning: ${target} was edited after mcpctl last wrote it; those edits would be lost.\n`),
      );
    io.stdout.write(p.diff ? diffText(p.diff, paint) : 'The file already equals this backup.\n');
  }
  if (args['dry-run'] || !p.diff) {
    if (args.json) report(false, null);
    return EXIT.ok;
  }
  if (!args.yes) {
    if (!canPrompt(io)) {
      if (args.json) report(false, null);
      else io.stderr.write('not rolled back: no terminal to confirm on; run again with --yes\n');
      return EXIT.usage;
    }
    if (!(await confirm(`Restore ${p.backup.id} over ${target}?`, io))) {
      io.stderr.write('Not rolled back. Nothing was changed.\n');
      return EXIT.failure;
    }
  }
  const { undoId } = await runRollback(p, { force: args.force, tool: toolName() });
  if (args.json) report(true, undoId);
  else
    io.stdout.write(
      `${deletes ? `Deleted ${target} (it did not exist before ${p.backup.id})` : `Restored ${p.backup.id}`}. The file before the rollback is backup ${undoId} ("mcpctl rollback" again undoes this).\n`,
    );
  return EXIT.ok;
}
