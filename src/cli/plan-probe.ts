// `mcpctl plan --probe`: after the plan, test the servers it would create or update (as mcp.yaml compiles
// them), so a broken server is caught before apply. Loaded only with --probe.
import type { Planned } from '../app/pipeline.js';
import { PLAN_PROBE, plannedServers, probePlannedServers } from '../app/plan-probe.js';
import { testDocument, testSummary } from '../core/render/test-json.js';
import type { TestDocument } from '../core/render/test-json.js';
import { testText } from '../core/render/test-text.js';
import { toolName, toolVersion } from '../io/version.js';
import type { Io } from './output.js';
import { paintFor } from './output.js';
import { probeDisplay } from './probe-progress.js';
import { killProbesOnSignal } from './probe-signals.js';

export async function probePlanned(
  r: Planned,
  io: Io,
  json: boolean,
): Promise<{ failed: boolean; doc: TestDocument; text: string }> {
  const servers = plannedServers(r);
  const display = await probeDisplay(
    io,
    servers.map((s) => s.name),
    { json },
  );
  const t0 = performance.now();
  const stopHandling = killProbesOnSignal();
  let results;
  try {
    results = await probePlannedServers(servers, r, toolVersion(), { onStart: display.start, onDone: display.done });
  } finally {
    stopHandling();
  }
  await display.end();
  const wallMs = Math.round(performance.now() - t0);
  // what was verified before is the current config, not the one this plan writes: not shown here
  const lastVerified: Record<string, string> = {};
  const doc = testDocument({
    tool: toolName(),
    source: { kind: 'mcp.yaml', file: r.spec.file, path: r.spec.path },
    target: codexTargetOf(r),
    concurrency: PLAN_PROBE.concurrency,
    timeoutSec: PLAN_PROBE.timeoutSec,
    wallMs,
    specs: servers.map((s) => s.spec),
    results,
    lastVerified,
  });
  const text = results.length
    ? `\nProbe of the ${results.length} ${results.length === 1 ? 'server' : 'servers'} this plan would create or update:\n${testText({ results, wallMs, lastVerified, now: new Date() }, paintFor(io.stdout, io.env))}`
    : '\nProbe: no server would be created or updated.\n';
  return { failed: testSummary(results).fail > 0, doc, text };
}

/** Where this run's results are remembered: Codex's file of the plan (or mcp.yaml's folder without one). */
function codexTargetOf(r: Planned): { file: string; exists: boolean } {
  const f = r.files.find((x) => x.target.clients.some((c) => c.name === 'codex'));
  return f ? { file: f.target.path, exists: f.target.exists } : { file: r.spec.path, exists: true };
}
