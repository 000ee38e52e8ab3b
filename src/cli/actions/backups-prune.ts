import { planPruneOf, runPrune } from '../../app/backups-prune.js';
import type { PrunePlan } from '../../app/backups-prune.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import { canPrompt, confirm } from '../confirm.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export interface PruneArgs extends TargetOptions {
  file?: string | undefined;
  target?: string[] | undefined;
  'containing-secrets': boolean;
  before?: string | undefined;
  all: boolean;
  'dry-run': boolean;
  yes: boolean;
  json: boolean;
}

/** Format 2: one entry per file under `files` (format 1 had one `target` and its lists at the top). */
const PRUNE_FORMAT = 2;

export async function backupsPruneAction(args: PruneArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const plans = await planPruneOf(
    { ...args, only: args.target },
    { containingSecrets: args['containing-secrets'], before: args.before, all: args.all },
    ctx,
  );
  const doc = (removed: Map<string, string[]> | null, reason: string | null) => ({
    format_version: PRUNE_FORMAT,
    kind: 'mcpctl.backups-prune',
    dry_run: args['dry-run'],
    pruned: removed !== null,
    reason,
    files: plans.map((plan) => ({
      file: plan.target,
      remove: plan.remove.map((b) => ({ id: b.id, time: b.time, path: b.path, secrets: b.secrets })),
      removed: removed?.get(plan.target) ?? [],
      kept: plan.keep.map((b) => b.id),
      removes_latest: plan.removesLatest,
      rollback_after: plan.rollbackAfter,
    })),
  });
  const count = plans.reduce((n, p) => n + p.remove.length, 0);
  if (!count) {
    if (args.json) writeJson(io, doc(null, 'nothing to prune'));
    else
      for (const plan of plans)
        io.stdout.write(
          `No backups of ${plan.target} to prune${args['containing-secrets'] ? ' (none holds a plaintext secret)' : ''}.\n`,
        );
    return EXIT.ok;
  }
  if (!args.json) for (const plan of plans) if (plan.remove.length) describe(io, plan, args['dry-run']);
  if (args['dry-run']) {
    if (args.json) writeJson(io, doc(null, 'dry run'));
    return EXIT.ok;
  }
  if (!args.yes) {
    if (!canPrompt(io)) {
      if (args.json) writeJson(io, doc(null, 'confirmation required (--yes)'));
      else io.stderr.write('not pruned: no terminal to confirm on; review the list above, then run again with --yes\n');
      return EXIT.usage;
    }
    if (!(await confirm(`Remove ${count} ${count === 1 ? 'backup' : 'backups'}?`, io))) {
      io.stderr.write('Not pruned. Nothing was removed.\n');
      return EXIT.failure;
    }
  }
  const removed = new Map<string, string[]>();
  for (const plan of plans) if (plan.remove.length) removed.set(plan.target, (await runPrune(plan)).removed);
  if (args.json) writeJson(io, doc(removed, null));
  else
    for (const plan of plans) {
      const n = removed.get(plan.target)?.length ?? 0;
      if (!n) continue;
      const of = plans.length > 1 ? ` of ${plan.target}` : '';
      io.stdout.write(
        `Removed ${n} ${n === 1 ? 'backup' : 'backups'}${of}.${plan.rollbackAfter ? ` "mcpctl rollback" now restores ${plan.rollbackAfter}.` : ' No backup is left: "mcpctl rollback" has nothing to restore.'}\n`,
      );
    }
  return EXIT.ok;
}

function describe(io: Io, plan: PrunePlan, dry: boolean): void {
  io.stdout.write(
    `${dry ? 'Would remove' : 'To remove'} ${plan.remove.length} of ${plan.remove.length + plan.keep.length} backups of ${plan.target}:\n`,
  );
  for (const b of plan.remove) {
    const held = b.secrets.length
      ? `  holds ${b.secrets.length} plaintext ${b.secrets.length === 1 ? 'secret' : 'secrets'}: ${b.secrets.join(', ')}`
      : '';
    io.stdout.write(`  ${b.id}  ${b.path}${held}\n`);
  }
  if (plan.removesLatest) {
    io.stdout.write(
      plan.rollbackAfter
        ? `This includes the newest backup, the one "mcpctl rollback" restores: afterwards it restores ${plan.rollbackAfter} instead.\n`
        : 'This removes every backup: afterwards "mcpctl rollback" has nothing to restore (the current file is kept as it is).\n',
    );
  }
  if (plan.remove.some((b) => b.secrets.length))
    io.stdout.write('Removing a backup does not un-expose a token: rotate it at the provider as well.\n');
}
