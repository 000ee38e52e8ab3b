// The end of add and remove: write mcp.yaml (secrets first, into the store), then show the plan and what to
// run next, or the JSON report. On a terminal: review, optional health test, one question, then write and apply.
import type { Candidate, McpYaml } from '../../app/add.js';
import { writeMcpYaml } from '../../app/add.js';
import { planFor } from '../../app/pipeline.js';
import type { Context } from '../../app/pipeline.js';
import type { Edit } from '../../core/edit/add-server.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import type { Server } from '../../core/generated/mcp-types.js';
import type { Finding } from '../../core/lint/finding.js';
import { planText } from '../../core/render/plan-text.js';
import { secretNamesOf } from '../../core/secret-refs.js';
import type { Io } from '../output.js';
import { paintFor, printFindings, writeJson } from '../output.js';

export interface PendingSecret {
  name: string;
  value: string;
}

export interface Prepared {
  kind: 'add' | 'remove';
  y: McpYaml;
  name: string;
  /** The server added, or the one removed (as mcp.yaml had it). */
  server: Server;
  template: string | null;
  edit: Edit;
  cand: Candidate;
  /** Secrets typed on the terminal, stored just before mcp.yaml is written. */
  pending: PendingSecret[];
}

export interface TargetArgs {
  file: string;
  json: boolean;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
}

/** Lines [first, last] (1-based) of the block in the text, or null when it cannot be found at a line start. */
function blockLines(text: string, block: string): [number, number] | null {
  const body = text.includes('\r\n') ? block.split('\n').join('\r\n') : block;
  for (let at = text.indexOf(body.trimEnd()); at !== -1; at = text.indexOf(body.trimEnd(), at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    const first = text.slice(0, at).split('\n').length;
    return [first, first + block.trimEnd().split('\n').length - 1];
  }
  return null;
}

/** A plaintext secret that lint finds in the new server (in args, a URL, …) refuses the edit. */
export function refuseSecretFindings(findings: Finding[], text: string, block: string): void {
  const lines = blockLines(text, block);
  if (!lines) return;
  const bad = findings.filter(
    (f) => f.ruleId.startsWith('secret/') && f.severity === 'error' && f.line >= lines[0] && f.line <= lines[1],
  );
  if (!bad.length) return;
  throw new McpctlError(
    'E_SECRET_LITERAL',
    `the new server holds ${bad.length === 1 ? 'a value' : `${bad.length} values`} that look like plaintext secrets (${bad.map((f) => `${f.message}${f.secret ? ` ${f.secret.preview}` : ''}`).join('; ')}); nothing was written`,
    {
      hint: 'store it (mcpctl secret set NAME) and reference it: --secret ENV=NAME, or ${secret:NAME} in --env/--header',
      exitCode: EXIT.usage,
    },
  );
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

async function storedState(names: string[], ctx: Context): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  if (!names.length) return out;
  const { openSecretStore } = await import('../../io/secrets/store.js');
  const store = await openSecretStore(ctx.env, ctx.home);
  for (const n of names) out.set(n, (await store.get(n)) !== null);
  return out;
}

/** Stores the typed secrets, then writes mcp.yaml (so the file never names a secret that is not stored). */
export async function writeAll(p: Prepared, ctx: Context): Promise<void> {
  if (p.pending.length) {
    const { openSecretStore } = await import('../../io/secrets/store.js');
    const store = await openSecretStore(ctx.env, ctx.home);
    for (const s of p.pending) await store.set(s.name, s.value, `mcpctl ${p.kind}`);
  }
  await writeMcpYaml(p.y, p.edit.text);
}

/** The block's lines without their common indentation, each prefixed (for showing). */
export function showBlock(block: string, prefix: string): string {
  const lines = block.replace(/\n$/, '').split('\n');
  const cut = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => `${prefix}${l.slice(cut)}`.trimEnd()).join('\n');
}

/** --non-interactive (or no terminal): write, then the plan and the next command, or the JSON report. */
export async function finishScripted(p: Prepared, args: TargetArgs, ctx: Context, io: Io): Promise<number> {
  const secrets = p.kind === 'add' ? secretNamesOf(p.server) : [];
  const stored = await storedState(secrets, ctx);
  await writeAll(p, ctx);
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
      secrets: secrets.map((n) => ({ name: n, stored: stored.get(n) === true })),
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
  await printPlan(args, ctx, io);
  for (const n of secrets)
    if (!stored.get(n))
      io.stderr.write(
        `warning: the secret "${n}" is not in the secret store yet; set it before apply: mcpctl secret set ${n}\n`,
      );
  if (p.kind === 'remove')
    for (const n of secretNamesOf(p.server))
      io.stdout.write(
        `The secret "${n}" stays in the store; delete it with "mcpctl secret rm ${n}" if nothing else uses it.\n`,
      );
  io.stdout.write(`Next: ${nextCommand('apply', args)}\n`);
  return EXIT.ok;
}

/** The plan of the file as written now, as "mcpctl plan" shows it. */
async function printPlan(args: TargetArgs, ctx: Context, io: Io): Promise<void> {
  const r = await planFor(args.file, args, ctx);
  printFindings(io, r.findings);
  io.stdout.write(planText(r.plan, r.target.path, r.diff, paintFor(io.stdout, io.env)));
  io.stdout.write('\n');
}
