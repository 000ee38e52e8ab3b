import { processContext } from '../../app/pipeline.js';
import { runImport } from '../../app/import.js';
import type { ImportedSource, ImportResult, MovedSecret } from '../../app/import.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { canPrompt, confirm } from '../confirm.js';
import type { TargetOptions } from '../../core/target-path.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

export interface ImportArgs extends TargetOptions {
  out: string;
  'dry-run': boolean;
  force: boolean;
  json: boolean;
  from?: string[] | undefined;
  scope?: string[] | undefined;
  file?: string | undefined;
  all?: boolean | undefined;
  prefer?: string | undefined;
  yes: boolean;
}

export async function importAction(args: ImportArgs, io: Io): Promise<number> {
  const ctx = processContext();
  if (args.all && !args['dry-run'] && !args.yes) {
    if (args.json || !canPrompt(io))
      throw new McpctlError('E_USAGE', 'import --all asks before it writes mcp.yaml, and there is no terminal to ask', {
        hint: 'pass --yes to write it, or --dry-run to see it',
      });
    // onboarding: what was found on this machine, then one question before anything is written
    const seen = await runImport({ ...args, dryRun: true }, ctx);
    io.stderr.write(foundTable(seen));
    report(io, seen.secretsMoved, seen.notes, true);
    {
      const n = seen.servers.length;
      if (
        !(await confirm(
          `Write ${args.out} with ${n} ${n === 1 ? 'server' : 'servers'} and store ${seen.secretsMoved.length} secrets?`,
          io,
        ))
      ) {
        io.stderr.write('Nothing written.\n');
        return EXIT.ok;
      }
    }
  }
  const r = await runImport({ ...args, dryRun: args['dry-run'] }, ctx);
  if (args.all && args.yes && !args['dry-run'] && !args.json) io.stderr.write(foundTable(r));
  const summary = {
    // 2: sources (one per client file read), and client on secrets_moved and notes
    format_version: 2,
    kind: 'mcpctl.import',
    source: r.source,
    sources: r.sources,
    out: r.out,
    dry_run: r.dryRun,
    servers: r.servers,
    skipped: r.skipped,
    secrets_moved: r.secretsMoved,
    notes: r.notes,
  };
  if (r.dryRun) {
    if (args.json) writeJson(io, { ...summary, mcp_yaml: r.mcpYaml });
    else {
      io.stdout.write(r.mcpYaml);
      if (args.all) io.stderr.write(foundTable(r));
      report(io, r.secretsMoved, r.notes, true);
      if (r.sources.some((s) => s.client !== 'codex'))
        for (const s of r.sources) io.stderr.write(`from ${fromLine(s)}\n`);
    }
    return EXIT.ok;
  }
  if (args.json) writeJson(io, summary);
  else written(io, r);
  return EXIT.ok;
}

function written(io: Io, r: ImportResult): void {
  const moved = r.secretsMoved.length;
  const files = [...new Set(r.sources.map((s) => s.file))].join(', ');
  io.stdout.write(`Wrote ${r.out} with ${r.servers.length} ${r.servers.length === 1 ? 'server' : 'servers'}.\n`);
  if (r.sources.some((s) => s.client !== 'codex')) for (const s of r.sources) io.stdout.write(`  ${fromLine(s)}\n`);
  report(io, r.secretsMoved, r.notes, false);
  io.stdout.write(
    `Next: "mcpctl plan" to review, then "mcpctl apply" to rewrite ${files}${moved ? ' without the plaintext secrets' : ''}.\n`,
  );
  if (moved) {
    io.stdout.write(
      `The plaintext stays in ${files} until then, and in the backup apply makes of it (and in any older backup):\n` +
        `${moved === 1 ? 'it was' : 'they were'} exposed, so rotate ${moved === 1 ? 'it' : 'them'} at the provider and store the new ${moved === 1 ? 'value' : 'values'} with "mcpctl secret set NAME",\n` +
        `and remove such backups with "mcpctl backups prune --containing-secrets" once you no longer need to roll back.\n`,
    );
  }
}

function report(io: Io, moved: MovedSecret[], notes: ImportResult['notes'], dry: boolean): void {
  if (moved.length) {
    io.stderr.write(
      `${dry ? 'Would move' : 'Moved'} ${moved.length} plaintext ${moved.length === 1 ? 'secret' : 'secrets'} into the secret store:\n`,
    );
    for (const m of moved) io.stderr.write(`  ${m.from}  →  \${secret:${m.name}}  (${m.preview})\n`);
  }
  for (const n of notes) {
    const who = n.client === 'codex' ? '' : `${TITLES[n.client]}, `;
    io.stderr.write(`note: ${who}${n.server === '*' ? '' : `server "${n.server}", `}${n.key}: ${n.message}\n`);
  }
}

const TITLES: Record<ImportedSource['client'], string> = {
  codex: 'Codex',
  'claude-code': 'Claude Code',
  copilot: 'Copilot',
  cursor: 'Cursor',
  vscode: 'VS Code',
  gemini: 'Gemini CLI',
  opencode: 'OpenCode',
  zed: 'Zed',
  windsurf: 'Windsurf',
  antigravity: 'Antigravity',
  'claude-desktop': 'Claude Desktop',
};

/** import --all: each client file found, with its servers and the plaintext secrets in them. */
function foundTable(r: ImportResult): string {
  const rows = r.sources.map((s) => [
    TITLES[s.client],
    s.scope,
    s.file,
    String(s.servers.length + s.skipped.length),
    String(s.secrets),
  ]);
  const head = ['client', 'scope', 'file', 'servers', 'literal secrets'];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    `${cells
      .map((c, i) => c.padEnd(width[i] ?? 0))
      .join('  ')
      .trimEnd()}\n`;
  return `Found MCP servers in ${rows.length} client ${rows.length === 1 ? 'file' : 'files'}:\n${line(head)}${rows.map(line).join('')}`;
}

function fromLine(s: ImportedSource): string {
  const what = s.servers.length ? s.servers.join(', ') : 'no servers';
  return `${TITLES[s.client]} (${s.scope} scope, ${s.file}): ${what}${s.skipped.length ? `; left unmanaged: ${s.skipped.join(', ')}` : ''}`;
}
