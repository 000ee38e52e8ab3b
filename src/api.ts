// mcpctl as a library: the stages the CLI runs, data in and data out — no printing, no process.exit, no
// prompt. Errors are thrown as McpctlError, whose `code` is one of the stable codes of docs/cli.md
// ("E_SCHEMA", "E_LINT", …) and whose `diagnostics` name file:line:col. Every value that looks secret is
// masked in what these return, as in the CLI's output — but in loadSpec's, which is mcp.yaml as written. Documented in docs/api.md; semver applies to this
// file's exports only.
import { homedir } from 'node:os';
import type { Context } from './app/pipeline.js';

import { McpctlError } from './core/errors.js';

export { McpctlError };
export type { Diagnostic } from './core/errors.js';
export type { McpFile, Server } from './core/generated/mcp-types.js';
export type { PolicyFile } from './core/generated/policy-types.js';
export type { Finding, FindingsReport } from './core/lint/finding.js';
export type { PlanDocument } from './core/render/plan-json.js';
export type { ProbeResult } from './core/probe-types.js';
export type { Cell as StatusCell } from './core/status.js';

/** Where mcpctl works: the folder relative paths start from, the environment and home it reads. */
export interface Where {
  /** Default: process.cwd(). */
  cwd?: string | undefined;
  /** Default: process.env (the secret store, CODEX_HOME, the npm registry… are read from it). */
  env?: NodeJS.ProcessEnv | undefined;
  /** Default: the user's home folder. */
  home?: string | undefined;
}

/** Which mcp.yaml, and which of its clients and server set. */
export interface SpecChoice extends Where {
  /** Default: mcp.yaml. */
  file?: string | undefined;
  /** Only these clients of those mcp.yaml configures (codex, claude-code, …). */
  targets?: string[] | undefined;
  /** A server set of mcp.yaml (default: its default_set; "all" for every server). */
  set?: string | undefined;
}

function context(w: Where): Context {
  return { cwd: w.cwd ?? process.cwd(), env: w.env ?? process.env, home: w.home ?? homedir() };
}

const TOOL = 'mcpctl (library)';

/** mcp.yaml loaded, validated against its schema and with its templates resolved. */
export async function loadSpec(o: SpecChoice = {}): Promise<{
  file: string;
  path: string;
  sha256: string;
  spec: import('./core/generated/mcp-types.js').McpFile;
  warnings: import('./core/errors.js').Diagnostic[];
}> {
  const { loadSpec: load } = await import('./app/pipeline.js');
  const s = await load(o.file ?? 'mcp.yaml', context(o));
  return { file: s.file, path: s.path, sha256: s.sha256, spec: s.spec, warnings: s.warnings };
}

/** The schema and each target client's rules: every problem, with file:line:col (nothing thrown for them). */
export async function validate(
  o: SpecChoice = {},
): Promise<{ valid: boolean; servers: number; diagnostics: import('./core/errors.js').Diagnostic[] }> {
  const { validateSpec } = await import('./app/validate.js');
  const v = await validateSpec(o.file ?? 'mcp.yaml', context(o));
  return { valid: v.errors === 0, servers: v.servers, diagnostics: v.diagnostics };
}

/** Plaintext secrets and policy in mcp.yaml files (and a Codex config.toml). */
export async function lint(o: Where & { files?: string[]; config?: string; policy?: string } = {}) {
  const { runLint } = await import('./app/lint.js');
  return runLint({ files: o.files ?? [], config: o.config, policy: o.policy }, context(o));
}

/**
 * What apply would change in each client's file: the plan document of `mcpctl plan --json` (format 2), with
 * `blocking` saying why apply would refuse it. Reads the files; writes nothing.
 */
export async function plan(
  o: SpecChoice & { policy?: string } = {},
): Promise<import('./core/render/plan-json.js').PlanDocument> {
  const { makePlan } = await import('./app/plan.js');
  const { doc } = await makePlan(
    { file: o.file ?? 'mcp.yaml', only: o.targets, set: o.set, policy: o.policy, document: true },
    context(o),
    TOOL,
  );
  if (!doc) throw new McpctlError('E_INTERNAL', 'the plan document was not made (this is a bug)');
  return doc;
}

