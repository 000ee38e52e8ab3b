// The action's report in markdown, for the sticky PR comment and the job summary: the plan as a
// per-server table, the redacted diff in a collapsed block, then the findings. Pure: the outcome in,
// sections out (fit.ts cuts them to a size). Text from the pull request goes through markdown.ts (md,
// inlineCode, fenceFor) and nothing else: it shows as written and never becomes markup.
import type { Finding } from '../core/lint/finding.js';
import type { ServerChange } from '../core/plan.js';
import { cutLines } from './fit.js';
import { fenceFor, inlineCode, md } from './markdown.js';
import type { Section } from './fit.js';
import type { Command, FailOn } from './inputs.js';
import type { MergePlan } from './pr-plan.js';

export interface PlanPart {
  merge: MergePlan;
  /** How to name the base in the report, e.g. "`main` at `1a2b3c4`". */
  baseLabel: string;
  /** mcp.yaml existed at the base. */
  baseExists: boolean;
  /** The base version did not load (why); the plan then starts from no servers. */
  baseProblem: string | null;
}

export interface Outcome {
  command: Command;
  /** mcp.yaml as named (plan, lint); for scan, what was scanned. */
  file: string;
  plan: PlanPart | null;
  /** Lint or scan findings, and the problems of a mcp.yaml that did not load. */
  findings: Finding[];
  filesScanned: number;
  skipped: Array<{ file: string; reason: string }>;
  /** The head could not be checked: a one-line why (its problems are in findings). */
  failure: string | null;
}

export interface ReportMeta {
  marker: string;
  tool: string;
  headSha: string | null;
  failOn: FailOn;
  /** Where the whole plan is when the diff is cut (the plan-json output), for the note. */
  planJson: string | null;
}

const ICON: Record<ServerChange['action'], string> = { create: '➕', update: '✏️', delete: '➖', 'no-op': '' };

export function reportSections(o: Outcome, meta: ReportMeta): Section[] {
  const sections: Section[] = [{ text: `${meta.marker ? `${meta.marker}\n` : ''}${_title(o)}\n\n` }];
  if (o.failure) sections.push({ text: `❌ **${md(o.failure)}**${o.findings.length ? ' The problems:' : ''}\n\n` });
  if (o.plan) sections.push(..._planSections(o, o.plan, meta));
  sections.push(..._findingSections(o));
  const facts = [
    meta.tool,
    ...(meta.headSha ? [`head ${inlineCode(meta.headSha.slice(0, 7))}`] : []),
    ...(o.plan ? [`base ${o.plan.baseLabel}`] : []),
    `fail-on: ${meta.failOn}`,
  ];
  sections.push({ text: `<sub>${facts.join(' · ')}</sub>\n` });
  return sections;
}

function _title(o: Outcome): string {
  // scan's "file" is our own words around the base's label, whose names are already code spans (checks.ts)
  if (o.command === 'scan') return `### mcpctl scan: ${o.file}`;
  return `### mcpctl ${o.command}: ${inlineCode(o.file)}`;
}

