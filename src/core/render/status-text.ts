// `mcpctl status` for people: one row per server, one column per client, a symbol per cell, then the last
// health test, missing secrets and unpinned packages; the header again every 40 rows, and a legend.
import type { Cell, StatusRow } from '../status.js';
import { relativeAge } from './age.js';
import type { Paint } from './plan-text.js';
import { noPaint } from './plan-text.js';
import { neutralizeControls } from './terminal-safe.js';

export const SYMBOL: Record<Cell, string> = {
  ok: '✓',
  off: '○',
  'left-out': '–',
  create: '+',
  update: '~',
  remove: '×',
  drift: '!',
  unmanaged: 'u',
  adopt: '≠',
  none: '·',
};

const LEGEND =
  '✓ as mcp.yaml says  ○ off (its switch)  – left out  + ~ × apply would create, update, remove  ! edited by hand  u not mcpctl’s  ≠ not mcpctl’s, and not as mcp.yaml says (apply --adopt)  · not for this client';

/** Short client names for narrow columns. */
const SHORT: Record<string, string> = {
  'claude-code': 'claude',
  'claude-desktop': 'desktop',
  antigravity: 'antigrav',
};

export interface StatusView {
  file: string;
  clients: string[];
  rows: StatusRow[];
  /** The set in force, if any. */
  set: string | null;
  now: Date;
  /** Terminal width (80 when not known). */
  columns: number;
}

export function statusText(v: StatusView, paint: Paint = noPaint): string {
  const heads = v.clients.map((c) => SHORT[c] ?? c);
  const widths = heads.map((h) => Math.max(1, h.length));
  const tail = (r: StatusRow) => {
    const parts = [r.lastTest ? `tested ${relativeAge(r.lastTest, v.now)}` : 'never tested'];
    if (r.missingSecrets.length) parts.push(`missing secret ${r.missingSecrets.join(', ')}`);
    if (r.unpinned) parts.push('unpinned');
    if (r.newer) parts.push(`${r.newer.version} is out (outdated, ${relativeAge(r.newer.checkedAt, v.now)})`);
    return parts.join('; ');
  };
  const fixed = widths.reduce((n, w) => n + w + 2, 0);
  const longest = Math.max(6, ...v.rows.map((r) => r.server.length));
  // the server column takes what the clients and a short note leave of the width, at most its longest name
  const serverWidth = Math.max(6, Math.min(longest, v.columns - fixed - 2 - 16));
  const cut = (s: string, w: number) => (s.length <= w ? s.padEnd(w) : `${s.slice(0, w - 1)}…`);
  const header = paint.bold(
    `${cut('server', serverWidth)}  ${heads.map((h, i) => h.padEnd(widths[i] ?? 1)).join('  ')}  last test, notes`.trimEnd(),
  );
  const lines: string[] = [];
  lines.push(`${v.file}${v.set ? ` (server set: ${v.set})` : ''}`, '');
  for (const [n, r] of v.rows.entries()) {
    if (n % 40 === 0) {
      if (n) lines.push('');
      lines.push(header);
    }
    const cells = v.clients.map((c, i) => {
      const cell = r.cells[c] ?? 'none';
      const s = SYMBOL[cell].padEnd(widths[i] ?? 1);
      return cell === 'drift' || cell === 'update' || cell === 'create' || cell === 'remove'
        ? paint.mod(s)
        : cell === 'none'
          ? paint.dim(s)
          : s;
    });
    const room = Math.max(10, v.columns - serverWidth - fixed - 2);
    const note = cut(tail(r), room).trimEnd();
    const flag = r.missingSecrets.length ? paint.del(note) : paint.dim(note);
    lines.push(`${middle(neutralizeControls(r.server), serverWidth)}  ${cells.join('  ')}  ${flag}`.trimEnd());
  }
  if (!v.rows.length) lines.push('No servers in mcp.yaml.');
  const count = (c: Cell) => v.rows.reduce((n, r) => n + Object.values(r.cells).filter((x) => x === c).length, 0);
  const pending = count('create') + count('update') + count('remove');
  const drift = count('drift');
  const missing = v.rows.filter((r) => r.missingSecrets.length).length;
  lines.push('', paint.dim(wrap(LEGEND, v.columns)));
  const summary = [
    `${v.rows.length} ${v.rows.length === 1 ? 'server' : 'servers'} in ${v.clients.length} ${v.clients.length === 1 ? 'client' : 'clients'}`,
    pending ? `${pending} to apply` : 'nothing to apply',
    ...(drift ? [`${drift} edited by hand`] : []),
    ...(count('adopt') ? [`${count('adopt')} not mcpctl's (apply refuses them without --adopt)`] : []),
    ...(missing ? [`${missing} missing a secret`] : []),
  ];
  lines.push(paint.bold(`${summary.join(', ')}.`));
  return `${lines.join('\n')}\n`;
}

/** A name cut in its middle, so that names alike at the start stay apart by their ends. */
function middle(s: string, w: number): string {
  if (s.length <= w) return s.padEnd(w);
  const head = Math.ceil((w - 1) / 2);
  return `${s.slice(0, head)}…${s.slice(s.length - (w - 1 - head))}`;
}

function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const part of text.split('  ')) {
    const next = line ? `${line}  ${part}` : part;
    if (next.length > width && line) {
      out.push(line);
      line = part;
    } else line = next;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** The rows as `--json` (and the MCP server's status tool) give them. */
export function statusServers(rows: readonly StatusRow[]) {
  return rows.map((r) => ({
    name: r.server,
    clients: r.cells,
    last_test: r.lastTest,
    missing_secrets: r.missingSecrets,
    unpinned: r.unpinned,
    newer: r.newer ? { version: r.newer.version, checked_at: r.newer.checkedAt } : null,
  }));
}
