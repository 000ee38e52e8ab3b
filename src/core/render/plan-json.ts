// The plan as a versioned JSON document (`plan --json`, `plan --out`). Documented in docs/plan-apply.md ("mcpctl plan").
// Format 2: one section per target file (the clients that read it, its scope, its summary, unmanaged servers and
// diff), and every change names its file and clients. Values that look secret are masked; it never holds a secret.
import type { Diagnostic } from '../errors.js';
import type { Finding } from '../lint/finding.js';
import type { Plan } from '../plan.js';
import { afterHash } from '../plan.js';
import { maskedOrSame } from '../redact.js';
import { bridgeOf } from '../import-launcher.js';
import { maskTokens } from '../mask-tokens.js';
import { sha256Hex } from '../sha256.js';
import type { Entry } from '../value.js';
import { maskDiagnostic } from './error-json.js';

export const PLAN_FORMAT = 2;

export interface PlanTargetInput {
  /** The clients that read this file (two for a shared .mcp.json). */
  clients: string[];
  scope: string;
  file: string;
  exists: boolean;
  sha256: string | null;
  plan: Plan;
  diff: string;
  /** Last successful `mcpctl test` per server (state file); shown as `last_verified_at` when known. */
  lastVerified?: Record<string, string> | undefined;
  /** What the server set in force turns off in this file. */
  setOff?: { set: string; disabled: string[]; leftOut: string[] } | null | undefined;
}

export interface PlanDocInput {
  tool: string;
  source: { file: string; path: string; sha256: string };
  targets: PlanTargetInput[];
  diagnostics: Diagnostic[];
  findings: Finding[];
  /** What makes apply refuse this plan (lint errors, missing secrets): empty when apply would go ahead. */
  blocking?: Diagnostic[] | undefined;
  /** The server set in force, if mcp.yaml has sets. */
  set?: { name: string | null; from: string; off: string[] } | undefined;
}

export function planDocument(i: PlanDocInput) {
  const targets = i.targets.map((t) => ({
    clients: t.clients,
    scope: t.scope,
    file: t.file,
    exists: t.exists,
    sha256: t.sha256,
    has_changes: changesIn(t.plan),
    summary: summaryOf([t.plan]),
    unmanaged: t.plan.unmanaged,
    ...(t.setOff ? { outside_set: { disabled: t.setOff.disabled, left_out: t.setOff.leftOut } } : {}),
    diff: t.diff,
  }));
  const off = new Set(i.set?.off ?? []);
  let changes: ReturnType<typeof changesOf> | undefined;
  return {
    format_version: PLAN_FORMAT,
    kind: 'mcpctl.plan' as const,
    id: planId(i),
    tool: i.tool,
    source: i.source,
    set: i.set?.name ? { name: i.set.name, from: i.set.from, off: i.set.off } : null,
    has_changes: targets.some((t) => t.has_changes),
    summary: summaryOf(i.targets.map((t) => t.plan)),
    targets,
    // every server's change, masked, made when first read (JSON.stringify reads it): an apply that prints
    // no JSON needs only the id and the summary
    get changes() {
      return (changes ??= changesOf(i, off));
    },
    diagnostics: i.diagnostics.map(maskDiagnostic),
    findings: i.findings,
    blocking: (i.blocking ?? []).map(maskDiagnostic),
  };
}

export type PlanDocument = ReturnType<typeof planDocument>;

/** Each server's change in every file, its entries masked. */
function changesOf(i: PlanDocInput, off: ReadonlySet<string>) {
  return i.targets.flatMap((t) =>
    t.plan.changes.map((c) => ({
      file: t.file,
      clients: t.clients,
      name: c.name,
      action: c.action,
      changed_keys: c.changed,
      drift: c.drift,
      adopt: c.adopt,
      ...(off.has(c.name) ? { outside_set: true } : {}),
      // the entries themselves where nothing is masked (read-only here, as everywhere)
      before: c.before ? maskedOrSame(c.before) : null,
      after: c.after ? maskedOrSame(c.after) : null,
      ...bridgeJson(c.after),
      ...lastVerifiedOf(t, c.name),
    })),
  );
}

/** A server the client reaches through mcpctl's bridge: the remote server's url (a template: no secret). */
function bridgeJson(after: Entry | null): { bridge?: { url: string; transport: string } } {
  const b = after ? bridgeOf(after) : null;
  return b ? { bridge: { url: maskTokens(b.url), transport: b.transport } } : {};
}

function changesIn(p: Plan): boolean {
  return p.summary.create + p.summary.update + p.summary.delete > 0;
}

function summaryOf(plans: Plan[]) {
  const sum = (k: keyof Plan['summary']) => plans.reduce((n, p) => n + p.summary[k], 0);
  return {
    create: sum('create'),
    update: sum('update'),
    delete: sum('delete'),
    no_op: sum('noop'),
    drift: sum('drift'),
    unmanaged: sum('unmanaged'),
  };
}

function lastVerifiedOf(t: PlanTargetInput, name: string): { last_verified_at?: string } {
  const at = t.lastVerified && Object.hasOwn(t.lastVerified, name) ? t.lastVerified[name] : undefined;
  return at === undefined ? {} : { last_verified_at: at };
}

/** Identifies a plan by what it starts from and what it does, so a saved plan can be checked before apply. */
export function planId(i: Pick<PlanDocInput, 'source' | 'targets'>): string {
  let text = `${i.source.sha256}\n`;
  for (const t of i.targets) {
    // the file by its clients and scope, not its path: the same plan has the same id wherever the files are
    text += `${t.clients.join(',')}:${t.scope}\n${t.sha256 ?? 'absent'}\n`;
    for (const c of t.plan.changes) text += `${c.name}\t${c.action}\t${afterHash(c) ?? '-'}\n`;
  }
  return sha256Hex(text).slice(0, 16);
}
