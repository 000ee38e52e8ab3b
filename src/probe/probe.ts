// One server's health probe: start it as Codex would (stdio: same command, args, cwd and environment, in
// its own process group; HTTP: same URL and headers), then the handshake of the server's era — server/discover
// (2026-07-28) first, the initialize handshake (2025-11-25 and before) when the server answers as a legacy
// one, on the same connection (SDK 2's client) — tools/list (every page) and, in the legacy era, ping, each
// timed, within one deadline. A modern server is then asked to initialize too, to say whether it serves
// clients of the older era (Codex among them). On the deadline the whole process group is killed; on success the server
// is closed the way Codex closes it. Never throws: every outcome is a ProbeResult.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { checkHandshake } from './checks.js';
import { ChildTransport } from './child.js';
import { CODEX_HELPER_TIMEOUT_MS, CODEX_VERSION } from '../core/codex-facts.js';
import { codexHelperEnv, codexHttpHeaders, codexStdioEnv } from './codex-env.js';
import type { BuiltHeaders } from './codex-env.js';
import { diagnose, errorText } from './diagnose.js';
import { runHeadersHelper } from './helper.js';
import { sseTransport, streamableTransport } from './http.js';
import type { HttpRecord, TooLarge } from './http.js';
import { unsetVariables } from './needs.js';
import { findOutsidePath } from './path-search.js';
import { redactor, secretValuesOf } from './redact.js';
import { cleanResult, envUnsetFailure } from './report.js';
import { HandshakeTap } from './tap.js';
import type {
  Era,
  Failure,
  Finding,
  HttpSpec,
  Observed,
  ProbeResult,
  ProbeSpec,
  StdioSpec,
  Step,
  Timings,
} from '../core/probe-types.js';
import { emptyResult, launchOf, noObservations } from '../core/probe-types.js';

export interface ProbeOptions {
  timeoutMs: number;
  /** The environment Codex would run with (mcpctl's own). */
  env: NodeJS.ProcessEnv;
  /** Codex's working directory: where a relative `cwd` is resolved and where a server without one starts. */
  cwd: string;
  /** Where Codex runs http_headers_helper. */
  codexHome: string;
  /** Known secret values (from the store) to redact from anything shown. */
  secrets: string[];
  clientVersion: string;
  /** Send a ping after tools/list (default true). */
  ping?: boolean;
}

const PING_MS = 5_000;
const MAX_TOOL_PAGES = 100;

class Deadline {
  readonly controller = new AbortController();
  timedOut = false;
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  private onExpire: () => unknown = () => undefined;

  constructor(readonly ms: number) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error(`timed out after ${ms} ms`));
      void this.onExpire();
    }, ms);
  }

  whenExpired(f: () => unknown): void {
    this.onExpire = f;
  }

  remaining(): number {
    return Math.max(1, this.ms - (performance.now() - this.started));
  }

  /** `p`, or a rejection as soon as the deadline passes (for awaits the SDK cannot abort). */
  race<T>(p: Promise<T>): Promise<T> {
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((res, rej) => {
      const onAbort = () => rej(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      p.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          res(v);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          rej(e);
        },
      );
    });
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

export async function probeServer(spec: ProbeSpec, opts: ProbeOptions): Promise<ProbeResult> {
  const t0 = performance.now();
  const since = (t: number) => Math.round(performance.now() - t);
  const result: ProbeResult = { ...emptyResult(spec.name, spec.transport), launch: launchOf(spec) };
  // every value that may be secret, known so far (HTTP adds the headers it built): the whole result is redacted with it
  const redaction = { redact: redactor([...opts.secrets, ...secretValuesOf(spec, opts.env)]) };
  const finish = (failure: Failure | null, findings: Finding[] = []): ProbeResult => {
    result.failure = failure;
    result.findings = findings;
    result.status = failure || findings.some((f) => f.severity === 'error') ? 'fail' : findings.length ? 'warn' : 'ok';
    result.timings.total_ms = since(t0);
    return cleanResult(result, redaction.redact);
  };
  if (spec.problems.length) {
    return finish({
      kind: 'config',
      step: 'config',
      message: `the server entry is invalid: ${spec.problems.join('; ')}`,
      hint: 'fix the entry; Codex refuses to load a config with an invalid server',
      details: {},
    });
  }
  if (spec.client && spec.unsetVars?.length) {
    const client = spec.client.title;
    return finish(
      envUnsetFailure(
        spec.unsetVars.map((name) => ({
          name,
          neededBy: `${client} fills it into this server's entry, and would start it without the value`,
          setButNotPassed: false,
        })),
        client,
      ),
    );
  }
  const unset = spec.client ? [] : unsetVariables(spec, opts.env);
  if (unset.length) return finish(envUnsetFailure(unset));
  const deadline = new Deadline(opts.timeoutMs);
  try {
    return spec.transport === 'stdio'
      ? await probeStdio(spec, opts, deadline, result, redaction, finish)
      : await probeHttp(spec, opts, deadline, result, redaction, finish);
  } finally {
    deadline.clear();
  }
}

