// `mcpctl plan --probe`: the servers the plan would create or update, as mcp.yaml compiles them, started and
// probed like "mcpctl test" does. Loaded only with --probe.
import type { ProbeResult } from '../core/probe-types.js';
import { probeSpecOf } from '../probe/spec.js';
import { processContext } from './pipeline.js';
import type { Planned } from './pipeline.js';
import { codexFiles, codexTables } from './apply-checks.js';
import { probeAll } from './test.js';
import type { ProbeAllOptions, TestSelection } from './test.js';

export const PLAN_PROBE = { concurrency: 3, timeoutSec: 30 } as const;

export type PlannedServer = TestSelection['servers'][number];

/** The servers the plan would create or update, with what the probe needs to start them. */
export function plannedServers(r: Planned): PlannedServer[] {
  // started as Codex starts them: from Codex's file of this plan (without a Codex target, none is started)
  return codexFiles(r).flatMap((f) => {
    const tables = codexTables(f);
    return f.plan.changes
      .filter((c) => c.action === 'create' || c.action === 'update')
      .flatMap((c) => {
        const table = tables.get(c.name);
        return table ? [{ name: c.name, table, spec: probeSpecOf(c.name, table) }] : [];
      });
  });
}

export type ProbeProgress = Pick<ProbeAllOptions, 'onStart' | 'onDone'>;

export function probePlannedServers(
  servers: PlannedServer[],
  r: Planned,
  clientVersion: string,
  progress: ProbeProgress,
): Promise<ProbeResult[]> {
  return probeAll(
    servers,
    {
      concurrency: PLAN_PROBE.concurrency,
      timeoutMs: PLAN_PROBE.timeoutSec * 1000,
      clientVersion,
      named: false,
      targetPath: codexFiles(r)[0]?.target.path ?? r.spec.path,
      ...progress,
    },
    processContext(),
  );
}
