import { applyHasWork, lintRefusal, prepareApply } from '../../app/apply-checks.js';
import { beginApply, checkApply } from '../../app/apply-run.js';
import type { LeftInBackups } from '../../app/backups-prune.js';
import { processContext } from '../../app/pipeline.js';
import type { Planned } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { plansText, setLine } from '../../core/render/plan-text.js';
import { fileSections } from '../plan-sections.js';
import { toolName } from '../../io/version.js';
import { canPrompt, confirm } from '../confirm.js';
import type { Io } from '../output.js';
import { paintFor, printDiagnostics, printFindings, writeJson } from '../output.js';
import { runSteps } from '../progress.js';

export interface ApplyArgs {
  plan?: string | undefined;
  file: string;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
  yes: boolean;
  json: boolean;
  'keep-backups': number;
  policy?: string | undefined;
  /** --target: only these clients. */
  target?: string[] | undefined;
  adopt?: boolean | undefined;
  /** --set: the server set to turn on. */
  set?: string | undefined;
}

export async function applyAction(args: ApplyArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const prepared = await prepareApply({ ...args, only: args.target }, ctx, toolName());
  const { planned, doc, saved } = prepared;

  const paint = paintFor(io.stdout, io.env);
  if (!args.json) {
    printDiagnostics(io, planned.spec.warnings);
    printFindings(io, planned.findings);
    io.stdout.write(setLine(planned.spec.set, paint) + plansText(fileSections(planned), paint));
  }
  const e = lintRefusal(prepared);
  if (e) {
    if (args.json)
      writeJson(io, {
        format_version: APPLY_FORMAT,
        kind: 'mcpctl.apply',
        applied: false,
        reason: 'lint errors',
        plan: doc,
        files: [],
      });
    else throw e;
    return EXIT.failure;
  }
  const launcher = await checkApply(prepared, ctx, (w) => io.stderr.write(`warning: ${w}\n`));
  if (!applyHasWork(planned)) {
    await beginApply(prepared, launcher, { tool: toolName(), keepBackups: args['keep-backups'] }); // a removed launcher copy comes back even when nothing else changes
    if (args.json)
      writeJson(io, {
        format_version: APPLY_FORMAT,
        kind: 'mcpctl.apply',
        applied: false,
        reason: 'no changes',
        plan: doc,
        files: [],
      });
    return EXIT.ok;
  }
  // a saved plan was reviewed when it was made, and is refused above if anything changed since: applying it
  // needs no second confirmation (as Terraform applies a saved plan file)
  if (!args.yes && !saved) {
    if (!canPrompt(io)) {
      const message = 'not applied: no terminal to confirm on; review the plan above, then run again with --yes';
      if (args.json)
        writeJson(io, {
          format_version: APPLY_FORMAT,
          kind: 'mcpctl.apply',
          applied: false,
          reason: 'confirmation required (--yes)',
          plan: doc,
          files: [],
        });
      else io.stderr.write(`${message}\n`);
      return EXIT.usage;
    }
    const driftCount = drift(planned);
    const driftNote = driftCount ? ` ${driftCount} hand-edited server(s) will be overwritten.` : '';
    const changed = planned.files.filter((f) => f.newText !== f.target.text);
    const where = changed.length === 1 ? (changed[0]?.target.path ?? '') : `${changed.length} files`;
    if (!(await confirm(`Apply these changes to ${where}?${driftNote}`, io))) {
      io.stderr.write('Not applied. Nothing was changed.\n');
      return EXIT.failure;
    }
  } else if (drift(planned) && !args.json) {
    io.stderr.write(
      paint.mod(
        `warning: overwriting ${drift(planned)} managed server(s) edited by hand (drift); "mcpctl rollback" undoes this apply\n`,
      ),
    );
  }

  const run = await beginApply(prepared, launcher, { tool: toolName(), keepBackups: args['keep-backups'] });
  const many = (run.tx?.parts.length ?? 0) > 1;
  let finished: Awaited<ReturnType<typeof run.finish>>;
  try {
    await runSteps(run.steps, io, { json: args.json });
    finished = await run.finish();
  } finally {
    await run.release();
  }
  const done = finished.outcome;
  const left = finished.left;
  // tokens this apply removed from the file (import moved them to the store) live on in the backups (left)
  if (args.json) {
    writeJson(io, {
      format_version: APPLY_FORMAT,
      kind: 'mcpctl.apply',
      applied: true,
      plan: doc,
      files: done.map((d) => ({
        file: d.target,
        written: d.written,
        backup: d.backup ? { id: d.backup.id, sha256_before: d.backup.sha256_before } : null,
        sha256_after: d.sha256_after,
      })),
      secrets_in_backups: left ? left.backups.map((b) => ({ id: b.id, path: b.path, secrets: b.secrets })) : [],
    });
  } else {
    const s = doc.summary;
    const backup = done.find((d) => d.backup)?.backup;
    io.stdout.write(`\nApplied: ${s.create} created, ${s.update} updated, ${s.delete} deleted.`);
    io.stdout.write(
      backup
        ? ` Backup ${backup.id}; undo with "mcpctl rollback".\n`
        : many
          ? ' The config files were already up to date.\n'
          : ' The config file was already up to date.\n',
    );
    if (left) io.stdout.write(secretsLeftText(left));
  }
  return EXIT.ok;
}

/** Format 2: one entry per target file under `files`, and the plan document of format 2. */
const APPLY_FORMAT = 2;

function drift(planned: Planned): number {
  return planned.files.reduce((n, f) => n + f.plan.summary.drift, 0);
}

function secretsLeftText(left: LeftInBackups): string {
  const n = left.secrets.length;
  const lines = [
    `\n${n} plaintext ${n === 1 ? 'secret is' : 'secrets are'} no longer in the file (${left.secrets.join(', ')}), but ${n === 1 ? 'it is' : 'they are'} still in ${left.backups.length === 1 ? 'this backup' : 'these backups'}:`,
    ...left.backups.map((b) => `  ${b.path}`),
    `${n === 1 ? 'It was' : 'They were'} exposed in plain text: rotate ${n === 1 ? 'it' : 'them'} at the provider and store the new ${n === 1 ? 'value' : 'values'} with "mcpctl secret set NAME".`,
    'Then remove those backups with "mcpctl backups prune --containing-secrets" (rollback can no longer return to them; --dry-run shows what goes).',
  ];
  return `${lines.join('\n')}\n`;
}
