// Which client files rollback and backups work on. With a mcp.yaml (./mcp.yaml, or -f FILE): the files of its
// targets, narrowed by --target, as plan and apply name them. Without one: Codex's file as --config, --profile
// or --project (or the default) names it, exactly as before targets existed, so a rollback never needs the
// mcp.yaml that made the apply. Only the `targets` of mcp.yaml are read: catalogs are not fetched.
import { resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { loadYaml, LOAD_LIMITS } from '../core/load.js';
import type { TargetOptions } from '../core/target-path.js';
import type { TargetName } from '../core/targets/names.js';
import { validate } from '../core/validate.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import { readText } from '../io/read.js';
import type { Context } from './pipeline.js';
import { codexFileRef, targetFiles } from './target-files.js';

export interface HistoryChoice extends TargetOptions {
  /** -f: the mcp.yaml to read the targets from (default ./mcp.yaml when it exists). */
  file?: string | undefined;
  /** --target: only these clients. */
  only?: readonly string[] | undefined;
}

export interface HistoryFile {
  path: string;
  /** The clients that read it (two for a .mcp.json Claude Code and Copilot share). */
  clients: TargetName[];
}

export async function historyFiles(choice: HistoryChoice, ctx: Context): Promise<HistoryFile[]> {
  const file = choice.file ?? 'mcp.yaml';
  const path = resolve(ctx.cwd, file);
  const read = {
    maxBytes: LOAD_LIMITS.maxBytes,
    what: 'mcp.yaml',
    missingHint: 'name an existing mcp.yaml with -f FILE',
  };
  // ./mcp.yaml may be absent (Codex alone, as before targets); a file named with -f must exist
  const text =
    choice.file === undefined ? await readText(path, { ...read, missingOk: true }) : await readText(path, read);
  if (text === null) {
    const others = (choice.only ?? []).filter((t) => t !== 'codex');
    if (others.length)
      throw new McpctlError('E_USAGE', `--target ${others[0]}: there is no mcp.yaml here to say where its file is`, {
        hint: 'run it where mcp.yaml is, or name it with -f FILE; without mcp.yaml only Codex (--config/--profile/--project) is known',
      });
    return [{ path: codexFileRef(choice, ctx).path, clients: ['codex'] }];
  }
  const { spec, diagnostics } = validate(loadYaml(text, file), schemaCheck);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!spec || errors.length)
    throw new McpctlError(
      errors[0]?.code ?? 'E_SCHEMA',
      `${file} is not a valid mcp.yaml (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}): its targets say which files to use`,
      { diagnostics: errors },
    );
  return targetFiles(spec, path, choice, ctx).map((f) => ({ path: f.path, clients: f.clients.map((c) => c.name) }));
}
