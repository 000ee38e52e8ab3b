import { backupsOf } from '../../app/backups-prune.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export async function backupsAction(args: TargetOptions & { json: boolean }, io: Io): Promise<number> {
  const ctx = processContext();
  const { target, backups: list } = await backupsOf(args, ctx);
  if (args.json) {
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.backups',
      target,
      backups: list.map((b) => ({
        id: b.id,
        time: b.time,
        action: b.action,
        existed: b.existed,
        size: b.size,
        sha256: b.sha256_before,
        sha256_after: b.sha256_after,
        tool: b.tool,
        plan_id: b.plan_id,
        path: b.path,
        secrets: b.secrets,
      })),
    });
    return EXIT.ok;
  }
  if (!list.length) {
    io.stdout.write(`No backups of ${target} yet ("mcpctl apply" makes one before every write).\n`);
    return EXIT.ok;
  }
  io.stdout.write(`Backups of ${target}, newest first:\n`);
  const rows = list.map((b) => [
    b.id,
    b.time,
    b.existed ? `${b.size} B` : '(no file)',
    (b.sha256_before ?? '-').slice(0, 12),
    `${b.action} by ${b.tool}${b.plan_id ? ` plan ${b.plan_id}` : ''}${b.secrets.length ? `  holds ${b.secrets.length} plaintext ${b.secrets.length === 1 ? 'secret' : 'secrets'}` : ''}`,
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) io.stdout.write(`  ${r.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`);
  io.stdout.write('Restore one with "mcpctl rollback --to ID".\n');
  if (list.some((b) => b.secrets.length))
    io.stdout.write(
      'Remove the ones that hold plaintext secrets with "mcpctl backups prune --containing-secrets" (and rotate those secrets).\n',
    );
  return EXIT.ok;
}