type Finish = (failure: Failure | null, findings?: Finding[]) => ProbeResult;
type Redaction = { redact: (text: string) => string };

function emptyObserved(step: Step): Observed {
  return { ...noObservations(), step, error: null, timedOut: false, http: [] };
}

async function probeStdio(
  spec: StdioSpec,
  opts: ProbeOptions,
  deadline: Deadline,
  result: ProbeResult,
  redaction: Redaction,
  finish: Finish,
): Promise<ProbeResult> {
  // a JSON client passes its own environment on, with the entry's env over it; Codex only a few variables
  const env = spec.inherit ? inherited(opts.env, spec.env) : codexStdioEnv(spec, opts.env);
  const cwd = spec.cwd === null ? opts.cwd : resolve(opts.cwd, spec.cwd);
  const { redact } = redaction;
  if (!(await isDirectory(cwd))) {
    return finish({
      kind: 'config',
      step: 'spawn',
      message: `cwd ${cwd} is not a folder`,
      hint: 'fix cwd (a relative cwd is resolved against the folder Codex runs in)',
      details: { cwd },
    });
  }
  const launch = { command: spec.command, args: spec.args, env, cwd };
  let child = new ChildTransport(launch);
  deadline.whenExpired(() => child.kill());
  let tap = new HandshakeTap(child);
  let client = newClient(opts, 'legacy');
  let step: Step = 'spawn';
  let t0 = performance.now();
  try {
    await deadline.race(tap.start());
    result.timings.connect_ms = Math.round(performance.now() - t0);
    step = 'initialize';
    let findings: Finding[];
    try {
      // Codex's own handshake first (initialize), so every server meets what Codex sends
      ({ findings } = await handshake(client, tap, deadline, result, t0, (s) => (step = s), opts.ping !== false));
    } catch (error) {
      if (deadline.timedOut || !refusedAsModernOnly(error)) throw error;
      // it refused initialize as a server of the 2026-07-28 era alone does: started again, in that era
      result.timings.modern_retry_ms = Math.round(performance.now() - t0);
      await child.kill();
      child = new ChildTransport(launch);
      tap = new HandshakeTap(child);
      client = newClient(opts, 'modern');
      step = 'spawn';
      t0 = performance.now();
      await deadline.race(tap.start());
      step = 'initialize';
      ({ findings } = await handshake(client, tap, deadline, result, t0, (s) => (step = s), opts.ping !== false));
      result.eras = ['modern'];
    }
    findings.push(
      ...checkHandshake(spec, {
        tools: result.tools,
        protocolVersion: result.protocolVersion,
        startupMs: result.timings.startup_ms,
        noiseLines: child.obs.noiseLines.map(redact),
        eras: result.eras,
      }),
    );
    await within(client.close(), 3000);
    return finish(null, findings);
  } catch (error) {
    if (!deadline.timedOut) await within(child.exited, 1000); // the exit code and the last stderr lines
    const obs: Observed = { ...emptyObserved(step), ...child.obs, step, error, timedOut: deadline.timedOut };
    const path = env['PATH'] ?? '';
    const foundElsewhere =
      obs.spawnError?.code === 'ENOENT' ? findOutsidePath(spec.command, opts.env['HOME'], path) : null;
    const findings =
      obs.noiseLines.length && obs.sawJsonRpc
        ? checkHandshake(spec, {
            tools: null,
            protocolVersion: null,
            startupMs: null,
            noiseLines: obs.noiseLines.map(redact),
            eras: null,
          })
        : [];
    return finish(
      diagnose(spec, obs, { timeoutMs: opts.timeoutMs, path, cwd, foundElsewhere, headers: null, redact }),
      findings,
    );
  } finally {
    await child.kill();
  }
}

