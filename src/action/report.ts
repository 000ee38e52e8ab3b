// The action's report in markdown, for the sticky PR comment and the job summary: the plan as a
// per-server table, the redacted diff in a collapsed block, then the findings. Pure: the outcome in,
// sections out (fit.ts cuts them to a size). Text from the pull request goes through markdown.ts (md,
// inlineCode, fenceFor) and nothing else: it shows as written and never becomes markup.
import type { Finding } from '../core/lint/finding.js';
import { hasChanges } from '../core/plan.js';
import type { Plan, ServerChange } from '../core/plan.js';
import { cutLines } from './fit.js';
import { fenceFor, inlineCode, md } from './markdown.js';
import type { Section } from './fit.js';
import type { Command, FailOn } from './inputs.js';
import type { MergePlan } from './pr-plan.js';
import { TARGET_LABEL } from './pr-plan.js';
import type { TargetMerge } from './pr-targets.js';

export interface PlanPart {
  /** Each client file: those of the head, then those only the base configured. */
  files: TargetMerge[];
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
  /** policy: the clients that read each file checked (mcp.yaml: "mcp.yaml"), to list violations per client. */
  clients?: Record<string, string[]> | undefined;
  /** check-updates: each server mcpctl outdated looked at, or why it could not look. */
  updates?: { rows: UpdateRow[] } | { error: string } | undefined;
}

export interface UpdateRow {
  server: string;
  package: string | null;
  pinned: string | null;
  newest: string | null;
  newestSameMajor: string | null;
  status: string;
  note: string | null;
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
  if (o.plan) sections.push(...(codexAlone(o.plan) ? _planSections(o, o.plan, meta) : _filesSections(o, o.plan, meta)));
  sections.push(..._findingSections(o));
  if (o.updates) sections.push(_updatesSection(o.updates));
  const facts = [
    meta.tool,
    ...(meta.headSha ? [`head ${inlineCode(meta.headSha.slice(0, 7))}`] : []),
    ...(o.plan ? [`base ${o.plan.baseLabel}`] : []),
    `fail-on: ${meta.failOn}`,
  ];
  sections.push({ text: `<sub>${facts.join(' · ')}</sub>\n` });
  return sections;
}

/** check-updates: the servers whose pins have newer releases, as `mcpctl outdated` finds them. */
function _updatesSection(u: NonNullable<Outcome['updates']>): Section {
  if ('error' in u) return { text: `⚠️ Updates: not checked (${md(u.error)}).\n\n` };
  const due = u.rows.filter((r) => r.status === 'outdated');
  const unknown = u.rows.filter((r) => r.status === 'unknown').length;
  const tail = unknown ? ` ${unknown} ${unknown === 1 ? 'server' : 'servers'} could not be checked.` : '';
  if (!due.length) return { text: `✅ Updates: every pinned server is current.${tail}\n\n` };
  const rows = due.map(
    (r) =>
      `| ${inlineCode(r.server)} | ${inlineCode(r.package ?? '')} | ${md(r.pinned ?? '')} | ${md(r.newest ?? '')} | ${md(r.newestSameMajor ?? '')} |${r.note ? ` ${md(r.note)}` : ''}\n`,
  );
  return {
    text: `#### ⬆️ Updates available: ${due.length}\n\n| server | package | pinned | newest | newest, same major | |\n|---|---|---|---|---|---|\n${rows.join('')}\nUpgrade with ${inlineCode('mcpctl upgrade NAME')}, then plan.${tail}\n\n`,
  };
}

function _title(o: Outcome): string {
  // scan's "file" is our own words around the base's label, whose names are already code spans (checks.ts)
  if (o.command === 'scan') return `### mcpctl scan: ${o.file}`;
  return `### mcpctl ${o.command}: ${inlineCode(o.file)}`;
}

/** The only file is Codex's config.toml, at the head and the base (a mcp.yaml without targets): the report as before targets. */
export function codexAlone(part: PlanPart): MergePlan | null {
  const [only] = part.files;
  if (part.files.length !== 1 || !only?.merge || only.label !== TARGET_LABEL) return null;
  return only.clients.length === 1 && only.clients[0]?.name === 'codex' ? only.merge : null;
}

function _baseNotes(o: Outcome, part: PlanPart): string[] {
  if (part.baseProblem)
    return [
      `⚠️ ${inlineCode(o.file)} at the base does not load (${md(part.baseProblem)}): the plan starts from no servers.`,
    ];
  if (!part.baseExists) return [`${inlineCode(o.file)} is new in this pull request: every server is created.`];
  return [];
}

function _planSections(o: Outcome, part: PlanPart, meta: ReportMeta): Section[] {
  const merge = codexAlone(part);
  if (!merge) return [];
  const { plan, diff } = merge;
  const s = plan.summary;
  const out: Section[] = [];
  const notes = _baseNotes(o, part);
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const lead = changed.length
    ? `**Merging this pull request changes the Codex config of everyone who applies ${inlineCode(o.file)}:** ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged.`
    : `**No changes:** merging this pull request leaves every Codex config that applies ${inlineCode(o.file)} as it is (${s.noop} ${s.noop === 1 ? 'server' : 'servers'} unchanged).`;
  out.push({ text: `${[...notes, lead].join('\n\n')}\n\n` });
  out.push(..._changeSections(plan, diff, TARGET_LABEL, meta));
  return out;
}

