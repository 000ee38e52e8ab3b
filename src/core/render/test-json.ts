// `mcpctl test --json`: a versioned document (docs/test.md). Every value a result holds (the launch
// line included) was redacted and made safe to print by the probe, in one pass (src/probe/report.ts).
import type { ProbeResult, ProbeSpec } from '../probe-types.js';
import {
  CODEX_DEFAULT_STARTUP_TIMEOUT_SEC,
  CODEX_KNOWN_PROTOCOLS,
  CODEX_REQUESTED_PROTOCOL,
  CODEX_VERSION,
} from '../codex-facts.js';

const TEST_FORMAT = 1;

export interface TestDocInput {
  tool: string;
  source: { kind: 'mcp.yaml' | 'config.toml'; file: string; path: string };
  target: { file: string; exists: boolean };
  concurrency: number;
  timeoutSec: number;
  wallMs: number;
  specs: ProbeSpec[];
  results: ProbeResult[];
  lastVerified: Record<string, string>;
}

export function testSummary(results: ProbeResult[]) {
  const count = (s: ProbeResult['status']) => results.filter((r) => r.status === s).length;
  return {
    total: results.length,
    ok: count('ok'),
    warn: count('warn'),
    fail: count('fail'),
    skipped: count('skipped'),
  };
}

export function testDocument(i: TestDocInput) {
  const specs = new Map(i.specs.map((s) => [s.name, s]));
  const summary = testSummary(i.results);
  return {
    format_version: TEST_FORMAT,
    kind: 'mcpctl.test' as const,
    tool: i.tool,
    source: i.source,
    target: i.target,
    codex: {
      version: CODEX_VERSION,
      requested_protocol: CODEX_REQUESTED_PROTOCOL,
      known_protocols: [...CODEX_KNOWN_PROTOCOLS],
      default_startup_timeout_sec: CODEX_DEFAULT_STARTUP_TIMEOUT_SEC,
    },
    options: { concurrency: i.concurrency, timeout_sec: i.timeoutSec },
    healthy: summary.fail === 0,
    summary,
    wall_ms: i.wallMs,
    servers: i.results.map((r) => {
      const spec = specs.get(r.name);
      return {
        name: r.name,
        clients: r.clients,
        status: r.status,
        transport: r.transport,
        launch: r.launch,
        skipped_reason: r.skipped,
        era: r.era,
        eras: r.eras,
        protocol_version: r.protocolVersion,
        server_info: r.serverInfo,
        capabilities: r.capabilities,
        tools: r.tools === null ? null : { count: r.tools.length, names: r.tools },
        startup_timeout_sec: spec?.startupTimeoutSec ?? CODEX_DEFAULT_STARTUP_TIMEOUT_SEC,
        timings_ms: {
          connect: r.timings.connect_ms,
          initialize: r.timings.initialize_ms,
          tools_list: r.timings.tools_list_ms,
          ping: r.timings.ping_ms,
          modern_retry: r.timings.modern_retry_ms,
          startup: r.timings.startup_ms,
          total: r.timings.total_ms,
        },
        failure: r.failure,
        findings: r.findings,
        last_verified_at: i.lastVerified[r.name] ?? null,
      };
    }),
  };
}

export type TestDocument = ReturnType<typeof testDocument>;
