import { ApplyTransaction } from '../../app/apply.js';
import { blockingError } from '../../app/blocking.js';
import { blockingHere } from '../../app/missing-secrets.js';
import type { ApplyOutcome } from '../../app/apply.js';
import { secretsLeftInBackups } from '../../app/backups-prune.js';
import type { LeftInBackups } from '../../app/backups-prune.js';
import { planDocumentFor, planFor, processContext } from '../../app/pipeline.js';
import type { PlanResult } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { hasChanges } from '../../core/plan.js';
import { codexHash as tableHash } from '../../core/targets/codex/normalize.js';
import type { PlanDocument } from '../../core/render/plan-json.js';
import { planText } from '../../core/render/plan-text.js';
import { readSavedPlan } from '../../io/saved-plan.js';
import type { StableCopy } from '../../io/stable-launcher.js';
import { canPrompt, confirm } from '../confirm.js';
import type { Io } from '../output.js';
import { paintFor, printDiagnostics, printFindings, writeJson } from '../output.js';
import { runSteps } from '../progress.js';
import { toolName } from '../../io/version.js';

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
}

export async function applyAction(args: ApplyArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const saved = args.plan ? await readSavedPlan(args.plan) : null;
  const planned = saved
    ? await planFor(saved.source.path, { config: saved.target.file }, ctx, { policy: args.policy })
    : await planFor(args.file, args, ctx, { policy: args.policy });
  // the same reasons to refuse that plan shows (src/app/blocking.ts)
  const blocking = await blockingHere(planned.spec, planned.findings, ctx);
  const doc = planDocumentFor(planned, toolName(), blocking);
  if (saved) checkSavedPlan(saved, doc, args.plan ?? '');

  const paint = paintFor(io.stdout, io.env);
  if (!args.json) {
    printDiagnostics(io, planned.spec.warnings);
    printFindings(io, planned.findings);
    io.stdout.write(planText(planned.plan, planned.target.path, planned.diff, paint));
  }
  if (blocking.some((d) => d.code === 'E_LINT')) {
    const lintErrors = planned.findings.filter((f) => f.severity === 'error').length;
    const e = new McpctlError(
      'E_LINT',
      `not applied: lint found ${lintErrors} ${lintErrors === 1 ? 'error' : 'errors'} in ${planned.spec.file}`,
      {
        hint: 'fix them (see above), or turn a rule off under lint.rules in mcp.yaml if the organisation policy allows it',
      },
    );
    if (args.json)
      writeJson(io, {
        format_version: 1,
        kind: 'mcpctl.apply',
        applied: false,
        reason: 'lint errors',
        plan: doc,
        backup: null,
      });
    else throw e;
    return EXIT.failure;
  }
  const refused = blockingError(blocking);
  if (refused) throw refused;
  const launcher = await checkLauncher(planned, ctx, io);
  const stateChanges = stateNeedsUpdate(planned);
  if (!hasChanges(planned.plan) && !stateChanges) {
    await installLauncher(launcher); // a removed copy comes back even when nothing else changes
    if (args.json)
      writeJson(io, {
        format_version: 1,
        kind: 'mcpctl.apply',
        applied: false,
        reason: 'no changes',
        plan: doc,
        backup: null,
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
          format_version: 1,
          kind: 'mcpctl.apply',
          applied: false,
          reason: 'confirmation required (--yes)',
          plan: doc,
          backup: null,
        });
      else io.stderr.write(`${message}\n`);
      return EXIT.usage;
    }
    const drift = planned.plan.summary.drift
      ? ` ${planned.plan.summary.drift} hand-edited server(s) will be overwritten.`
      : '';
    if (!(await confirm(`Apply these changes to ${planned.target.path}?${drift}`, io))) {
      io.stderr.write('Not applied. Nothing was changed.\n');
      return EXIT.failure;
    }
  } else if (planned.plan.summary.drift && !args.json) {
    io.stderr.write(
      paint.mod(
        `warning: overwriting ${planned.plan.summary.drift} managed server(s) edited by hand (drift); "mcpctl rollback" undoes this apply\n`,
      ),
    );
  }

  await installLauncher(launcher);
  const tx = new ApplyTransaction(planned, { tool: toolName(), planId: doc.id, keepBackups: args['keep-backups'] });
  const result: { outcome?: ApplyOutcome } = {};
  try {
    await runSteps(
      [
        { title: 'Lock the target and check it did not change', run: () => tx.begin() },
        {
          title: 'Back up the current file',
          run: () => tx.backup(),
          skip: () => (!tx.changesFile ? 'config unchanged' : false),
        },
        {
          title: 'Write atomically',
          run: () => tx.write(),
          skip: () => (!tx.changesFile ? 'config unchanged' : false),
        },
        {
          title: 'Verify what was written',
          run: () => tx.verify(),
          skip: () => (!tx.changesFile ? 'config unchanged' : false),
        },
        { title: 'Record managed servers', run: async () => (result.outcome = await tx.finish()) },
      ],
      io,
      { json: args.json },
    );
  } finally {
    await tx.release();
  }
  const done = result.outcome;
  if (!done) throw new McpctlError('E_INTERNAL', 'apply ended without an outcome');
  // tokens this apply removed from the file (import moved them to the store) live on in the backups
  const before = {
    text: planned.target.text,
    servers: new Map([...planned.target.doc.servers].map(([n, s]) => [n, s.value])),
  };
  // (a backup that cannot be read only loses this note: the apply itself succeeded)
  const left = done.backup
    ? await secretsLeftInBackups(planned.target.path, before, planned.newText).catch(() => null)
    : null;
  if (args.json) {
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.apply',
      applied: true,
      plan: doc,
      backup: done.backup ? { id: done.backup.id, sha256_before: done.backup.sha256_before } : null,
      sha256_after: done.sha256_after,
      secrets_in_backups: left ? left.backups.map((b) => ({ id: b.id, path: b.path, secrets: b.secrets })) : [],
    });
  } else {
    const s = planned.plan.summary;
    io.stdout.write(`\nApplied: ${s.create} created, ${s.update} updated, ${s.delete} deleted.`);
    io.stdout.write(
      done.backup
        ? ` Backup ${done.backup.id}; undo with "mcpctl rollback".\n`
        : ' The config file was already up to date.\n',
    );
    if (left) io.stdout.write(secretsLeftText(left));
  }
  return EXIT.ok;
}

