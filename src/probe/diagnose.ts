// What went wrong, from what a probe observed: one cause, one next step, the evidence. Pure; every string
// that may hold server output is passed through `redact` first.
import { shellQuote } from '../core/compile/codex.js';
import { CODEX_VERSION } from '../core/codex-facts.js';
import { seconds } from './checks.js';
import type { BuiltHeaders } from './codex-env.js';
import { tooLargeFailure } from './report.js';
import type { Failure, HttpSpec, Observed, ProbeSpec, StdioSpec } from '../core/probe-types.js';

export interface DiagnoseContext {
  timeoutMs: number;
  /** The PATH the server was started with (Codex's). */
  path: string;
  /** The working directory it was started in. */
  cwd: string;
  /** Where the missing command was found outside that PATH, if anywhere. */
  foundElsewhere: string | null;
  headers: BuiltHeaders | null;
  redact: (text: string) => string;
}

const NODE_TOOLS = new Set(['node', 'npx', 'npm', 'pnpm', 'yarn', 'bun', 'bunx', 'deno', 'tsx']);
const PY_TOOLS = new Set(['uv', 'uvx', 'python', 'python3', 'pipx']);

export function diagnose(spec: ProbeSpec, obs: Observed, ctx: DiagnoseContext): Failure {
  if (obs.tooLarge) return tooLargeFailure(obs.step, obs.tooLarge);
  return spec.transport === 'stdio' ? diagnoseStdio(spec, obs, ctx) : diagnoseHttp(spec, obs, ctx);
}

function diagnoseStdio(spec: StdioSpec, obs: Observed, ctx: DiagnoseContext): Failure {
  const stderr = obs.stderrTail.map(ctx.redact);
  const tail = stderr.slice(-10);
  if (obs.spawnError) {
    if (obs.spawnError.code === 'ENOENT')
      return commandNotFound(spec.command, ctx.path, ctx.foundElsewhere, 'spawn', spec.client?.title);
    return {
      kind: 'spawn-error',
      step: 'spawn',
      message: `cannot start ${spec.command}: ${ctx.redact(obs.spawnError.message)}`,
      hint:
        obs.spawnError.code === 'EACCES'
          ? `make it executable (chmod +x ${shellQuote(spec.command)}) or run it through its interpreter`
          : 'check the command and its permissions',
      details: { command: spec.command, code: obs.spawnError.code },
    };
  }
  // mcpctl's launcher reports a missing program or secret on stderr and exits 127 / 1
  const launcher = stderr.join('\n');
  const notFound = /command not found: (\S+)/.exec(launcher);
  if (obs.exit && obs.exit.code === 127 && notFound?.[1]) {
    const searched = /searched PATH=(.*)/.exec(launcher)?.[1] ?? ctx.path;
    return commandNotFound(notFound[1], searched, null, obs.step, spec.client?.title);
  }
  if (obs.exit && /E_SECRET_MISSING/.test(launcher)) {
    const line = stderr.find((l) => /E_SECRET_MISSING/.test(l)) ?? '';
    const hint =
      stderr.find((l) => /hint:/.test(l))?.replace(/^\s*hint:\s*/, '') ??
      'set the secret with "mcpctl secret set NAME"';
    return {
      kind: 'secret-missing',
      step: obs.step,
      message: line.replace(/^mcpctl exec: error /, '').trim(),
      hint,
      details: { exit_code: obs.exit.code },
    };
  }
  const noJson = !obs.sawJsonRpc && obs.firstStdout.trim() !== '';
  if (noJson && (obs.exit || obs.timedOut) && (obs.step === 'initialize' || obs.step === 'spawn')) {
    return {
      kind: 'not-mcp',
      step: obs.step,
      message: `not an MCP server: it wrote to stdout, but no JSON-RPC (first bytes: ${JSON.stringify(ctx.redact(obs.firstStdout.slice(0, 120)))})`,
      hint: 'check the command and args: this program may need a flag or subcommand to serve MCP over stdio (e.g. "stdio", "--stdio", "mcp")',
      details: { first_bytes: ctx.redact(obs.firstStdout), exit_code: obs.exit?.code ?? null, stderr: tail },
    };
  }
  // an exit is the cause even when the time ran out: a process it left behind kept the output open
  if (obs.timedOut && !obs.exit) return timeout(obs, ctx, tail, spec);
  if (obs.exit) {
    const how = obs.exit.signal ? `was killed by ${obs.exit.signal}` : `exited with code ${obs.exit.code ?? '?'}`;
    return {
      kind: 'exited-early',
      step: obs.step,
      message: `the server ${how} during ${obs.step}${tail.length ? `: ${tail[tail.length - 1]}` : ' and wrote nothing to stderr'}`,
      hint: `${obs.timedOut ? 'a process it started kept its output open after it exited (Codex waits on it until startup_timeout_sec); ' : ''}${exitHint(spec, stderr, ctx.redact)}`,
      details: { exit_code: obs.exit.code, signal: obs.exit.signal, stderr: tail },
    };
  }
  return protocolError(obs, ctx, tail);
}

