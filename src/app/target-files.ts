// Which client files a command works on: mcp.yaml's targets (Codex alone when it names none), narrowed by
// --target, each at its scope's file (Codex's --config/--profile/--project name its file for one command).
// Two clients that read the same file (Claude Code and Copilot both read a project's .mcp.json) share it.
import { dirname } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { McpFile } from '../core/generated/mcp-types.js';
import type { TargetOptions } from '../core/target-path.js';
import { TARGET_NAMES } from '../core/targets/names.js';
import type { TargetName } from '../core/targets/names.js';
import { TARGETS } from '../core/targets/registry.js';
import { declaredTargets } from '../core/targets/select.js';
import type { ClientTarget, Scope, Where } from '../core/targets/target.js';
import { pathExists } from '../io/path-exists.js';
import { gitRootOf } from '../io/git-root.js';
import type { Context } from './pipeline.js';

export interface TargetChoice extends TargetOptions {
  /** --target: only these clients (of those mcp.yaml configures). */
  only?: readonly string[] | undefined;
  /** --set: the server set to turn on (else mcp.yaml's default_set, else every server). */
  set?: string | undefined;
}

export interface TargetFileRef {
  path: string;
  scope: Scope;
  /** The clients that read this file (one, or Claude Code and Copilot for a shared .mcp.json). */
  clients: ClientTarget[];
  where: Where & { codex?: TargetOptions | undefined };
}

export function isTargetName(name: string): name is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(name);
}

export function targetFiles(spec: McpFile, specPath: string, choice: TargetChoice, ctx: Context): TargetFileRef[] {
  const declared = declaredTargets(spec);
  const chosen = choice.only?.length ? pick(choice.only, declared) : declared;
  const specDir = dirname(specPath);
  const needsGit = chosen.includes('claude-code') && spec.targets?.['claude-code']?.scope === 'local';
  const where = {
    env: ctx.env,
    home: ctx.home,
    cwd: ctx.cwd,
    platform: process.platform,
    specDir,
    gitRoot: needsGit ? gitRootOf(specDir) : undefined,
    exists: pathExists,
    codex: { config: choice.config, profile: choice.profile, project: choice.project },
  };
  // every declared client, so a file two clients read is planned for both even when --target names one
  const byPath = new Map<string, TargetFileRef>();
  for (const name of declared) {
    const client = TARGETS[name];
    const scope: Scope = spec.targets?.[name]?.scope ?? client.defaultScope;
    const path = client.file(scope, where);
    const same = byPath.get(path);
    if (same && same.scope === scope) same.clients.push(client);
    else if (same)
      throw new McpctlError(
        'E_CONFLICT',
        `${same.clients[0]?.title} (${same.scope}) and ${client.title} (${scope}) would both write ${path}`,
        { hint: 'give one of them another scope under targets in mcp.yaml' },
      );
    else byPath.set(path, { path, scope, clients: [client], where });
  }
  return [...byPath.values()].filter((f) => f.clients.some((c) => chosen.includes(c.name)));
}

function pick(only: readonly string[], declared: TargetName[]): TargetName[] {
  for (const name of only) {
    if (!isTargetName(name))
      throw new McpctlError('E_USAGE', `--target ${name}: there is no such client`, {
        hint: `the clients are ${TARGET_NAMES.join(', ')}`,
      });
    if (!declared.includes(name))
      throw new McpctlError('E_USAGE', `--target ${name}: mcp.yaml does not configure ${name}`, {
        hint: `it configures ${declared.join(', ')}; add ${name}: {} under targets in mcp.yaml to write it`,
      });
  }
  return declared.filter((t) => only.includes(t));
}

/** Codex's file as --config/--profile/--project (or the default) names it: for the commands that work on Codex alone. */
export function codexFileRef(flags: TargetOptions, ctx: Context, specDir = ctx.cwd): TargetFileRef {
  const client = TARGETS.codex;
  const where = { env: ctx.env, home: ctx.home, cwd: ctx.cwd, platform: process.platform, specDir, codex: flags };
  return { path: client.file('user', where), scope: 'user', clients: [client], where };
}
