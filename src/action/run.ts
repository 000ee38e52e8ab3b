// The action from start to end: inputs → check (plan, lint or scan) → log and annotations → SARIF and
// plan-json files → job summary → sticky PR comment → step outputs → exit code. Secrets are masked
// first; every byte written goes through the same SecretSet. Only main.ts touches process.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../app/pipeline.js';
import { McpctlError } from '../core/errors.js';
import type { FindingsReport } from '../core/lint/finding.js';
import { allRules } from '../core/lint/lint.js';
import { hasChanges } from '../core/plan.js';
import { githubReporter } from '../core/render/findings/github.js';
import { sarifReporter } from '../core/render/findings/sarif.js';
import { noPaint, planText } from '../core/render/plan-text.js';
import { lintCheck, planCheck, policyCheck, scanCheck } from './checks.js';
import type { CheckEnv, Checked } from './checks.js';
import { readEvent } from './event.js';
import type { RunEvent } from './event.js';
import { fit } from './fit.js';
import { GitHubApiError, githubApi, upsertSticky } from './github-api.js';
import { input, readInputs } from './inputs.js';
import type { Command, Inputs } from './inputs.js';
import { TARGET_LABEL } from './pr-plan.js';
import { codexAlone, reportSections } from './report.js';
import type { Outcome, ReportMeta } from './report.js';
import { SecretSet } from './secrets.js';
import { errorFindings } from './specs.js';
import { appendRunnerFile, outputEntry, Workflow } from './workflow.js';

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  /** Where to work when GITHUB_WORKSPACE is not set. */
  cwd: string;
  /** Standard output: the runner reads workflow commands from it. */
  write(text: string): void;
}

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;
/** A step's summary may be 1 MiB; keep clear of it. */
const SUMMARY_LIMIT = 1_000_000;
const INFO_URI = 'https://github.com/mcpctl/mcpctl';

const CHECKS: Record<Command, (c: CheckEnv) => Promise<Checked>> = {
  plan: planCheck,
  lint: lintCheck,
  scan: scanCheck,
  policy: policyCheck,
};

export async function runAction(io: ActionIo): Promise<number> {
  const secrets = new SecretSet();
  const wf = new Workflow(io.write, secrets);
  const token = input(io.env, 'github-token');
  if (token) wf.addSecret(token);
  try {
    return await _run(io, wf, secrets);
  } catch (e) {
    if (e instanceof McpctlError) {
      wf.annotate('error', `${e.code}: ${e.message}${e.hint ? `\nhint: ${e.hint}` : ''}`);
      return 1;
    }
    const detail = e instanceof Error ? (io.env['MCPCTL_DEBUG'] === '1' && e.stack ? e.stack : e.message) : String(e);
    wf.annotate(
      'error',
      `mcpctl failed unexpectedly: ${detail}\nThis is a bug in mcpctl; please report it with this log at ${INFO_URI}/issues`,
    );
    return 1;
  }
}

/** check-updates: mcpctl outdated over the head's mcp.yaml (the registries the runner's npm and env name). */
async function _updates(file: string, ctx: Context): Promise<NonNullable<Outcome['updates']>> {
  const { outdated } = await import('../app/outdated.js');
  try {
    const r = await outdated({ file, untrusted: true }, ctx);
    return {
      rows: r.rows.map((row) => ({
        server: row.server,
        package: row.package,
        pinned: row.pinned,
        newest: row.newest,
        newestSameMajor: row.newestSameMajor,
        status: row.status,
        note: row.note,
      })),
    };
  } catch (e) {
    if (e instanceof McpctlError) return { error: e.message };
    throw e;
  }
}