async function probeHttp(
  spec: HttpSpec,
  opts: ProbeOptions,
  deadline: Deadline,
  result: ProbeResult,
  redaction: Redaction,
  finish: Finish,
): Promise<ProbeResult> {
  const secrets = [...opts.secrets, ...secretValuesOf(spec, opts.env)];
  let redact = redaction.redact;
  const t0 = performance.now();
  let helper: Record<string, string> | null = null;
  if (spec.headersHelper !== null) {
    // Claude Code runs its headersHelper with its own environment, in its own folder; Codex with a few variables in CODEX_HOME
    const r = await runHeadersHelper(
      spec.headersHelper,
      spec.client ? inherited(opts.env, {}) : codexHelperEnv(opts.env, opts.codexHome),
      spec.client ? opts.cwd : opts.codexHome,
      Math.min(CODEX_HELPER_TIMEOUT_MS, deadline.remaining()),
    );
    if (!r.ok) {
      return finish({
        kind: 'headers-helper',
        step: 'headers',
        message: redact(r.message),
        hint: 'run the helper by hand to see why: Codex runs it with "sh -c" in $CODEX_HOME and only HOME, PATH and a few more variables; it must print a JSON object of headers within 10 s',
        details: { stderr: r.stderr.map(redact) },
      });
    }
    helper = r.headers;
  }
  const built = codexHttpHeaders(spec, opts.env, helper);
  redact = redactor([
    ...secrets,
    ...Object.entries(built.headers)
      .filter(([k]) => built.sources[k.toLowerCase()] !== 'http_headers')
      .map(([, v]) => v),
  ]);
  redaction.redact = redact;
  let step: Step = 'initialize';
  const records: HttpRecord[] = [];
  // a body or event past the cap: stop at once (pending requests fail with the closed transport)
  let tooLarge: TooLarge | null = null;
  const onTooLarge = (t: TooLarge) => {
    tooLarge ??= t;
    void tap.close().catch(() => undefined);
  };
  let transport: Transport = streamableTransport(spec.url, built.headers, records, onTooLarge) as unknown as Transport;
  let tap = new HandshakeTap(transport);
  let client: ProbeClient = newClient(opts, 'legacy');
  deadline.whenExpired(() => tap.close());
  const fail = (error: unknown, recs: HttpRecord[]): ProbeResult => {
    const obs: Observed = { ...emptyObserved(step), step, error, timedOut: deadline.timedOut, tooLarge, http: recs };
    const login = deadline.timedOut ? null : needsLogin(spec, recs, built);
    if (login) return finish(null, [login]);
    return finish(diagnose(spec, obs, diagnoseContext(opts, built, redact)));
  };
  try {
    let findings: Finding[];
    try {
      try {
        ({ findings } = await handshake(client, tap, deadline, result, t0, (s) => (step = s), opts.ping !== false));
      } catch (error) {
        if (deadline.timedOut || tooLarge || !refusedAsModernOnly(error)) throw error;
        // it refused initialize as a server of the 2026-07-28 era alone does: asked again, in that era
        result.timings.modern_retry_ms = Math.round(performance.now() - t0);
        await within(
          tap.close().catch(() => undefined),
          1000,
        );
        records.length = 0;
        transport = streamableTransport(spec.url, built.headers, records, onTooLarge) as unknown as Transport;
        tap = new HandshakeTap(transport);
        client = newClient(opts, 'modern');
        deadline.whenExpired(() => tap.close());
        ({ findings } = await handshake(client, tap, deadline, result, t0, (s) => (step = s), opts.ping !== false));
        result.eras = ['modern'];
      }
    } catch (error) {
      const post = records.find((r) => r.method === 'POST');
      if (deadline.timedOut || tooLarge || step !== 'initialize' || !post || ![400, 404, 405].includes(post.status))
        return fail(error, records);
      // the server may speak only the legacy HTTP+SSE transport: try it, to say so (measured with Codex 0.169.0:
      // a legacy HTTP+SSE server, @modelcontextprotocol/server-everything in "sse" mode, fails under it: "Cannot POST /sse")
      const sseRecords: HttpRecord[] = [];
      transport = sseTransport(spec.url, built.headers, sseRecords, onTooLarge);
      tap = new HandshakeTap(transport);
      client = legacyClient(opts);
      deadline.whenExpired(() => tap.close());
      try {
        step = 'connect';
        const tc = performance.now();
        await deadline.race(tap.start());
        result.timings.connect_ms = Math.round(performance.now() - tc);
        step = 'initialize';
        ({ findings } = await handshake(client, tap, deadline, result, t0, (s) => (step = s), opts.ping !== false));
      } catch {
        return fail(error, records);
      }
      result.transport = 'sse';
      await within(client.close(), 3000);
      return finish(
        {
          kind: 'legacy-sse',
          step: 'connect',
          message: `the server speaks only the legacy HTTP+SSE transport; Codex ${CODEX_VERSION} connects with streamable HTTP and fails on it (measured)`,
          hint: "use the server's streamable HTTP endpoint (often /mcp instead of /sse), upgrade the server, or run it through a stdio bridge",
          details: { url: redact(spec.url) },
        },
        findings,
      );
    }
    findings.push(
      ...checkHandshake(spec, {
        tools: result.tools,
        protocolVersion: result.protocolVersion,
        startupMs: result.timings.startup_ms,
        noiseLines: [],
        eras: result.eras,
      }),
    );
    if ((transport as unknown) instanceof StreamableHTTPClientTransport)
      await within(
        (transport as unknown as StreamableHTTPClientTransport).terminateSession().catch(() => undefined),
        2000,
      );
    await within(client.close(), 3000);
    return finish(null, findings);
  } finally {
    await within(
      tap.close().catch(() => undefined),
      2000,
    );
  }
}

