// The shapes of a health probe: what to start (ProbeSpec, from a Codex server table), what happened
// (ProbeResult), and what that means (Failure, Finding). Plain data: rendered by core/render/test-*.ts.

interface SpecBase {
  name: string;
  /** `enabled = false`: Codex does not start it. */
  enabled: boolean;
  startupTimeoutSec: number;
  enabledTools: string[] | null;
  disabledTools: string[] | null;
  /** Problems with the table itself (a value of the wrong type, a remote env var), found before probing. */
  problems: string[];
  /** The client whose entry this is, when not Codex's table (src/probe/client-spec.ts). */
  client?: { name: string; title: string } | undefined;
  /** Variables the client's own references need that are not set (the client would start it without them). */
  unsetVars?: string[] | undefined;
}

export interface StdioSpec extends SpecBase {
  transport: 'stdio';
  command: string;
  args: string[];
  /** The literal `env` table. */
  env: Record<string, string>;
  /** Names forwarded from Codex's own environment (`env_vars`). */
  envVars: string[];
  cwd: string | null;
  /** The client passes its whole environment on (every JSON client); absent: Codex's few variables. */
  inherit?: boolean | undefined;
}

export interface HttpSpec extends SpecBase {
  transport: 'http';
  url: string;
  httpHeaders: Record<string, string>;
  /** header → environment variable */
  envHttpHeaders: Record<string, string>;
  bearerTokenEnvVar: string | null;
  headersHelper: string | null;
  /** `auth`/`oauth` set: Codex may hold an OAuth token that mcpctl cannot use. */
  oauth: boolean;
}

export type ProbeSpec = StdioSpec | HttpSpec;

export type Step = 'config' | 'spawn' | 'headers' | 'connect' | 'initialize' | 'tools/list' | 'ping';

export type FailureKind =
  | 'config'
  | 'command-not-found'
  | 'spawn-error'
  | 'secret-missing'
  | 'exited-early'
  | 'timeout'
  | 'not-mcp'
  | 'protocol-error'
  | 'headers-helper'
  | 'http-auth'
  | 'http-not-found'
  | 'http-status'
  | 'connection-refused'
  | 'dns'
  | 'tls'
  | 'network'
  | 'legacy-sse'
  | 'too-large'
  | 'env-unset';

export interface Failure {
  kind: FailureKind;
  /** The step that failed. */
  step: Step;
  /** One line: what is wrong. */
  message: string;
  /** One line: what to do next. */
  hint: string;
  /** Evidence, already redacted: the PATH searched, the exit code, the last stderr lines, an HTTP status… */
  details: Record<string, string | number | string[] | null>;
}

export type FindingCode =
  | 'unknown-enabled-tool'
  | 'unknown-disabled-tool'
  | 'slow-startup'
  | 'protocol-version'
  | 'stdout-noise'
  | 'tools-list-failed'
  | 'ping-failed'
  | 'era-mismatch'
  | 'needs-login';

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warn';
  message: string;
  hint: string;
}

export interface Timings {
  /** stdio: spawn until the process runs; HTTP: opening the connection (legacy SSE) or 0 (streamable HTTP sends initialize first). */
  connect_ms: number | null;
  initialize_ms: number | null;
  tools_list_ms: number | null;
  ping_ms: number | null;
  /**
   * A server that refused Codex's initialize as one of the 2026-07-28 era alone does: the time of that first
   * attempt, before it was started again (stdio) or asked again (HTTP) in its era.
   */
  modern_retry_ms: number | null;
  /** From the start of the probe to the end of the handshake: what Codex's startup_timeout_sec limits. */
  startup_ms: number | null;
  total_ms: number;
}

export type ProbeStatus = 'ok' | 'warn' | 'fail' | 'skipped';

/** How a result is named on screen: the server, and the clients that start it this way when there are targets. */
export function resultLabel(r: { name: string; clients?: string[] | null | undefined }): string {
  return r.clients?.length ? `${r.name} (${r.clients.join(', ')})` : r.name;
}

export type Era = 'modern' | 'legacy';

export type Launch = { command: string; args: string[]; cwd: string | null } | { url: string };

export interface ProbeResult {
  name: string;
  /** The clients that start the server this way (absent from a config without targets: Codex alone). */
  clients: string[] | null;
  transport: 'stdio' | 'streamable-http' | 'sse';
  /** How it is started (stdio) or reached (HTTP), from its table. */
  launch: Launch | null;
  status: ProbeStatus;
  /** Why a server was skipped (disabled). */
  skipped: string | null;
  timings: Timings;
  /**
   * The MCP era the probe spoke with the server: 'legacy' (the initialize handshake, 2025-11-25 and before:
   * what Codex speaks, tried first) or 'modern' (2026-07-28: server/discover, stateless, for a server that
   * refused initialize); null when it got no answer.
   */
  era: Era | null;
  /** The eras the server serves, where the probe knows: ["modern"] for one that refused initialize. */
  eras: Era[] | null;
  protocolVersion: string | null;
  serverInfo: { name: string; version: string } | null;
  capabilities: string[];
  tools: string[] | null;
  failure: Failure | null;
  findings: Finding[];
}

/** What a stdio child showed while it ran (src/probe/child.ts collects it). */
export interface ChildObservations {
  spawnError: { code: string | null; message: string } | null;
  exit: { code: number | null; signal: string | null } | null;
  stderrTail: string[];
  firstStdout: string;
  noiseLines: string[];
  sawJsonRpc: boolean;
  /** What was cut at mcpctl's read cap (a stdout line, an HTTP body, one SSE event): the probe stopped there. */
  tooLarge: { what: string; limitBytes: number } | null;
}

/** Nothing seen yet: where the child and the probe start. */
export function noObservations(): ChildObservations {
  return {
    spawnError: null,
    exit: null,
    stderrTail: [],
    firstStdout: '',
    noiseLines: [],
    sawJsonRpc: false,
    tooLarge: null,
  };
}

/** What a probe observed, before diagnosis (internal to src/probe): the stdio child's observations, or HTTP's. */
export interface Observed extends ChildObservations {
  step: Step;
  error: unknown;
  timedOut: boolean;
  /** HTTP */
  http: Array<{
    method: string;
    url: string;
    status: number;
    contentType: string | null;
    wwwAuthenticate: string | null;
    bodyStart: string;
  }>;
}

/** A result with nothing measured yet: the start of every probe, and what a skipped server reports. */
export function emptyResult(name: string, transport: 'stdio' | 'streamable-http' | string): ProbeResult {
  return {
    name,
    clients: null,
    transport: transport === 'stdio' ? 'stdio' : 'streamable-http',
    launch: null,
    status: 'ok',
    skipped: null,
    timings: {
      connect_ms: null,
      initialize_ms: null,
      tools_list_ms: null,
      ping_ms: null,
      modern_retry_ms: null,
      startup_ms: null,
      total_ms: 0,
    },
    era: null,
    eras: null,
    protocolVersion: null,
    serverInfo: null,
    capabilities: [],
    tools: null,
    failure: null,
    findings: [],
  };
}

export function launchOf(spec: ProbeSpec): Launch {
  return spec.transport === 'stdio'
    ? { command: spec.command, args: [...spec.args], cwd: spec.cwd }
    : { url: spec.url };
}
