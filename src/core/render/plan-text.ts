// Human plan: one line per server, unmanaged and drift notes, a summary line, then the diff.
import type { Plan, ServerChange } from '../plan.js';
import { bridgeOf } from '../import-launcher.js';
import { maskTokens } from '../mask-tokens.js';
import { relativeAge } from './age.js';

export interface Paint {
  add(s: string): string;
  del(s: string): string;
  mod(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  /** Every function gives its text back unchanged (no colour): a text need not be cut into lines to paint. */
  readonly plain?: boolean;
}

export const noPaint: Paint = {
  add: (s) => s,
  del: (s) => s,
  mod: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  plain: true,
};

const SYMBOL: Record<ServerChange['action'], string> = { create: '+', update: '~', delete: '-', 'no-op': '=' };

/** Last successful `mcpctl test` per server, and the time to measure its age from. */
export interface VerifiedNotes {
  lastVerified: Record<string, string>;
  now: Date;
}

/** What the server set in force turns off in one file (see src/core/sets.ts). */
export interface SetNote {
  set: string;
  disabled: string[];
  leftOut: string[];
}

export function planText(
  p: Plan,
  target: string,
  diff: string,
  paint: Paint = noPaint,
  verified?: VerifiedNotes,
  setOff?: SetNote | null,
): string {
  const lines: string[] = [`Target: ${target}`];
  if (!p.changes.length && !p.unmanaged.length) lines.push('No servers declared and none managed.');
  const shown = p.changes.filter((c) => c.action !== 'no-op' || c.drift || c.adopt);
  const width = Math.max(0, ...shown.map((c) => c.name.length));
  for (const c of shown) {
    const colour =
      c.action === 'create'
        ? paint.add
        : c.action === 'delete'
          ? paint.del
          : c.action === 'update'
            ? paint.mod
            : paint.dim;
    let line = colour(`  ${SYMBOL[c.action]} ${c.action.padEnd(6)} ${c.name.padEnd(width)}`);
    if (c.action === 'update') line += `  (${c.changed.join(', ')})`;
    if (c.adopt && c.action !== 'create') line += paint.dim('  [adopt: not yet managed by mcpctl]');
    const bridge = c.after ? bridgeOf(c.after) : null;
    if (bridge) line += paint.dim(`  [through mcpctl proxy: ${maskTokens(bridge.url)}]`);
    if (c.drift) line += paint.mod('  [drift: edited by hand since mcpctl wrote it]');
    lines.push(line.trimEnd());
  }
  const unchanged = p.changes.filter((c) => c.action === 'no-op' && !c.drift && !c.adopt).map((c) => c.name);
  if (unchanged.length) lines.push(paint.dim(`  = unchanged: ${nameList(unchanged)}`));
  if (p.unmanaged.length) lines.push(paint.dim(`  unmanaged, left as they are: ${nameList(p.unmanaged)}`));
  if (setOff && setOff.disabled.length)
    lines.push(paint.dim(`  off (outside set "${setOff.set}", the client's own switch): ${nameList(setOff.disabled)}`));
  if (setOff && setOff.leftOut.length)
    lines.push(
      paint.dim(`  left out (outside set "${setOff.set}", no switch in this client): ${nameList(setOff.leftOut)}`),
    );
  const kept = p.changes.filter((c) => c.action !== 'delete');
  if (verified && kept.length && Object.keys(verified.lastVerified).length) {
    // a test verified the server as it was then: not what a hand edit (drift) or this plan's update makes of it
    const age = (c: ServerChange) => {
      if (!Object.hasOwn(verified.lastVerified, c.name)) return 'never';
      const when = relativeAge(verified.lastVerified[c.name] ?? '', verified.now);
      return c.drift ? `${when}, before the hand edit` : c.action === 'update' ? `${when}, before this update` : when;
    };
    lines.push(paint.dim(`  last verified (mcpctl test): ${nameList(kept.map((c) => `${c.name} ${age(c)}`))}`));
  }
  const s = p.summary;
  const changes = s.create + s.update + s.delete;
  lines.push('');
  lines.push(
    paint.bold(
      changes === 0
        ? `No changes. ${s.noop} ${s.noop === 1 ? 'server' : 'servers'} up to date.`
        : `Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged.`,
    ),
  );
  if (s.drift) {
    lines.push(
      paint.mod(
        `Drift: ${s.drift} managed ${s.drift === 1 ? 'server was' : 'servers were'} edited by hand; apply overwrites ${s.drift === 1 ? 'it' : 'them'} with what mcp.yaml says.`,
      ),
    );
  }
  if (diff) lines.push('', diffText(diff, paint).trimEnd());
  return `${lines.join('\n')}\n`;
}

/** One target file of a multi-client plan: its plan, the clients that read it, its diff. */
export interface FileSection {
  plan: Plan;
  path: string;
  clients: string[];
  diff: string;
  verified?: VerifiedNotes | undefined;
  setOff?: SetNote | null | undefined;
}

/**
 * The plan of every target file, one section each. Codex alone (mcp.yaml without targets) reads exactly as
 * before targets existed: one section, no client names.
 */
export function plansText(files: FileSection[], paint: Paint = noPaint): string {
  const [only] = files;
  if (files.length === 1 && only && only.clients.length === 1 && only.clients[0] === 'Codex')
    return planText(only.plan, only.path, only.diff, paint, only.verified, only.setOff);
  return files
    .map((f) => planText(f.plan, `${f.path} (${f.clients.join(', ')})`, f.diff, paint, f.verified, f.setOff))
    .join('\n');
}

/** The line above a plan made with a server set in force; '' when mcp.yaml has none in force. */
export function setLine(
  set: { name: string | null; from: string; off: string[] } | undefined,
  paint: Paint = noPaint,
): string {
  if (!set?.name) return '';
  const from = set.from === 'flag' ? '--set' : 'default_set in mcp.yaml';
  const off = set.off.length ? `; off: ${nameList(set.off)}` : '';
  return `${paint.bold(`Server set: ${set.name}`)} (${from}${off})\n\n`;
}

/** After the plan: what makes apply refuse it (src/app/blocking.ts), one line each. Empty when nothing does. */
export function refusalText(list: ReadonlyArray<{ code: string; message: string }>, paint: Paint = noPaint): string {
  if (!list.length) return '';
  const lines = [
    '',
    paint.del(
      paint.bold(
        `Apply would refuse this plan (${list.length} ${list.length === 1 ? 'problem' : 'problems'}; see above):`,
      ),
    ),
  ];
  for (const d of list) lines.push(`  ${d.code}: ${d.message}`);
  return `${lines.join('\n')}\n`;
}

/** A unified diff with +/- lines coloured. */
export function diffText(diff: string, paint: Paint = noPaint): string {
  // unpainted, every line is itself: the diff with one final line break (a large plan's is 35,000 lines)
  if (paint.plain) return diff.endsWith('\n') ? diff : `${diff}\n`;
  const out: string[] = [];
  for (const l of diff.replace(/\n$/, '').split('\n')) {
    if (l.startsWith('+++') || l.startsWith('---')) out.push(paint.bold(l));
    else if (l.startsWith('+')) out.push(paint.add(l));
    else if (l.startsWith('-')) out.push(paint.del(l));
    else if (l.startsWith('@@')) out.push(paint.mod(l));
    else out.push(l);
  }
  return `${out.join('\n')}\n`;
}

function nameList(names: string[], max = 12): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} … and ${names.length - max} more`;
}