async function _run(io: ActionIo, wf: Workflow, secrets: SecretSet): Promise<number> {
  const inputs = readInputs(io.env);
  const workspace = io.env['GITHUB_WORKSPACE'] || io.cwd;
  const event = await readEvent(io.env);
  const tool = `mcpctl ${toolVersion()}`;
  // The launcher is named `mcpctl` in CI: each machine that applies writes its own absolute path there.
  // What mcp.yaml names (policy, catalogs, keys) comes from the pull request: only files of the checkout.
  const ctx: Context = {
    cwd: workspace,
    env: { ...io.env, MCPCTL_LAUNCHER: io.env['MCPCTL_LAUNCHER'] || 'mcpctl' },
    home: homedir(),
    confine: workspace,
  };
  let checked: Checked;
  try {
    checked = await CHECKS[inputs.command]({ inputs, ctx, event, wf, tool });
  } catch (e) {
    if (!(e instanceof McpctlError)) throw e;
    checked = { outcome: _failed(inputs, e), planDoc: null };
  }
  const { outcome } = checked;
  if (inputs.checkUpdates && (inputs.command === 'plan' || inputs.command === 'lint'))
    outcome.updates = await _updates(inputs.file, ctx);
  _log(wf, outcome, tool);

  const planJson = checked.planDoc
    ? await _writePlanJson(io.env, inputs.file, secrets.scrub(`${JSON.stringify(checked.planDoc, null, 2)}\n`))
    : null;
  if (inputs.sarif) {
    const path = resolve(workspace, inputs.sarif);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(
      path,
      secrets.scrub(
        sarifReporter(_findingsReport(outcome), {
          paint: noPaint,
          tool: { name: 'mcpctl', version: toolVersion(), informationUri: INFO_URI },
        }),
      ),
    );
    wf.log(`Wrote SARIF to ${inputs.sarif}.`);
  }

  const meta: ReportMeta = {
    marker: '',
    tool,
    headSha: event.pullRequest?.head.sha ?? io.env['GITHUB_SHA'] ?? null,
    failOn: inputs.failOn,
    planJson,
  };
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile)
    await appendRunnerFile(summaryFile, `${secrets.scrub(fit(reportSections(outcome, meta), SUMMARY_LIMIT))}\n`);
  if (inputs.comment) {
    const marker = stickyMarker(event.workflow, inputs.command === 'scan' ? 'scan' : inputs.file);
    await _comment(
      wf,
      inputs,
      event,
      io.env,
      marker,
      secrets.scrub(fit(reportSections(outcome, { ...meta, marker }), COMMENT_LIMIT)),
    );
  }

  // over every client file the head writes
  const plans = (outcome.plan?.files ?? []).flatMap((f) => (f.merge ? [f.merge.plan] : []));
  const sum = (k: 'create' | 'update' | 'delete') => plans.reduce((n, p) => n + p.summary[k], 0);
  const outputs: Array<[string, string]> = [
    ['has-changes', String(plans.some((p) => hasChanges(p)))],
    ['creates', String(sum('create'))],
    ['updates', String(sum('update'))],
    ['deletes', String(sum('delete'))],
    ['findings', String(outcome.findings.length)],
    ['plan-json', planJson ?? ''],
    [
      'upgrades-available',
      outcome.updates && 'rows' in outcome.updates
        ? String(outcome.updates.rows.filter((r) => r.status === 'outdated').length)
        : '',
    ],
  ];
  const outputFile = io.env['GITHUB_OUTPUT'];
  if (outputFile)
    await appendRunnerFile(
      outputFile,
      outputs.map(([name, value]) => outputEntry(name, secrets.scrub(value))).join(''),
    );
  return _verdict(wf, inputs, outcome);
}

/** The hidden first line that finds the sticky comment again: one per workflow and file. */
export function stickyMarker(workflow: string, file: string): string {
  const safe = (s: string) => s.replace(/[\r\n<>]/g, ' ').replace(/-{2,}/g, '-');
  return `<!-- mcpctl:${safe(workflow)}:${safe(file)} -->`;
}

function _failed(inputs: Inputs, e: McpctlError): Outcome {
  const file = inputs.command === 'scan' ? 'the changed files' : inputs.file;
  return {
    command: inputs.command,
    file,
    plan: null,
    findings: errorFindings(e, inputs.file),
    filesScanned: 0,
    skipped: [],
    failure: `${e.code}: ${e.message}`,
  };
}

function _findingsReport(o: Outcome): FindingsReport {
  const rules = allRules();
  const ids = [...new Set(o.findings.map((f) => f.ruleId))];
  return {
    findings: o.findings,
    filesScanned: o.filesScanned,
    skipped: o.skipped,
    rules: ids.map((id) => rules.get(id)).filter((m) => m !== undefined),
  };
}