/**
 * A server that answers 401 with OAuth protected-resource metadata (MCP's authorization) while no credential
 * was sent works once someone signs in: not a failure of the server, a warning with the login command.
 */
function needsLogin(spec: HttpSpec, records: HttpRecord[], built: BuiltHeaders): Finding | null {
  const r = records.find((x) => x.status === 401);
  if (!r || r.wwwAuthenticate === null || !/resource_metadata\s*=/i.test(r.wwwAuthenticate)) return null;
  // any header configured for it may be its credential (X-Auth-Token, …): then the 401 refuses that, a failure
  if (Object.keys(built.headers).length || built.unset.length) return null;
  return {
    code: 'needs-login',
    severity: 'warn',
    message: `the server needs a login: it answered HTTP 401 with OAuth metadata (${r.method} ${safePath(r.url)}), and no credential is configured`,
    hint: `sign in with "codex mcp login ${spec.name}" (Codex keeps the token; mcpctl test cannot use it), or give the server a token: headers: { Authorization: "Bearer \${env:TOKEN}" } in mcp.yaml`,
  };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function diagnoseContext(opts: ProbeOptions, headers: BuiltHeaders, redact: (s: string) => string) {
  return {
    timeoutMs: opts.timeoutMs,
    path: opts.env['PATH'] ?? '',
    cwd: opts.cwd,
    foundElsewhere: null,
    headers,
    redact,
  };
}

/** What the probe needs of a client: SDK 2's (both eras) or SDK 1's (the legacy SSE transport). */
interface ProbeClient {
  connect(transport: never, options?: { signal?: AbortSignal; timeout?: number }): Promise<void>;
  getServerVersion(): { name: string; version: string } | undefined;
  getServerCapabilities(): object | undefined;
  listTools(
    params?: { cursor: string },
    options?: { signal?: AbortSignal; timeout?: number },
  ): Promise<{ tools: Array<{ name: string }>; nextCursor?: string | undefined }>;
  ping(options?: { signal?: AbortSignal; timeout?: number }): Promise<unknown>;
  close(): Promise<void>;
  getProtocolEra?(): Era | undefined;
  getNegotiatedProtocolVersion?(): string | undefined;
}

/** discover or initialize → tools/list (all pages) → ping (legacy era); fills the result; returns the findings of optional steps. */
async function handshake(
  client: ProbeClient,
  tap: HandshakeTap,
  deadline: Deadline,
  result: ProbeResult,
  t0: number,
  at: (s: Step) => void,
  ping: boolean,
): Promise<{ findings: Finding[] }> {
  const findings: Finding[] = [];
  const req = () => ({
    signal: deadline.controller.signal,
    timeout: deadline.remaining(),
    maxTotalTimeout: deadline.remaining(),
  });
  at('initialize');
  const ti = performance.now();
  await deadline.race(client.connect(tap as never, req()));
  const timings: Timings = result.timings;
  timings.initialize_ms = Math.round(performance.now() - ti);
  timings.startup_ms = Math.round(performance.now() - t0);
  result.era = client.getProtocolEra?.() ?? 'legacy';
  result.protocolVersion =
    result.era === 'modern' ? (client.getNegotiatedProtocolVersion?.() ?? null) : tap.serverProtocol;
  const info = client.getServerVersion();
  result.serverInfo = info ? { name: info.name, version: info.version } : null;
  result.capabilities = Object.keys(client.getServerCapabilities() ?? {}).sort();
  at('tools/list');
  const tl = performance.now();
  const names: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_TOOL_PAGES; page++) {
    const r = await deadline.race(client.listTools(cursor === undefined ? undefined : { cursor }, req()));
    names.push(...r.tools.map((t) => t.name));
    cursor = r.nextCursor;
    if (cursor === undefined) break;
  }
  timings.tools_list_ms = Math.round(performance.now() - tl);
  result.tools = names;
  // the 2026-07-28 era has no ping (a stateless core): its discover and tools/list already answered
  if (ping && result.era === 'legacy') {
    at('ping');
    const tp = performance.now();
    try {
      await deadline.race(
        client.ping({ signal: deadline.controller.signal, timeout: Math.min(PING_MS, deadline.remaining()) }),
      );
      timings.ping_ms = Math.round(performance.now() - tp);
    } catch (e) {
      if (deadline.timedOut) throw e;
      findings.push({
        code: 'ping-failed',
        severity: 'warn',
        message: `ping failed: ${errorText(e)}`,
        hint: 'MCP servers must answer ping; Codex does not need it to start the server',
      });
    }
  }
  return { findings };
}