export interface ApplyResult {
  applied: boolean;
  /** The plan that was applied. */
  plan: import('./core/render/plan-json.js').PlanDocument;
  files: Array<{ file: string; written: boolean; backup: string | null; sha256_after: string }>;
  /** Secrets this apply removed from a file that its backups still hold (rotate them, then prune the backups). */
  secretsInBackups: string[];
}

/**
 * Writes the plan to every client's file as `mcpctl apply --yes` does: locks, backups, atomic writes,
 * verification, one rollback step. It does not ask: the caller has decided. Throws E_LINT, E_SECRET_MISSING…
 * where the CLI refuses.
 */
export async function apply(o: SpecChoice & { policy?: string; keepBackups?: number } = {}): Promise<ApplyResult> {
  const { prepareApply } = await import('./app/apply-checks.js');
  const { beginApply, checkApply } = await import('./app/apply-run.js');
  const ctx = context(o);
  const prepared = await prepareApply(
    { file: o.file ?? 'mcp.yaml', only: o.targets, set: o.set, policy: o.policy },
    ctx,
    TOOL,
  );
  const launcher = await checkApply(prepared, ctx);
  const run = await beginApply(prepared, launcher, { tool: TOOL, keepBackups: o.keepBackups ?? 10 });
  try {
    for (const step of run.steps) if (!step.skip?.()) await step.run();
    const { outcome, left } = await run.finish();
    return {
      applied: outcome.length > 0,
      plan: prepared.doc,
      files: outcome.map((d) => ({
        file: d.target,
        written: d.written,
        backup: d.backup?.id ?? null,
        sha256_after: d.sha256_after,
      })),
      secretsInBackups: left?.secrets ?? [],
    };
  } finally {
    await run.release();
  }
}

/** Starts each server as its clients would and does the MCP handshake; nothing is written but the last-test times. */
export async function test(
  o: SpecChoice & { names?: string[]; timeoutSec?: number; concurrency?: number } = {},
): Promise<Array<import('./core/probe-types.js').ProbeResult>> {
  const { pickServers, probeAll, rememberVerified, selectServers } = await import('./app/test.js');
  const ctx = context(o);
  const sel = await selectServers({ file: o.file ?? 'mcp.yaml', target: {}, only: o.targets, set: o.set }, ctx);
  const servers = pickServers(sel, o.names ?? []);
  const results = await probeAll(
    servers,
    {
      concurrency: o.concurrency ?? 3,
      timeoutMs: (o.timeoutSec ?? 30) * 1000,
      clientVersion: TOOL,
      named: (o.names ?? []).length > 0,
      outsideSet: sel.outsideSet,
    },
    ctx,
  );
  await rememberVerified(sel, servers, results, new Date());
  return results;
}

/** Every server in every client: the grid of `mcpctl status --json`. */
export async function status(o: SpecChoice = {}) {
  const { status: run } = await import('./app/status.js');
  const { statusServers } = await import('./core/render/status-text.js');
  const s = await run(o.file ?? 'mcp.yaml', { only: o.targets, set: o.set }, context(o));
  return { file: s.file, set: s.set, clients: s.clients, files: s.files, servers: statusServers(s.rows) };
}

/** Each server's pin against the newest release its source has (the network is touched here). */
export async function outdated(o: Where & { file?: string; names?: string[]; offline?: boolean } = {}) {
  const { outdated: run } = await import('./app/outdated.js');
  const r = await run({ file: o.file ?? 'mcp.yaml', names: o.names, offline: o.offline }, context(o));
  return r.rows.map(({ versions: _versions, failure, ...row }) => ({
    ...row,
    failure: failure ? { code: failure.code, message: failure.message } : null,
  }));
}
