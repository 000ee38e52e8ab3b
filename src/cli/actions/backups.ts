import { backupsOf } from '../../app/backups-prune.js';
import type { ScannedBackup } from '../../app/backups-prune.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import type { TargetOptions } from '../../core/target-path.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export interface BackupsArgs extends TargetOptions {
  file?: string | undefined;
  target?: string[] | undefined;
  json: boolean;
}

/** Format 2: `files` (each file and its clients) and every file's backups under `backups`, each naming its `file`. */
const BACKUPS_FORMAT = 2;

export async function backupsAction(args: BackupsArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const per = await backupsOf({ ...args, only: args.target }, ctx);
  if (args.json) {
    writeJson(io, {
      format_version: BACKUPS_FORMAT,
      kind: 'mcpctl.backups',
      files: per.map(({ file }) => ({ file: file.path, clients: file.clients })),
      backups: per
        .flatMap(({ file, backups }) => backups.map((b) => ({ file: file.path, b })))
        // newest first over every file (a stable sort keeps each file's own order, and one apply's files together)
        .sort((x, y) => (x.b.time < y.b.time ? 1 : x.b.time > y.b.time ? -1 : 0))
        .map(({ file, b }) => ({
          file,
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
          ...(b.files ? { apply_files: b.files } : {}),
        })),
    });
    return EXIT.ok;
  }
  for (const { file, backups } of per) {
    const target = file.path;
    const who = per.length > 1 ? ` (${file.clients.join(', ')})` : '';
    if (!backups.length) {
      io.stdout.write(`No backups of ${target}${who} yet ("mcpctl apply" makes one before every write).\n`);
      continue;
    }
    io.stdout.write(`Backups of ${target}${who}, newest first:\n`);
    io.stdout.write(table(backups));
  }
  const all = per.flatMap((p) => p.backups);
  if (all.length)
    io.stdout.write(
      per.length > 1
        ? 'Restore one with "mcpctl rollback --to ID" (every file of that apply together; --target limits it).\n'
        : 'Restore one with "mcpctl rollback --to ID".\n',
    );
  if (all.some((b) => b.secrets.length))
    io.stdout.write(
      'Remove the ones that hold plaintext secrets with "mcpctl backups prune --containing-secrets" (and rotate those secrets).\n',
    );
  return EXIT.ok;
}

function table(list: ScannedBackup[]): string {
  const rows = list.map((b) => [
    b.id,
    b.time,
    b.existed ? `${b.size} B` : '(no file)',
    (b.sha256_before ?? '-').slice(0, 12),
    `${b.action} by ${b.tool}${b.plan_id ? ` plan ${b.plan_id}` : ''}${b.files && b.files.length > 1 ? ` (1 of ${b.files.length} files)` : ''}${b.secrets.length ? `  holds ${b.secrets.length} plaintext ${b.secrets.length === 1 ? 'secret' : 'secrets'}` : ''}`,
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`).join('');
}