function commandNotFound(
  command: string,
  path: string,
  found: string | null,
  step: Failure['step'],
  who = 'Codex',
): Failure {
  const base = command.split('/').pop() ?? command;
  let hint: string;
  if (command.includes('/')) hint = `no file at ${command}: fix the path, or install the program there`;
  else if (found)
    hint = `it is at ${found}, outside that PATH: use the absolute path as command, or start ${who} from a shell whose PATH has ${found.slice(0, found.lastIndexOf('/'))}`;
  else if (NODE_TOOLS.has(base))
    hint = `install Node.js, or use the absolute path of ${base} ("command -v ${base}" in your shell): nvm adds it only to interactive shells, and ${who} started from a desktop app or IDE gets the shorter login PATH`;
  else if (PY_TOOLS.has(base))
    hint = `install it (uv: https://docs.astral.sh/uv/), or use its absolute path ("command -v ${base}"): a desktop app or IDE starts ${who} with the login PATH, not your shell's`;
  else
    hint = `install it, or use its absolute path ("command -v ${base}" in your shell): ${who} started from a desktop app or IDE gets the login PATH, not your shell's`;
  return {
    kind: 'command-not-found',
    step,
    message: `command not found: ${command} (searched the PATH ${who} would use)`,
    hint,
    details: { command, path: path.split(':').filter(Boolean), found_elsewhere: found },
  };
}

function exitHint(spec: StdioSpec, stderr: string[], redact: (text: string) => string): string {
  const text = stderr.join('\n');
  if (/npm (ERR!|error) (code E404|404)|is not in this registry|404 Not Found - GET/i.test(text))
    return 'npm has no such package: check the package name in args';
  if (/ETARGET|notarget|No matching version found/i.test(text))
    return 'npm has no such version of the package: check the version in args ("npm view PACKAGE versions" lists them)';
  if (/ENOTFOUND registry|EAI_AGAIN|network request.*failed/i.test(text))
    return 'the package could not be downloaded: check the network, or install it once and run it without "npx -y"';
  if (/EADDRINUSE/.test(text)) return 'a port it needs is in use: stop the other process, or configure another port';
  if (
    /(unauthori[sz]ed|invalid|expired|bad credentials|401)/i.test(text) &&
    /(token|key|credential|auth)/i.test(text)
  ) {
    return 'it refused its credential: check the token in its env (expired, revoked, wrong scope); with ${secret:NAME}, "mcpctl secret rotate NAME"';
  }
  if (
    /(missing|required|not set|undefined).*(env|token|key|variable)|(env|token|key|variable).*(missing|required|not set)/i.test(
      text,
    )
  ) {
    return spec.client
      ? `it misses a setting it reads from its environment: set the variable where ${spec.client.title} starts (it passes its environment on), or add it to env in mcp.yaml`
      : `it misses a setting it reads from its environment: Codex passes only a few variables (HOME, PATH, …) plus env and env_vars, so add the variable to env in mcp.yaml`;
  }
  // each word redacted, then quoted: what is left can be pasted into a shell as it is
  const how = spec.client
    ? `(${spec.client.title} starts it with its own environment)`
    : '(Codex gives it only HOME, PATH and a few more, plus env and env_vars)';
  return `run it by hand to see why: ${[spec.command, ...spec.args].map((w) => shellQuote(redact(w))).join(' ')} ${how}`;
}