/**
 * SDK 2's client: in the initialize era (what Codex opens every server with), or pinned to 2026-07-28 for a
 * server that refused initialize the way a server of that era alone does.
 */
function newClient(opts: ProbeOptions, era: Era): ProbeClient {
  const client = new Client(
    { name: 'mcpctl-test', version: opts.clientVersion },
    era === 'modern' ? { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } } : { capabilities: {} },
  );
  client.onerror = () => undefined;
  return client as unknown as ProbeClient;
}

/** The answer of a server of the 2026-07-28 era alone to initialize: "unsupported protocol version" (-32022). */
function refusedAsModernOnly(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur instanceof Error && depth < 4; depth++) {
    if ((cur as { code?: unknown }).code === -32022 || /"code"\s*:\s*-32022/.test(cur.message)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** SDK 1's client, for the legacy HTTP+SSE transport (SDK 2 has none). */
function legacyClient(opts: ProbeOptions): ProbeClient {
  const client = new LegacyClient({ name: 'mcpctl-test', version: opts.clientVersion }, { capabilities: {} });
  client.onerror = () => undefined;
  return client as unknown as ProbeClient;
}

/** The environment as a client that passes its own on would give it: every set variable, the entry's over them. */
function inherited(parent: NodeJS.ProcessEnv, own: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parent)) if (v !== undefined) out[k] = v;
  return { ...out, ...own };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.catch(() => undefined),
    new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms))),
  ]).finally(() => clearTimeout(timer));
}
