// The plan of a pull request per client file: every target file of the head mcp.yaml, and of the base for
// a target the pull request drops. Each client compiles base and head with its own module (the launcher as
// the Action names it); a shared .mcp.json is one file for Claude Code and Copilot, as `mcpctl plan` has it.
// Files are named as a developer knows them: `config.toml` for Codex's own, `~/…` in the home folder, and a
// project file by its path in the repository.
import { join, relative, sep } from 'node:path';
import { compileTargets } from '../app/pipeline.js';
import { normalizeOf } from '../app/plan-target.js';
import type { Context, LoadedSpec } from '../app/pipeline.js';
import { targetFiles } from '../app/target-files.js';
import type { TargetFileRef } from '../app/target-files.js';
import type { ClientTarget, Scope } from '../core/targets/target.js';
import type { Entry } from '../core/value.js';
import { planFileMerge, TARGET_LABEL } from './pr-plan.js';
import type { MergePlan } from './pr-plan.js';

/** One client file of the pull request's plan. */
export interface TargetMerge {
  /** As the report names the file: `config.toml`, `.mcp.json`, `~/.cursor/mcp.json`. */
  label: string;
  scope: Scope;
  /** The clients that read it at the head (at the base, for a file the head no longer writes). */
  clients: ClientTarget[];
  /** The plan from the base's entries to the head's; null when the head no longer configures this file. */
  merge: MergePlan | null;
  /** The base configured this file (false: a target the pull request adds). */
  inBase: boolean;
  /** Entries the base wrote to this file (what stays there when the head drops it). */
  baseServers: string[];
}

/**
 * Where the home folder is while naming files: no runner's home, environment or Codex flags decide a path;
 * the report shows `~/…`.
 */
const HOME = join(sep, '__mcpctl_home__');
/** The key of a project's local servers in ~/.claude.json is its folder on each developer's machine. */
const PROJECT_ROOT = '<the repository folder>';

/**
 * Each target file's plan, head files first (in the registry's client order), then the files only the base
 * configured. `base` null: mcp.yaml is new or its base does not load (every head entry is then created); `head`
 * null: the pull request deletes mcp.yaml (every base entry is then deleted).
 * Throws McpctlError (E_REF) when a spec cannot be written for one of its clients.
 */
export function planTargets(
  base: LoadedSpec | null,
  head: LoadedSpec | null,
  headPath: string,
  ctx: Context,
): TargetMerge[] {
  const baseFiles = base ? compiledFiles(base, headPath, ctx) : [];
  // a pull request that deletes mcp.yaml: every file it wrote, with no entries (every server deleted, as before targets)
  const headFiles = head
    ? compiledFiles(head, headPath, ctx)
    : baseFiles.map((f) => ({ ...f, entries: new Map<string, Entry>() }));
  const out: TargetMerge[] = [];
  for (const h of headFiles) {
    const b = baseFiles.find((f) => f.key === h.key);
    const [client] = h.ref.clients;
    if (!client) continue;
    const label = labelOf(h.ref, ctx.cwd);
    const reader = {
      label,
      read: (text: string) => client.read(text, h.ref.path, h.ref.scope, h.ref.where),
      normalize: normalizeOf(h.ref),
    };
    out.push({
      label,
      scope: h.ref.scope,
      clients: h.ref.clients,
      merge: planFileMerge(reader, b?.entries ?? new Map(), h.entries),
      inBase: b !== undefined,
      baseServers: [...(b?.entries.keys() ?? [])],
    });
  }
  for (const b of baseFiles) {
    if (headFiles.some((h) => h.key === b.key)) continue;
    out.push({
      label: labelOf(b.ref, ctx.cwd),
      scope: b.ref.scope,
      clients: b.ref.clients,
      merge: null,
      inBase: true,
      baseServers: [...b.entries.keys()],
    });
  }
  return out;
}

interface CompiledFile {
  /** The file and, for ~/.claude.json, which part of it (user or this project's servers). */
  key: string;
  ref: TargetFileRef;
  entries: Map<string, Entry>;
}

function compiledFiles(spec: LoadedSpec, headPath: string, ctx: Context): CompiledFile[] {
  // every file at the path of the head's mcp.yaml, whatever the runner's environment says
  const refs = targetFiles(spec.spec, headPath, {}, { cwd: ctx.cwd, env: {}, home: HOME }).map((r) => ({
    ...r,
    where: { ...r.where, gitRoot: PROJECT_ROOT },
  }));
  const entries = compileTargets(spec, refs, ctx);
  return refs.map((ref, i) => ({ key: `${ref.scope}\0${ref.path}`, ref, entries: entries[i] ?? new Map() }));
}

/** `config.toml` for Codex's own file (as before targets), `~/…` in the home folder, else the path in the repository. */
function labelOf(ref: TargetFileRef, workspace: string): string {
  if (ref.path === join(HOME, '.codex', 'config.toml')) return TARGET_LABEL;
  const slash = (p: string) => p.split(sep).join('/');
  if (ref.path.startsWith(HOME + sep)) return `~/${slash(relative(HOME, ref.path))}`;
  return slash(relative(workspace, ref.path));
}