function timeout(obs: Observed, ctx: DiagnoseContext, tail: string[], spec: ProbeSpec): Failure {
  const hint =
    obs.step === 'initialize' || obs.step === 'spawn' || obs.step === 'connect'
      ? spec.transport === 'stdio'
        ? 'it started but never answered initialize: it may wait for input or a login, need a flag to serve over stdio, or still be downloading (run "npx -y" packages once by hand)'
        : 'the server accepted the connection but did not answer: check the URL and that the server is healthy'
      : `it answered initialize but not ${obs.step}: the server is stuck or very slow; try it by hand, or raise --timeout`;
  return {
    kind: 'timeout',
    step: obs.step,
    message: `no answer to ${obs.step} within ${seconds(ctx.timeoutMs)} (--timeout)`,
    hint,
    details: { timeout_ms: ctx.timeoutMs, stderr: tail },
  };
}

function protocolError(obs: Observed, ctx: DiagnoseContext, tail: string[]): Failure {
  return {
    kind: 'protocol-error',
    step: obs.step,
    message: `${obs.step} failed: ${ctx.redact(errorText(obs.error))}`,
    hint:
      obs.step === 'initialize'
        ? 'the server does not answer initialize as MCP specifies: upgrade it, or report it to its authors'
        : `the server answered initialize but failed ${obs.step}: Codex lists tools on every start, so it would fail too`,
    details: { stderr: tail },
  };
}

