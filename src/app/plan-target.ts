// One target file's part of a plan, which pipeline.ts runs for every file once mcp.yaml is compiled: read the
// file and its state, plan the desired entries against it, edit its text, and show the change as a redacted diff.
import { McpctlError } from '../core/errors.js';
import { plan } from '../core/plan.js';
import type { Normalize, Plan } from '../core/plan.js';
import { MaskMemo } from '../core/redact.js';
import { changedLines, unifiedDiff } from '../core/render/diff.js';
import { sha256Hex } from '../core/sha256.js';
import type { ClientTarget, Scope, ServerEdit, TargetFile } from '../core/targets/target.js';
import type { Entry } from '../core/value.js';
import { readTextBytes } from '../io/read.js';
import { readState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import type { TargetFileRef } from './target-files.js';

export interface LoadedTarget {
  path: string;
  scope: Scope;
  /** The clients that read this file (one, or two for a shared .mcp.json); the first one's reading counts. */
  clients: ClientTarget[];
  exists: boolean;
  text: string;
  /** Of the bytes read, null for a file that is not there (taken when first asked). */
  readonly sha256: string | null;
  file: TargetFile;
  state: TargetState;
  /** Reads other text of this same file (what apply wrote, a redacted copy) the same way. */
  reread(text: string): TargetFile;
}

export async function loadTarget(ref: TargetFileRef): Promise<LoadedTarget> {
  const [client] = ref.clients;
  if (!client) throw new McpctlError('E_INTERNAL', `no client reads ${ref.path}`);
  const what = `${ref.clients.map((c) => c.title).join(' and ')} config`;
  const read = await readTextBytes(ref.path, { maxBytes: 64 * 1024 * 1024, what, missingOk: true });
  const reread = (t: string) => client.read(t, ref.path, ref.scope, ref.where);
  let digest: string | undefined;
  return {
    path: ref.path,
    scope: ref.scope,
    clients: ref.clients,
    exists: read !== null,
    text: read?.text ?? '',
    // of the bytes (the same digest as of the text, without re-encoding it), when something asks (apply, a
    // plan's id): a plan that only prints never does
    get sha256() {
      return read === null ? null : (digest ??= sha256Hex(read.bytes));
    },
    file: reread(read?.text ?? ''),
    state: await readState(ref.path),
    reread,
  };
}

/** How the file's (first) client reads an entry: what plan compares and the state's hashes are taken of. */
export function normalizeOf(target: Pick<LoadedTarget, 'clients'>): Normalize {
  const [client] = target.clients;
  return client ? (e) => client.normalize(e) : (e) => e;
}

/** What a plan makes of one target file: the plan, the file's whole new text, and the redacted diff. */
export interface TargetPlan {
  plan: Plan;
  newText: string;
  diff: string;
}

/**
 * Plans `desired` (the entries mcpctl wants, by server name) against the file as read; `masks` is shared by
 * the files of one plan (each client's copy of a server masks the same strings).
 */
export function planTarget(target: LoadedTarget, desired: Map<string, Entry>, masks = new MaskMemo()): TargetPlan {
  const actual = new Map<string, Entry>();
  for (const [name, server] of target.file.servers) actual.set(name, server.value);
  const p = plan(desired, actual, target.state.managed, normalizeOf(target));
  const newText = target.file.edit(editsOf(p, desired));
  return { plan: p, newText, diff: planDiff(target, p, desired, newText, masks) };
}

/**
 * The redacted diff of the target. The new servers are written already masked into the redacted current
 * text, so the (possibly large) new text is never read again just to be redacted.
 */
function planDiff(
  target: LoadedTarget,
  p: Plan,
  desired: Map<string, Entry>,
  newText: string,
  masks: MaskMemo,
): string {
  // nothing changes: nothing to show, and nothing of the file to redact
  if (newText === target.text) return '';
  // the diff shows a few lines around what changes: only those need the secret rules (a 5 MB ~/.claude.json
  // is walked for its keys, not checked string by string); the window is wider than any context the diff keeps
  const window = changedLines(target.text, newText, DIFF_WINDOW_LINES);
  const before = target.file.redacted({ from: window.start, to: window.end });
  const masked = new Map<string, Entry>();
  let maskedAny = false;
  for (const [name, entry] of desired) {
    const m = masks.maskedOrSame(entry);
    maskedAny ||= m !== entry;
    masked.set(name, m);
  }
  // nothing to mask on either side (the usual case): the new text is already the redacted one
  if (before === target.text && !maskedAny) return unifiedDiff(target.path, before, newText);
  const beforeFile = before === target.text ? target.file : target.reread(before);
  return unifiedDiff(target.path, before, beforeFile.edit(editsOf(p, masked)));
}

/** Lines around a change that plan redacts (more than the diff's context and trim margin, 3 and 10). */
const DIFF_WINDOW_LINES = 16;

/** What the plan changes in the file: created and updated entries written, deleted ones removed. */
export function editsOf(p: Plan, desired: Map<string, Entry>): ServerEdit[] {
  const edits: ServerEdit[] = [];
  // nothing to create, update or delete (what most plans find): no order of the servers to work out
  if (p.changes.every((c) => c.action === 'no-op')) return edits;
  // a new server goes before the next one of mcp.yaml's order that stays in the file: a server a set left
  // out comes back where it was, byte for byte
  const stays = new Set(p.changes.filter((c) => c.action === 'update' || c.action === 'no-op').map((c) => c.name));
  const order = [...desired.keys()];
  const nextStaying = new Map<string, string>();
  let next: string | undefined;
  for (let i = order.length - 1; i >= 0; i--) {
    const name = order[i] ?? '';
    if (next !== undefined) nextStaying.set(name, next);
    if (stays.has(name)) next = name;
  }
  for (const c of p.changes) {
    if (c.action === 'delete') edits.push({ name: c.name, entry: null });
    const want = desired.get(c.name);
    if (c.action === 'update' && want) edits.push({ name: c.name, entry: want });
    if (c.action === 'create' && want) edits.push({ name: c.name, entry: want, before: nextStaying.get(c.name) });
  }
  return edits;
}
