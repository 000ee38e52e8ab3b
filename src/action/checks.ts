// The three things the action can check, each giving an Outcome for the report: `plan` (base vs head
// plus lint of the head), `lint` (the head only) and `scan` (the secret scanner over the files the pull
// request changes). A problem that stops a check is thrown as McpctlError; run.ts reports it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { blockingDiagnostics } from '../app/blocking.js';
import { lintSpec, policiesFor } from '../app/lint.js';
import { loadSpecText, withSet } from '../app/pipeline.js';
import { sha256Hex } from '../core/sha256.js';
import type { Context, LoadedSpec } from '../app/pipeline.js';
import { DEFAULT_MAX_BYTES, runScan } from '../app/scan.js';
import { McpctlError } from '../core/errors.js';
import type { Finding } from '../core/lint/finding.js';
import { LOAD_LIMITS } from '../core/load.js';
import { sortFindings } from '../core/render/findings/reporter.js';
import { planDocument } from '../core/render/plan-json.js';
import { assertInside } from '../io/confine.js';
import { readText } from '../io/read.js';
import type { RunEvent } from './event.js';
import { changedFiles, fileAt, resolveCommit } from './git.js';
import { inlineCode } from './markdown.js';
import type { Inputs } from './inputs.js';
import { planTargets } from './pr-targets.js';
import type { TargetMerge } from './pr-targets.js';
import type { Outcome } from './report.js';
import { secretsIn } from './secrets.js';
import { diagnosticFinding } from './specs.js';
import type { Workflow } from './workflow.js';

export interface CheckEnv {
  inputs: Inputs;
  ctx: Context;
  event: RunEvent;
  wf: Workflow;
  tool: string;
}

export interface Checked {
  outcome: Outcome;
  /** The plan as a `mcpctl.plan` JSON document (plan only). */
  planDoc: object | null;
}

interface Base {
  commit: string;
  /** As the report names it: "`main` at `1a2b3c4`". */
  label: string;
  name: string;
}

export async function planCheck(c: CheckEnv): Promise<Checked> {
  const { inputs, ctx, wf } = c;
  const base = await baseOf(c);
  if (!base) {
    throw new McpctlError(
      'E_USAGE',
      'there is no base to plan against: this run is not for a pull request and base-ref is not set',
      {
        hint: 'run the action on pull_request, or set "base-ref:" (a branch, tag or commit) to compare with',
      },
    );
  }
  const path = await headPath(c);
  const baseText = await fileAt(base.commit, inputs.file, ctx.cwd);
  const headText = await readText(path, { maxBytes: LOAD_LIMITS.maxBytes, what: 'mcp.yaml', missingOk: true });
  if (baseText === null && headText === null) {
    throw new McpctlError(
      'E_NOT_FOUND',
      `${inputs.file} is neither in the checkout nor at the base ${base.commit.slice(0, 7)}`,
      {
        hint: 'set "file:" to the path of mcp.yaml in the repository',
      },
    );
  }
  // Mask before anything can print: first what any text holds, then what the rules find in what loads.
  for (const text of [baseText, headText]) if (text !== null) for (const s of secretsIn(text, null)) wf.addSecret(s);
  // The base first: a catalog version seen there may rise at the head, never fall.
  let baseSpec: LoadedSpec | null = null;
  let baseProblem: string | null = null;
  if (baseText !== null) {
    try {
      baseSpec = withSet(await loadSpecText(baseText, inputs.file, path, ctx), undefined);
    } catch (e) {
      if (!(e instanceof McpctlError)) throw e;
      baseProblem = `${e.code}: ${e.message}`;
    }
  }
  if (baseSpec && baseText !== null) for (const s of secretsIn(baseText, baseSpec)) wf.addSecret(s);
  const head = headText === null ? null : withSet(await loadSpecText(headText, inputs.file, path, ctx), undefined);
  if (head && headText !== null) for (const s of secretsIn(headText, head)) wf.addSecret(s);

  // each client file from the base's entries to the head's; a base that cannot be written starts from none
  let targets: TargetMerge[] | null = null;
  if (baseSpec) {
    try {
      targets = planTargets(baseSpec, head, path, ctx);
    } catch (e) {
      if (!(e instanceof McpctlError)) throw e;
      baseProblem = `${e.code}: ${e.message}`;
    }
  }
  targets ??= planTargets(null, head, path, ctx);
  const findings = head ? await lintHead(head, c) : [];
  // what apply would refuse, as plan and apply decide it; the secret store is the user's, not this runner's
  const blocking = head ? await blockingDiagnostics(head, findings) : [];
  const outcome: Outcome = {
    command: 'plan',
    file: inputs.file,
    plan: { files: targets, baseLabel: base.label, baseExists: baseText !== null, baseProblem },
    findings,
    filesScanned: head ? 1 : 0,
    skipped: [],
    failure: null,
  };
  const doc = planDocument({
    tool: c.tool,
    source: { file: inputs.file, path, sha256: sha256Hex(headText ?? '') },
    targets: targets.flatMap((t) =>
      t.merge
        ? [
            {
              clients: t.clients.map((client) => client.name),
              scope: t.scope,
              file: t.label,
              // as before targets: for Codex alone, whether mcp.yaml was there at the base
              exists: baseText !== null && (baseSpec === null || baseProblem !== null || t.inBase),
              sha256: sha256Hex(t.merge.baseText),
              plan: t.merge.plan,
              diff: t.merge.diff,
            },
          ]
        : [],
    ),
    diagnostics: head?.warnings ?? [],
    findings,
    blocking,
  });
  const dropped = targets.filter((t) => !t.merge);
  return {
    outcome,
    planDoc: {
      ...doc,
      base: { ref: base.name, commit: base.commit, file_exists: baseText !== null, problem: baseProblem },
      ...(dropped.length
        ? {
            dropped_targets: dropped.map((t) => ({
              clients: t.clients.map((client) => client.name),
              scope: t.scope,
              file: t.label,
              servers_left: t.baseServers,
            })),
          }
        : {}),
    },
  };
}

