// The end of add and remove: write mcp.yaml (app/edit-write.ts: secrets first, into the store), then show the
// plan and what to run next, or the JSON report. On a terminal: review, optional health test, one question, then write and apply.
import { writeEdit } from '../../app/edit-write.js';
import type { Prepared } from '../../app/edit-write.js';
import { planFor } from '../../app/pipeline.js';
import type { Context } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { plansText, setLine } from '../../core/render/plan-text.js';
import { fileSections } from '../plan-sections.js';
import type { Io } from '../output.js';
import { paintFor, printFindings, writeJson } from '../output.js';

export interface TargetArgs {
  file: string;
  json: boolean;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
}

/** "mcpctl apply" with the flags that name the same files. */
export function nextCommand(verb: string, args: TargetArgs): string {
  const parts = ['mcpctl', verb];
  if (args.file !== 'mcp.yaml') parts.push('-f', args.file);
  if (args.config) parts.push('--config', args.config);
  if (args.profile) parts.push('--profile', args.profile);
  if (args.project) parts.push('--project', args.project);
  return parts.join(' ');
}

/** The block's lines without their common indentation, each prefixed (for showing). */
export function showBlock(block: string, prefix: string): string {
  const lines = block.replace(/\n$/, '').split('\n');
  const cut = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => `${prefix}${l.slice(cut)}`.trimEnd()).join('\n');
}

/** --non-interactive (or no terminal): write, then the plan and the next command, or the JSON report. */
export async function finishScripted(p: Prepared, args: TargetArgs, ctx: Context, io: Io): Promise<number> {
  const { secrets, left } = await writeEdit(p, ctx);
  const s = p.cand.plan.summary;
  if (args.json) {
    writeJson(io, {
      format_version: 1,
      kind: `mcpctl.${p.kind}`,
      file: p.y.file,
      path: p.y.path,
      created: p.y.text === null,
      server: { name: p.name, template: p.template, spec: p.server },
      text: p.edit.block,
      secrets,
      plan: {
        has_changes: s.create + s.update + s.delete > 0,
        summary: s,
        changes: p.cand.plan.changes
          .filter((c) => c.action !== 'no-op')
          .map((c) => ({ name: c.name, action: c.action })),
      },
      next: nextCommand('apply', args),
    });
    return EXIT.ok;
  }
  io.stdout.write(
    p.kind === 'add'
      ? `${p.y.text === null ? 'Created' : 'Updated'} ${p.y.file}: added server "${p.name}"${p.template ? ` (template ${p.template})` : ''}\n`
      : `Updated ${p.y.file}: removed server "${p.name}"\n`,
  );
  io.stdout.write(`${showBlock(p.edit.block, p.kind === 'add' ? '+ ' : '- ')}\n\n`);
  await printPlan(args, ctx, io, p.kind === 'add' ? p.name : null);
  for (const { name: n, stored } of secrets)
    if (!stored)
      io.stderr.write(
        `warning: the secret "${n}" is not in the secret store yet; set it before apply: mcpctl secret set ${n}\n`,
      );
  for (const n of left)
    io.stdout.write(
      `The secret "${n}" stays in the store; delete it with "mcpctl secret rm ${n}" if nothing else uses it.\n`,
    );
  io.stdout.write(`Next: ${nextCommand('apply', args)}\n`);
  return EXIT.ok;
}

/** The plan of the file as written now, as "mcpctl plan" shows it. */
async function printPlan(args: TargetArgs, ctx: Context, io: Io, added: string | null): Promise<void> {
  // only the flags that name files: add's own --set (a template's inputs) is not a server set
  const r = await planFor(args.file, { config: args.config, profile: args.profile, project: args.project }, ctx);
  printFindings(io, r.findings);
  const paint = paintFor(io.stdout, io.env);
  io.stdout.write(setLine(r.spec.set, paint) + plansText(fileSections(r), paint));
  io.stdout.write('\n');
  const set = r.spec.set;
  if (added !== null && set?.name && set.off.includes(added))
    io.stderr.write(
      `warning: "${added}" is outside the server set "${set.name}" (default_set), so apply leaves it off: add it to sets.${set.name} in ${args.file}, or apply with --set all\n`,
    );
}
