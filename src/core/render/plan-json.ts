// The plan as a versioned JSON document (`plan --json`, `plan --out`). Documented in docs/plan-apply.md ("mcpctl plan").
// Values that look secret are masked; the document never holds a secret.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../errors.js';
import type { Finding } from '../lint/finding.js';
import type { Normalize, Plan } from '../plan.js';
import { entryHash } from '../plan.js';
import { maskTable } from '../redact.js';
import { maskDiagnostic } from './error-json.js';

export const PLAN_FORMAT = 1;

export interface PlanDocInput {
  tool: string;
  source: { file: string; path: string; sha256: string };
  target: { file: string; exists: boolean; sha256: string | null };
  plan: Plan;
  /** The target's entry as its client sees it (what the plan id hashes). */
  normalize: Normalize;
  diff: string;
  diagnostics: Diagnostic[];
  findings: Finding[];
  /** What makes apply refuse this plan (lint errors, missing secrets): empty when apply would go ahead. */
  blocking?: Diagnostic[] | undefined;
  /** Last successful `mcpctl test` per server (state file); shown as `last_verified_at` when known. */
  lastVerified?: Record<string, string> | undefined;
}

export function planDocument(i: PlanDocInput) {
  const s = i.plan.summary;
  return {
    format_version: PLAN_FORMAT,
    kind: 'mcpctl.plan' as const,
    id: planId(i),
    tool: i.tool,
    source: i.source,
    target: i.target,
    has_changes: s.create + s.update + s.delete > 0,
    summary: {
      create: s.create,
      update: s.update,
      delete: s.delete,
      no_op: s.noop,
      drift: s.drift,
      unmanaged: s.unmanaged,
    },
    changes: i.plan.changes.map((c) => ({
      name: c.name,
      action: c.action,
      changed_keys: c.changed,
      drift: c.drift,
      adopt: c.adopt,
      before: c.before ? maskTable(c.before) : null,
      after: c.after ? maskTable(c.after) : null,
      ...lastVerifiedOf(i, c.name),
    })),
    unmanaged: i.plan.unmanaged,
    diagnostics: i.diagnostics.map(maskDiagnostic),
    findings: i.findings,
    blocking: (i.blocking ?? []).map(maskDiagnostic),
    diff: i.diff,
  };
}

export type PlanDocument = ReturnType<typeof planDocument>;

function lastVerifiedOf(i: PlanDocInput, name: string): { last_verified_at?: string } {
  const at = i.lastVerified && Object.hasOwn(i.lastVerified, name) ? i.lastVerified[name] : undefined;
  return at === undefined ? {} : { last_verified_at: at };
}

/** Identifies a plan by what it starts from and what it does, so a saved plan can be checked before apply. */
export function planId(i: Pick<PlanDocInput, 'source' | 'target' | 'plan' | 'normalize'>): string {
  const h = createHash('sha256');
  h.update(`${i.source.sha256}\n${i.target.sha256 ?? 'absent'}\n`);
  for (const c of i.plan.changes)
    h.update(`${c.name}\t${c.action}\t${c.after ? entryHash(c.after, i.normalize) : '-'}\n`);
  return h.digest('hex').slice(0, 16);
}