function checkSavedPlan(saved: PlanDocument, now: PlanDocument, file: string): void {
  if (saved.source.sha256 !== now.source.sha256) {
    throw new McpctlError('E_STALE_PLAN', `${saved.source.file} changed since the plan in ${file} was made`, {
      hint: 'make a new plan with "mcpctl plan --out" and review it',
    });
  }
  if (saved.target.sha256 !== now.target.sha256) {
    throw new McpctlError('E_STALE_PLAN', `${saved.target.file} changed since the plan in ${file} was made`, {
      hint: 'make a new plan with "mcpctl plan --out" and review it',
    });
  }
  if (saved.id !== now.id) {
    throw new McpctlError('E_STALE_PLAN', `the plan in ${file} no longer matches what apply would do`, {
      hint: 'make a new plan with "mcpctl plan --out"',
    });
  }
}

/** True when the managed set recorded beside the target differs from what this apply manages. */
function stateNeedsUpdate(r: PlanResult): boolean {
  const managed = r.target.state.managed;
  if (Object.keys(managed).length !== r.desired.size) return true;
  for (const [name, table] of r.desired) if (managed[name]?.sha256 !== tableHash(table)) return true;
  return false;
}

/**
 * Every headers helper must work the way Codex runs it (before apply installs the launcher copy the lines point
 * to, from this package's bundle): checked before the question, so nothing is asked that would be refused.
 * Returns the copy to install, when the lines point to one.
 */
async function checkLauncher(
  planned: PlanResult,
  ctx: ReturnType<typeof processContext>,
  io: Io,
): Promise<StableCopy | null> {
  const { launcherFor, runnableNow } = await import('../../io/launcher.js');
  const launcher = launcherFor(ctx.env, ctx.home);
  const script = launcher.args[0] ?? launcher.command;
  const uses = [...planned.desired.values()].some((t) =>
    JSON.stringify(t).includes(JSON.stringify(script).slice(1, -1)),
  );
  if (!uses) return null;
  for (const w of launcher.warnings) io.stderr.write(`warning: ${w}\n`);
  const { checkHeadersHelpers } = await import('../../app/helper-check.js');
  await checkHeadersHelpers(runnableNow(planned.desired, launcher), planned.target.path, ctx.env, []);
  return launcher.install;
}

/** The launcher copy in the data folder that config.toml points to (when mcpctl runs from npx's cache). */
async function installLauncher(copy: StableCopy | null): Promise<void> {
  if (!copy) return;
  const { installStableCopy } = await import('../../io/stable-launcher.js');
  await installStableCopy(copy);
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