export async function lintCheck(c: CheckEnv): Promise<Checked> {
  const { inputs, ctx, wf } = c;
  const path = await headPath(c);
  const text = await readText(path, {
    maxBytes: LOAD_LIMITS.maxBytes,
    what: 'mcp.yaml',
    missingHint: 'set "file:" to the path of mcp.yaml in the repository',
  });
  for (const s of secretsIn(text, null)) wf.addSecret(s);
  const head = withSet(await loadSpecText(text, inputs.file, path, ctx), undefined);
  for (const s of secretsIn(text, head)) wf.addSecret(s);
  const findings = await lintHead(head, c);
  return {
    outcome: { command: 'lint', file: inputs.file, plan: null, findings, filesScanned: 1, skipped: [], failure: null },
    planDoc: null,
  };
}

/** The organisation policy over mcp.yaml and every client's project file in the checkout (`mcpctl policy check`). */
export async function policyCheck(c: CheckEnv): Promise<Checked> {
  const { inputs, ctx } = c;
  const { checkPolicy } = await import('../app/policy.js');
  // mcp.yaml when the repository has one; the clients' files either way
  const file = existsSync(await headPath(c)) ? inputs.file : undefined;
  // a token pasted into a client file is masked before anything can print it
  const seen = (text: string) => {
    for (const s of secretsIn(text, null)) c.wf.addSecret(s);
  };
  const report = await checkPolicy({ file, policy: inputs.policy, seen }, ctx);
  const clients = Object.fromEntries(report.files.map((f) => [f.file, f.clients]));
  return {
    outcome: {
      command: 'policy',
      file: inputs.file,
      plan: null,
      findings: sortFindings(report.findings),
      filesScanned: report.filesScanned,
      skipped: [],
      failure: null,
      clients,
    },
    planDoc: null,
  };
}

export async function scanCheck(c: CheckEnv): Promise<Checked> {
  const { ctx, wf } = c;
  const base = await baseOf(c);
  const paths = base ? await changedFiles(base.commit, ctx.cwd) : null;
  const what = base
    ? `the ${paths?.length === 1 ? 'file' : `${paths?.length ?? 0} files`} changed since ${base.label}`
    : 'the workspace';
  if (paths !== null && paths.length === 0) {
    return {
      outcome: { command: 'scan', file: what, plan: null, findings: [], filesScanned: 0, skipped: [], failure: null },
      planDoc: null,
    };
  }
  // a changed file may be a symlink out of the checkout (to the runner's files): not ours to read
  const outside: Array<{ file: string; reason: string }> = [];
  const inside: string[] = [];
  for (const p of paths ?? []) {
    const ok = await assertInside(ctx.cwd, resolve(ctx.cwd, p), p).then(
      () => true,
      (e: unknown) => {
        if (e instanceof McpctlError) return false;
        throw e;
      },
    );
    if (ok) inside.push(p);
    else outside.push({ file: p, reason: 'a symlink out of the repository checkout' });
  }
  if (paths !== null && inside.length === 0) {
    return {
      outcome: {
        command: 'scan',
        file: what,
        plan: null,
        findings: [],
        filesScanned: 0,
        skipped: outside,
        failure: null,
      },
      planDoc: null,
    };
  }
  const scanned = await runScan({
    paths: paths === null ? [] : inside,
    staged: false,
    maxBytes: DEFAULT_MAX_BYTES,
    cwd: ctx.cwd,
  });
  // The scanner keeps only fingerprints; read the files with findings again to mask their tokens too.
  for (const file of new Set(scanned.report.findings.map((f) => f.file))) {
    const text = await readFile(resolve(ctx.cwd, file), 'utf8').catch(() => '');
    for (const s of secretsIn(text, null)) wf.addSecret(s);
  }
  const { report } = scanned;
  return {
    outcome: {
      command: 'scan',
      file: what,
      plan: null,
      findings: report.findings,
      filesScanned: report.filesScanned,
      skipped: [...outside, ...report.skipped],
      failure: null,
    },
    planDoc: null,
  };
}

/** mcp.yaml in the checkout: a file of the pull request, so a symlink out of the workspace is refused. */
async function headPath(c: CheckEnv): Promise<string> {
  const path = resolve(c.ctx.cwd, c.inputs.file);
  await assertInside(c.ctx.cwd, path, `input "file" (${c.inputs.file})`);
  return path;
}

async function lintHead(head: LoadedSpec, c: CheckEnv): Promise<Finding[]> {
  const findings = lintSpec(head, await policiesFor(head, c.inputs.policy, c.ctx));
  return sortFindings([...head.warnings.map((d) => diagnosticFinding(d, head.file)), ...findings]);
}

async function baseOf(c: CheckEnv): Promise<Base | null> {
  const pr = c.event.pullRequest;
  const ref = c.inputs.baseRef ?? pr?.base.sha ?? c.event.before;
  if (!ref) return null;
  const commit = await resolveCommit(ref, c.ctx.cwd);
  const name = c.inputs.baseRef ?? pr?.base.ref ?? null;
  const short = inlineCode(commit.slice(0, 7));
  return { commit, label: name === null ? short : `${inlineCode(name)} at ${short}`, name: name ?? commit };
}