function diagnoseHttp(spec: HttpSpec, obs: Observed, ctx: DiagnoseContext): Failure {
  const url = safeUrl(spec.url);
  if (obs.timedOut) return timeout(obs, ctx, [], spec);
  const net = networkCode(obs.error);
  if (net) {
    const host = url?.hostname ?? spec.url;
    if (net === 'ENOTFOUND' || net === 'EAI_AGAIN' || net === 'EAI_NONAME') {
      return {
        kind: 'dns',
        step: obs.step,
        message: `cannot resolve ${host} (${net})`,
        hint: 'check the host name in url; on a VPN-only host, connect the VPN first',
        details: { host, code: net },
      };
    }
    if (net === 'ECONNREFUSED') {
      return {
        kind: 'connection-refused',
        step: obs.step,
        message: `nothing listens at ${url?.host ?? spec.url} (connection refused)`,
        hint: 'start the server, or fix the host and port in url',
        details: { host: url?.host ?? null, code: net },
      };
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO|HANDSHAKE/.test(net)) {
      return {
        kind: 'tls',
        step: obs.step,
        message: `TLS failed with ${host}: ${net}`,
        hint: /SELF_SIGNED|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY/.test(net)
          ? 'the certificate is not signed by a CA this machine trusts: use a trusted certificate, or add its CA to the system store (Codex uses the system roots; for Node, NODE_EXTRA_CA_CERTS)'
          : /ALTNAME|HOSTNAME/.test(net)
            ? 'the certificate is for another host name: use the name it was issued for'
            : /EXPIRED|NOT_YET_VALID/.test(net)
              ? "the certificate has expired or is not valid yet: renew it (or check this machine's clock)"
              : 'check that the URL is https on a TLS port, and the certificate',
        details: { host, code: net },
      };
    }
    return {
      kind: 'network',
      step: obs.step,
      message: `cannot reach ${url?.host ?? spec.url}: ${net}`,
      hint: 'check the network, a proxy (HTTPS_PROXY), or a firewall',
      details: { code: net },
    };
  }
  if (obs.http.length === 0 && obs.error instanceof Error && obs.error.message === 'fetch failed') {
    const cause = obs.error.cause instanceof Error ? obs.error.cause.message : 'no response';
    return {
      kind: 'network',
      step: obs.step,
      message: `cannot reach ${url?.host ?? spec.url}: ${cause}`,
      hint: 'check the host and port in url (browsers and Node refuse some ports), a proxy, or a firewall',
      details: { cause },
    };
  }
  const bad = obs.http.find((r) => r.status >= 400);
  if (bad && (bad.status === 401 || bad.status === 403)) return httpAuth(spec, bad, ctx);
  if (bad && bad.status === 404) {
    return {
      kind: 'http-not-found',
      step: obs.step,
      message: `nothing at ${url?.pathname ?? spec.url} (HTTP 404)`,
      hint: "check the URL path: MCP servers usually serve streamable HTTP at /mcp (and legacy SSE at /sse); see the server's docs",
      details: { status: 404, url: ctx.redact(spec.url), body_start: ctx.redact(bad.bodyStart) },
    };
  }
  if (bad) {
    return {
      kind: 'http-status',
      step: obs.step,
      message: `HTTP ${bad.status} from ${bad.method} ${url?.pathname ?? ''}${bad.bodyStart ? `: ${ctx.redact(bad.bodyStart.slice(0, 120))}` : ''}`,
      hint:
        bad.status >= 500
          ? 'the server failed: check its logs, or try again later'
          : 'the server refused the request: check the URL and headers against its docs',
      details: { status: bad.status, body_start: ctx.redact(bad.bodyStart) },
    };
  }
  const odd = obs.http.find((r) => r.contentType !== null && !/json|event-stream/i.test(r.contentType));
  if (odd) {
    return {
      kind: 'not-mcp',
      step: obs.step,
      message: `not an MCP endpoint: it answered ${odd.contentType} (first bytes: ${JSON.stringify(ctx.redact(odd.bodyStart.slice(0, 120)))})`,
      hint: 'check the URL: it may point at a web page or API, not at the MCP endpoint (often /mcp)',
      details: { content_type: odd.contentType, first_bytes: ctx.redact(odd.bodyStart) },
    };
  }
  return protocolError(obs, ctx, []);
}

function httpAuth(spec: HttpSpec, r: Observed['http'][number], ctx: DiagnoseContext): Failure {
  const sent = ctx.headers ? Object.keys(ctx.headers.headers) : [];
  const credential = ['authorization', 'x-api-key', 'api-key', 'cookie'];
  const carried = Object.entries(ctx.headers?.sources ?? {}).filter(
    ([h]) => credential.includes(h) || /token|key|auth/i.test(h),
  );
  const unset = ctx.headers?.unset ?? [];
  const oauthServer = r.wwwAuthenticate !== null && /resource_metadata|Bearer/i.test(r.wwwAuthenticate);
  let hint: string;
  if (unset.length) {
    const [u] = unset;
    hint = `${u?.key} = "${u?.envVar}", but ${u?.envVar} is not set here, so no ${u?.header} header was sent: set ${u?.envVar} in the environment Codex starts with`;
  } else if (carried.length) {
    const [h, source] = carried[0] ?? ['', ''];
    hint =
      r.status === 401
        ? `the ${h} header (from ${source}) was refused: the credential may be expired, revoked or for another account; renew it${source.includes('helper') ? ' (with ${secret:NAME}: "mcpctl secret rotate NAME")' : ''}`
        : `the ${h} header (from ${source}) was accepted but lacks permission here: give the token the scope or role this server needs`;
  } else if (spec.oauth || oauthServer) {
    hint = `this server signs in with OAuth: run "codex mcp login ${spec.name}" (mcpctl test cannot use the tokens Codex keeps), or give it a token: headers: { Authorization: "Bearer \${env:TOKEN}" } in mcp.yaml`;
  } else {
    hint =
      'the server wants a credential and none is configured: add headers: { Authorization: "Bearer ${env:TOKEN}" } to this server in mcp.yaml (compiled to bearer_token_env_var), or the header its docs name';
  }
  return {
    kind: 'http-auth',
    step: 'initialize',
    message: `HTTP ${r.status} ${r.status === 401 ? 'Unauthorized' : 'Forbidden'}: the server ${r.status === 401 ? 'did not accept the credential sent' : 'refused access'}${carried.length ? '' : ' (no credential header was sent)'}`,
    hint,
    details: {
      status: r.status,
      headers_sent: sent,
      credential_sources: carried.map(([h, s]) => `${h}: ${s}`),
      unset_env_vars: unset.map((u) => u.envVar),
      www_authenticate: r.wwwAuthenticate === null ? null : ctx.redact(r.wwwAuthenticate),
      codex: CODEX_VERSION,
    },
  };
}

