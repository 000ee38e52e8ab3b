import { processContext } from '../../app/pipeline.js';
import { planRollbackOf, runRollback } from '../../app/rollback.js';
import type { RollbackFile } from '../../app/rollback.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import { diffText } from '../../core/render/plan-text.js';
import { canPrompt, confirm } from '../confirm.js';
import type { Io } from '../output.js';
import { paintFor, writeJson } from '../output.js';
import { toolName } from '../../io/version.js';

export interface RollbackArgs extends TargetOptions {
  to?: string | undefined;
  file?: string | undefined;
  target?: string[] | undefined;
  'dry-run': boolean;
  yes: boolean;
  force: boolean;
  json: boolean;
}

/** Format 2: one entry per file under `files` (format 1 had one `target`). */
const ROLLBACK_FORMAT = 2;

export async function rollbackAction(args: RollbackArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const p = await planRollbackOf({ ...args, only: args.target }, args.to, ctx);
  const paint = paintFor(io.stdout, io.env);
  const first = p.files[0];
  // a backup taken before the file existed restores "no file": the rollback deletes the target
  const deletes = (f: RollbackFile) => !f.backup.existed && f.current !== null;
  const changing = p.files.filter((f) => f.diff);
  const report = (restored: boolean, undoId: string | null) =>
    writeJson(io, {
      format_version: ROLLBACK_FORMAT,
      kind: 'mcpctl.rollback',
      backup: p.id,
      files: p.files.map((f) => ({
        file: f.target,
        edited_since_last_write: f.editedSince,
        deletes_target: deletes(f),
        diff: f.diff,
      })),
      edited_since_last_write: p.files.some((f) => f.editedSince),
      deletes_target: p.files.some(deletes),
      diff: p.files.map((f) => f.diff).join(''),
      restored,
      undo_backup: undoId,
    });
  if (!args.json && first) {
    const b = first.backup;
    const which = `backup ${p.id} (${b.time}, before ${b.action} by ${b.tool})`;
    const of = p.files.length > 1 ? ` of ${p.files.length} files` : '';
    io.stdout.write(
      args['dry-run']
        ? `Dry run: would restore ${which}${of}; nothing is changed.\n`
        : `Rolling back to ${which}${of}.\n`,
    );
    for (const f of p.files) {
      if (deletes(f))
        io.stdout.write(
          paint.mod(
            `${f.target} did not exist before then: the rollback ${args['dry-run'] ? 'would delete' : 'deletes'} it.\n`,
          ),
        );
      if (f.editedSince)
        io.stdout.write(
          paint.mod(`warning: ${f.target} was edited after mcpctl last wrote it; those edits would be lost.\n`),
        );
    }
    for (const f of p.files)
      io.stdout.write(
        f.diff
          ? diffText(f.diff, paint)
          : p.files.length > 1
            ? `${f.target} already equals this backup.\n`
            : 'The file already equals this backup.\n',
      );
  }
  if (args['dry-run'] || !changing.length) {
    if (args.json) report(false, null);
    return EXIT.ok;
  }
  const over = p.files.length === 1 ? (first?.target ?? '') : `${p.files.length} files`;
  if (!args.yes) {
    if (!canPrompt(io)) {
      if (args.json) report(false, null);
      else io.stderr.write('not rolled back: no terminal to confirm on; run again with --yes\n');
      return EXIT.usage;
    }
    if (!(await confirm(`Restore ${p.id} over ${over}?`, io))) {
      io.stderr.write('Not rolled back. Nothing was changed.\n');
      return EXIT.failure;
    }
  }
  const { undoId } = await runRollback(p, { force: args.force, tool: toolName() });
  if (args.json) report(true, undoId);
  else {
    const gone = p.files.filter(deletes);
    const what =
      p.files.length === 1 && first && gone.length
        ? `Deleted ${first.target} (it did not exist before ${p.id})`
        : `Restored ${p.id}${p.files.length > 1 ? ` to ${p.files.length} files` : ''}${p.files.length > 1 && gone.length ? ` (deleted ${gone.map((f) => f.target).join(', ')}: ${gone.length === 1 ? 'it' : 'they'} did not exist before)` : ''}`;
    const before = p.files.length === 1 ? 'The file before the rollback is' : 'The files before the rollback are';
    io.stdout.write(`${what}. ${before} backup ${undoId} ("mcpctl rollback" again undoes this).\n`);
  }
  return EXIT.ok;
}