function _log(wf: Workflow, o: Outcome, tool: string): void {
  if (o.plan) {
    const from = `as applied from ${o.file} at the base, ${o.plan.baseLabel.replace(/`/g, '')}`;
    const alone = codexAlone(o.plan);
    const texts = alone
      ? [planText(alone.plan, `${TARGET_LABEL} ${from}`, alone.diff)]
      : o.plan.files.map((f) => {
          const clients = `${f.clients.map((c) => c.title).join(', ')}${f.scope === 'local' ? ', local scope' : ''}`;
          if (f.merge) return planText(f.merge.plan, `${f.label} (${clients}) ${from}`, f.merge.diff);
          const left = f.baseServers.length ? ` (servers mcpctl wrote there: ${f.baseServers.join(', ')})` : '';
          return `Target: ${f.label} (${clients}): ${o.file} no longer configures it; apply leaves it as it is${left}.\n`;
        });
    wf.group(`${tool}: plan of ${o.file}`, texts.join('\n'));
  }
  // one annotation per finding (the github findings reporter escapes them), then its summary line
  wf.log(
    githubReporter(_findingsReport(o), {
      paint: noPaint,
      tool: { name: 'mcpctl', version: toolVersion(), informationUri: INFO_URI },
    }),
  );
}

async function _writePlanJson(env: NodeJS.ProcessEnv, file: string, text: string): Promise<string> {
  const dir = env['RUNNER_TEMP'] || tmpdir();
  const path = join(dir, `mcpctl-plan.${file.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
  await mkdir(dir, { recursive: true });
  await writeFile(path, text, { mode: 0o600 });
  return path;
}

async function _comment(
  wf: Workflow,
  inputs: Inputs,
  event: RunEvent,
  env: NodeJS.ProcessEnv,
  marker: string,
  body: string,
): Promise<void> {
  const pr = event.pullRequest;
  if (!pr) {
    wf.annotate('notice', 'mcpctl: not a pull request event, so no comment; the report is in the job summary.');
    return;
  }
  if (pr.fromFork) {
    wf.annotate(
      'notice',
      `mcpctl: pull request #${pr.number} comes from a fork, whose token cannot comment; the report is in the job summary.`,
    );
    return;
  }
  if (!inputs.token || !event.repository) {
    wf.annotate(
      'warning',
      `mcpctl: no ${inputs.token ? 'GITHUB_REPOSITORY' : 'github-token'}, so no comment; the report is in the job summary.`,
    );
    return;
  }
  const api = githubApi({
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    token: inputs.token,
    repository: event.repository,
    userAgent: `mcpctl-action/${toolVersion()}`,
  });
  try {
    const r = await upsertSticky(api, pr.number, marker, body);
    wf.log(
      `${r.action === 'created' ? 'Created' : 'Updated'} the pull request comment${r.comment.html_url ? ` ${r.comment.html_url}` : ` ${r.comment.id}`}.`,
    );
    if (r.impostors) {
      const them =
        r.impostors === 1
          ? `a comment that starts with mcpctl's marker but was`
          : `${r.impostors} comments that start with mcpctl's marker but were`;
      wf.annotate(
        'warning',
        `mcpctl: pull request #${pr.number} has ${them} not written with this token: left alone (only the token's own comment is updated).`,
      );
    }
  } catch (e) {
    if (e instanceof GitHubApiError && e.status === 403) {
      wf.annotate(
        'notice',
        'mcpctl: the token cannot comment on this pull request (403: read-only, as for a fork); the report is in the job summary. For pull requests from this repository, give the job "permissions: pull-requests: write".',
      );
      return;
    }
    // The report is in the summary and the check still decides; a failed comment is not a failed check.
    wf.annotate(
      'warning',
      `mcpctl: could not comment on pull request #${pr.number}: ${e instanceof Error ? e.message : String(e)}; the report is in the job summary.`,
    );
  }
}

function _verdict(wf: Workflow, inputs: Inputs, o: Outcome): number {
  if (o.failure) {
    wf.annotate('error', `mcpctl ${inputs.command}: ${o.failure}`);
    return 1;
  }
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const warns = o.findings.length - errors;
  const failing = inputs.failOn === 'error' ? errors : inputs.failOn === 'warn' ? errors + warns : 0;
  if (failing > 0) {
    const what =
      inputs.failOn === 'error'
        ? `${errors} ${errors === 1 ? 'error' : 'errors'}`
        : `${errors + warns} ${errors + warns === 1 ? 'finding' : 'findings'}`;
    wf.annotate(
      'error',
      `mcpctl ${inputs.command}: ${what} in ${o.file} (fail-on: ${inputs.failOn}); see the annotations.`,
    );
    return 1;
  }
  return 0;
}

let version: string | undefined;
/** The version in package.json beside the bundle (action/dist/index.js and src/action/run.ts are both two folders down). */
export function toolVersion(): string {
  if (version === undefined) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      version =
        typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
          ? pkg.version
          : '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
