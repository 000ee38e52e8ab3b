// `mcpctl outdated` for people: one row per server, then a note per server that has one.
import type { Paint } from './plan-text.js';
import { noPaint } from './plan-text.js';
import { neutralizeControls } from './terminal-safe.js';

export interface OutdatedRowView {
  server: string;
  source: string | null;
  package: string | null;
  pinned: string | null;
  newest: string | null;
  newestSameMajor: string | null;
  prerelease: string | null;
  status: string;
  note: string | null;
}

export function outdatedText(rows: readonly OutdatedRowView[], paint: Paint = noPaint): string {
  // a registry's own words (a deprecation message, a yank reason) reach the terminal without their escapes
  return table(
    rows.map((r) => ({
      ...r,
      note: r.note === null ? null : neutralizeControls(r.note),
      package: r.package === null ? null : neutralizeControls(r.package),
    })),
    paint,
  );
}

function table(rows: readonly OutdatedRowView[], paint: Paint): string {
  const head = ['server', 'source', 'package', 'pinned', 'newest', 'same major', 'status'];
  const cells = rows.map((r) => [
    r.server,
    r.source ?? '-',
    r.package ?? '-',
    r.pinned ?? '(none)',
    r.newest ?? '-',
    r.newestSameMajor ?? '-',
    r.status,
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(width[i] ?? 0))
      .join('  ')
      .trimEnd();
  const colour = (status: string) =>
    status === 'outdated' ? paint.mod : status === 'unknown' || status === 'unpinned' ? paint.del : paint.dim;
  const out = [paint.bold(line(head))];
  for (const [i, c] of cells.entries()) out.push(colour(rows[i]?.status ?? '')(line(c)));
  const notes = rows.flatMap((r) => [
    ...(r.note ? [`  ${r.server}: ${r.note}`] : []),
    ...(r.prerelease ? [`  ${r.server}: a pre-release is newer: ${r.prerelease} (not proposed)`] : []),
  ]);
  if (notes.length) out.push('', ...notes);
  const outdated = rows.filter((r) => r.status === 'outdated').length;
  const unknown = rows.filter((r) => r.status === 'unknown').length;
  const checked = rows.filter((r) => r.status === 'current' || r.status === 'outdated').length;
  const notChecked = unknown ? ` ${unknown} could not be checked (see above).` : '';
  out.push(
    '',
    outdated
      ? `${outdated} of ${rows.length} ${rows.length === 1 ? 'server' : 'servers'} can be upgraded: mcpctl upgrade NAME, then mcpctl plan.${notChecked}`
      : checked
        ? `Every server mcpctl could check is current.${notChecked}`
        : `No server could be checked.${notChecked}`,
  );
  return `${out.join('\n')}\n`;
}