function _planSections(o: Outcome, part: PlanPart, meta: ReportMeta): Section[] {
  const { plan, diff } = part.merge;
  const s = plan.summary;
  const out: Section[] = [];
  const notes: string[] = [];
  if (part.baseProblem)
    notes.push(
      `⚠️ ${inlineCode(o.file)} at the base does not load (${md(part.baseProblem)}): the plan starts from no servers.`,
    );
  else if (!part.baseExists) notes.push(`${inlineCode(o.file)} is new in this pull request: every server is created.`);
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const unchanged = plan.changes.filter((c) => c.action === 'no-op').map((c) => inlineCode(c.name));
  const lead = changed.length
    ? `**Merging this pull request changes the Codex config of everyone who applies ${inlineCode(o.file)}:** ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged.`
    : `**No changes:** merging this pull request leaves every Codex config that applies ${inlineCode(o.file)} as it is (${s.noop} ${s.noop === 1 ? 'server' : 'servers'} unchanged).`;
  out.push({ text: `${[...notes, lead].join('\n\n')}\n\n` });
  if (changed.length) {
    const rows = changed.map(
      (c) =>
        `| ${ICON[c.action]} | ${inlineCode(c.name)} | ${c.action} | ${c.action === 'delete' ? '' : c.changed.map((k) => inlineCode(k)).join(', ')} |\n`,
    );
    const head = '| | server | action | keys changed |\n|---|---|---|---|\n';
    out.push({
      text: head + rows.join('') + '\n',
      cut: {
        rank: 1,
        to: (b) =>
          cutLines(
            head,
            rows,
            '\n',
            (n) =>
              `_…and ${n} more ${n === 1 ? 'server' : 'servers'}: see the job summary or the plan-json output._\n\n`,
            b,
          ),
      },
    });
  }
  if (unchanged.length) {
    const text = `Unchanged: ${unchanged.join(', ')}.\n\n`;
    out.push({
      text,
      cut: {
        rank: 2,
        to: () => `Unchanged: ${unchanged.length} ${unchanged.length === 1 ? 'server' : 'servers'}.\n\n`,
      },
    });
  }
  if (diff) {
    const lines = diff
      .replace(/\n$/, '')
      .split('\n')
      .map((l) => `${l}\n`);
    const fence = fenceFor(diff);
    const head = `<details><summary>What changes in config.toml (secret values masked)</summary>\n\n${fence}diff\n`;
    const tail = `${fence}\n\n</details>\n\n`;
    const where = meta.planJson ? 'the job summary or the plan-json output' : 'the job summary';
    out.push({
      text: head + lines.join('') + tail,
      cut: {
        rank: 3,
        to: (b) =>
          cutLines(
            head,
            lines,
            tail,
            (n) =>
              `_The diff is cut here: ${n} more ${n === 1 ? 'line' : 'lines'}; the whole diff is in ${where}._\n\n`,
            b,
          ),
      },
    });
  }
  return out;
}

function _findingSections(o: Outcome): Section[] {
  const what = o.command === 'scan' ? 'Secret scan' : 'Lint';
  if (o.failure && !o.findings.length) return [];
  if (!o.findings.length) {
    const scanned = o.command === 'scan' ? ` in ${o.filesScanned} ${o.filesScanned === 1 ? 'file' : 'files'}` : '';
    return [{ text: `✅ ${what}: no findings${scanned}.\n\n` }];
  }
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const warns = o.findings.length - errors;
  const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warns} ${warns === 1 ? 'warning' : 'warnings'}`;
  const head = `${o.failure ? '' : `#### ${errors ? '❌' : '⚠️'} ${what}: ${counts}\n\n`}| | where | rule | finding |\n|---|---|---|---|\n`;
  const rows = o.findings.map(_findingRow);
  const skipped = o.skipped.length
    ? `Not scanned: ${o.skipped.map((s) => `${md(s.file)} (${md(s.reason)})`).join(', ')}.\n\n`
    : '';
  return [
    {
      text: head + rows.join('') + '\n',
      cut: {
        rank: 0,
        to: (b) =>
          cutLines(
            head,
            rows,
            '\n',
            (n) =>
              `_…and ${n} more ${n === 1 ? 'finding' : 'findings'}: see the annotations of this run, or the SARIF file._\n\n`,
            b,
          ),
      },
    },
    ...(skipped
      ? [
          {
            text: skipped,
            cut: {
              rank: 2,
              to: () => `Not scanned: ${o.skipped.length} ${o.skipped.length === 1 ? 'file' : 'files'}.\n\n`,
            },
          },
        ]
      : []),
  ];
}

function _findingRow(f: Finding): string {
  const severity = f.severity === 'error' ? '❌ error' : '⚠️ warn';
  const hint = f.hint ? `<br><sub>${md(f.hint)}</sub>` : '';
  return `| ${severity} | ${inlineCode(`${f.file}:${f.line}:${f.col}`)} | ${inlineCode(f.ruleId)} | ${md(f.message)}${hint} |\n`;
}