/** The first `code` string along an error's cause chain (fetch failed → ECONNREFUSED, CERT_HAS_EXPIRED, …). */
export function networkCode(e: unknown): string | null {
  for (let cur: unknown = e, depth = 0; cur && depth < 6; depth++) {
    if (typeof cur !== 'object') break;
    // the MCP SDK's own errors name what it was doing (ERA_NEGOTIATION_FAILED, REQUEST_TIMEOUT): look beneath
    const sdk = 'name' in cur && typeof cur.name === 'string' && /^Sdk/.test(cur.name);
    if (
      !sdk &&
      'code' in cur &&
      typeof cur.code === 'string' &&
      /^[A-Z_0-9]+$/.test(cur.code) &&
      !cur.code.startsWith('ERR_INVALID') &&
      cur.code !== 'ABORT_ERR' &&
      cur.code !== 'UND_ERR_ABORTED'
    )
      return cur.code;
    if ('errors' in cur && Array.isArray(cur.errors) && cur.errors.length) {
      const inner = networkCode(cur.errors[0]);
      if (inner) return inner;
    }
    cur = 'cause' in cur ? cur.cause : null;
  }
  return null;
}

export function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const line = e.message.split('\n')[0] ?? e.message;
  // a JSON-RPC error of the server (SDK 2 gives its message alone): with its code, as SDK 1 wrote it
  const code = 'code' in e && typeof e.code === 'number' ? e.code : null;
  return code !== null && !line.startsWith('MCP error') ? `MCP error ${code}: ${line}` : line;
}

function safeUrl(u: string): URL | null {
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

/**
 * The hint for a launcher or headers helper that reported E_SECRET_MISSING for a secret that mcpctl, here,
 * finds in its store (`held`, at `location`): the secret is set; what fails is that the process Codex starts
 * opens another store. null when the failure is not that.
 */
export function storeUnreachableHint(failure: Failure, held: ReadonlySet<string>, location: string): string | null {
  const said = [
    failure.message,
    ...Object.values(failure.details).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])),
  ].join('\n');
  if (!/E_SECRET_MISSING/.test(said)) return null;
  const names = [...said.matchAll(/\$\{secret:([^}|\s]+)\}/g)].map((m) => m[1] ?? '').filter((n) => held.has(n));
  if (!names.length) return null;
  const who =
    failure.kind === 'headers-helper'
      ? 'http_headers_helper (run with only HOME, TERM, PATH, LANG, SHELL and PWD)'
      : "mcpctl's launcher (run with Codex's few default variables and env_vars)";
  return `"${[...new Set(names)].join('", "')}" is set in ${location}, but ${who} opened another store: no XDG_CONFIG_HOME, MCPCTL_* or DBUS_SESSION_BUS_ADDRESS reaches it from Codex. Run "mcpctl apply" again: the lines it writes now say where the store is (and apply checks the helper the way Codex runs it)`;
}
