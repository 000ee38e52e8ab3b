// The end of a guided add or remove: show what changes in mcp.yaml and what the plan would be, offer the
// health test (add), then one question. Nothing is written before the answer; "yes" stores the typed
// secrets, writes mcp.yaml and applies; "write" writes only mcp.yaml; anything else (or Ctrl-C) leaves every
// file as it was.
import type { Context } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { planText } from '../../core/render/plan-text.js';
import type { Io } from '../output.js';
import { paintFor } from '../output.js';
import { askLine, askYesNo, cancelled } from '../prompt.js';
import { writeAll } from '../../app/edit-write.js';
import type { Prepared } from '../../app/edit-write.js';
import type { TargetArgs } from './edit-finish.js';
import { showBlock, nextCommand } from './edit-finish.js';

export async function finishInteractive(p: Prepared, args: TargetArgs, ctx: Context, io: Io): Promise<number> {
  const paint = paintFor(io.stdout, io.env);
  const out = (s: string) => io.stdout.write(s);
  if (p.kind === 'add')
    out(
      `\n${p.y.text === null ? `A new ${p.y.file} with the server` : `Added to the servers of ${p.y.file}`}:\n\n${paint.add(showBlock(p.edit.block, '  '))}\n`,
    );
  else out(`\nRemoved from ${p.y.file}:\n\n${paint.del(showBlock(p.edit.block, '  '))}\n`);
  for (const s of p.pending)
    out(
      `Secret "${s.name}" (${Array.from(s.value).length} characters) goes to the secret store, the file gets \${secret:${s.name}}.\n`,
    );
  out(`\n${planText(p.cand.plan, p.cand.target.path, '', paint)}\n`);

  if (
    p.kind === 'add' &&
    (await askYesNo(
      io,
      `Test "${p.name}" now (start it, MCP handshake, list its tools), before anything is written?`,
      true,
    ))
  ) {
    const { probeBeforeWrite } = await import('./add-probe.js');
    const ok = await probeBeforeWrite(p, ctx, io);
    if (!ok && !(await askYesNo(io, 'The test failed. Keep the server anyway?', false))) throw cancelled();
  }
  const answer = await askLine(
    io,
    `Type "yes" to write ${p.y.file} and apply it to ${p.cand.target.path}, "write" to only write ${p.y.file}; anything else cancels: `,
  );
  if (answer !== 'yes' && answer !== 'write') {
    io.stderr.write('Nothing was written.\n');
    return EXIT.failure;
  }
  await writeAll(p, ctx);
  out(`Wrote ${p.y.file}.\n`);
  if (answer === 'write') {
    out(`Review and apply it with: ${nextCommand('plan', args)} && ${nextCommand('apply', args)}\n`);
    return EXIT.ok;
  }
  out('\n');
  const { applyAction } = await import('./apply.js');
  return applyAction(
    {
      file: args.file,
      config: args.config,
      profile: args.profile,
      project: args.project,
      yes: true,
      json: false,
      'keep-backups': 10,
    },
    io,
  );
}