/** Several client files (mcp.yaml with targets): a lead over all of them, then one section per file. */
function _filesSections(o: Outcome, part: PlanPart, meta: ReportMeta): Section[] {
  const written = part.files.filter((f) => f.merge);
  const sum = (k: 'create' | 'update' | 'delete' | 'noop') =>
    written.reduce((n, f) => n + (f.merge?.plan.summary[k] ?? 0), 0);
  const changing = written.filter((f) => f.merge && hasChanges(f.merge.plan)).length;
  const files = `${written.length} client ${written.length === 1 ? 'file' : 'files'}`;
  const noop = sum('noop');
  const lead = changing
    ? `**Merging this pull request changes ${changing} of the ${files} that ${inlineCode(o.file)} writes, for everyone who applies it:** ${sum('create')} to create, ${sum('update')} to update, ${sum('delete')} to delete, ${noop} unchanged.`
    : `**No changes:** merging this pull request leaves the ${files} that ${inlineCode(o.file)} writes as they are (${noop} ${noop === 1 ? 'server' : 'servers'} unchanged).`;
  const out: Section[] = [{ text: `${[..._baseNotes(o, part), lead].join('\n\n')}\n\n` }];
  for (const f of part.files) {
    const titles = f.clients.map((c) => c.title).join(', ');
    const heading = `#### ${inlineCode(f.label)} (${md(titles)}${f.scope === 'local' ? ', local scope' : ''})\n\n`;
    if (!f.merge) {
      const left = f.baseServers.length
        ? `, with the ${f.baseServers.length === 1 ? 'server' : `${f.baseServers.length} servers`} mcpctl wrote there (${f.baseServers.map((n) => inlineCode(n)).join(', ')}); remove ${f.baseServers.length === 1 ? 'it' : 'them'} by hand if ${f.baseServers.length === 1 ? 'it' : 'they'} should go`
        : '';
      out.push({
        text: `${heading}➖ ${inlineCode(o.file)} no longer configures ${md(titles)} here: after the merge, apply leaves this file as it is${left}.\n\n`,
      });
      continue;
    }
    const s = f.merge.plan.summary;
    const isNew =
      part.baseExists && !part.baseProblem && !f.inBase
        ? `A new target in this pull request: every server is created.\n\n`
        : '';
    const line = hasChanges(f.merge.plan)
      ? `${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged.`
      : `No changes (${s.noop} ${s.noop === 1 ? 'server' : 'servers'} unchanged).`;
    out.push({ text: `${heading}${isNew}${line}\n\n` });
    out.push(..._changeSections(f.merge.plan, f.merge.diff, f.label, meta));
  }
  return out;
}

/** The per-server table, the unchanged servers and the diff of one file. */
function _changeSections(plan: Plan, diff: string, label: string, meta: ReportMeta): Section[] {
  const out: Section[] = [];
  const changed = plan.changes.filter((c) => c.action !== 'no-op');
  const unchanged = plan.changes.filter((c) => c.action === 'no-op').map((c) => inlineCode(c.name));
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
    const head = `<details><summary>What changes in ${md(label)} (secret values masked)</summary>\n\n${fence}diff\n`;
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
  const what = o.command === 'scan' ? 'Secret scan' : o.command === 'policy' ? 'Policy' : 'Lint';
  if (o.failure && !o.findings.length) return [];
  if (!o.findings.length) {
    const scanned = o.command === 'scan' ? ` in ${o.filesScanned} ${o.filesScanned === 1 ? 'file' : 'files'}` : '';
    return [{ text: `✅ ${what}: no findings${scanned}.\n\n` }];
  }
  const errors = o.findings.filter((f) => f.severity === 'error').length;
  const warns = o.findings.length - errors;
  const counts = `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warns} ${warns === 1 ? 'warning' : 'warnings'}`;
  const clients = o.clients;
  const table = clients
    ? '| | client | where | rule | finding |\n|---|---|---|---|---|\n'
    : '| | where | rule | finding |\n|---|---|---|---|\n';
  const head = `${o.failure ? '' : `#### ${errors ? '❌' : '⚠️'} ${what}: ${counts}\n\n`}${table}`;
  // policy: the violations per client, each client's files together
  const rows = clients
    ? [...o.findings]
        .sort(
          (a, b) =>
            (clients[a.file] ?? []).join().localeCompare((clients[b.file] ?? []).join()) ||
            a.file.localeCompare(b.file),
        )
        .map((f) => _findingRow(f, (clients[f.file] ?? []).join(', ') || '—'))
    : o.findings.map((f) => _findingRow(f));
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

function _findingRow(f: Finding, client?: string): string {
  const severity = f.severity === 'error' ? '❌ error' : '⚠️ warn';
  const hint = f.hint ? `<br><sub>${md(f.hint)}</sub>` : '';
  const who = client === undefined ? '' : ` ${md(client)} |`;
  return `| ${severity} |${who} ${inlineCode(`${f.file}:${f.line}:${f.col}`)} | ${inlineCode(f.ruleId)} | ${md(f.message)}${hint} |\n`;
}
