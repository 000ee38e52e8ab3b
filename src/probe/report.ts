// The last step of every probe: one pass over the whole result with the same function, so no field (a hint
// that quotes the command line, a tool name, the server's own name and version, an error message, the
// launch line) is printed unredacted or with a server's terminal escape sequences. Also the failures found
// before anything runs: a variable that is not set, a message larger than mcpctl reads.
import { neutralizeControls } from '../core/render/terminal-safe.js';
import type { UnsetVariable } from './needs.js';
import type { Failure, Launch, ProbeResult } from '../core/probe-types.js';

/** Every string of the result through `redact`, then made safe to print. The server's config name stays as is. */
export function cleanResult(r: ProbeResult, redact: (text: string) => string): ProbeResult {
  const f = (s: string) => neutralizeControls(redact(s));
  const opt = (s: string | null) => (s === null ? null : f(s));
  return {
    name: r.name,
    clients: r.clients === null ? null : [...r.clients],
    transport: r.transport,
    launch: r.launch === null ? null : cleanLaunch(r.launch, f),
    status: r.status,
    skipped: opt(r.skipped),
    timings: r.timings,
    era: r.era,
    eras: r.eras === null ? null : [...r.eras],
    protocolVersion: opt(r.protocolVersion),
    serverInfo: r.serverInfo === null ? null : { name: f(r.serverInfo.name), version: f(r.serverInfo.version) },
    capabilities: r.capabilities.map(f),
    tools: r.tools === null ? null : r.tools.map(f),
    failure: r.failure === null ? null : cleanFailure(r.failure, f),
    findings: r.findings.map((x) => ({ code: x.code, severity: x.severity, message: f(x.message), hint: f(x.hint) })),
  };
}

function cleanLaunch(l: Launch, f: (s: string) => string): Launch {
  return 'url' in l
    ? { url: f(l.url) }
    : { command: f(l.command), args: l.args.map(f), cwd: l.cwd === null ? null : f(l.cwd) };
}

function cleanFailure(x: Failure, f: (s: string) => string): Failure {
  const details: Failure['details'] = {};
  for (const [k, v] of Object.entries(x.details))
    details[k] = typeof v === 'string' ? f(v) : Array.isArray(v) ? v.map(f) : v;
  return { kind: x.kind, step: x.step, message: f(x.message), hint: f(x.hint), details };
}

/** Variables the server needs that are not set: found before it is started or sent anything. */
export function envUnsetFailure(unset: UnsetVariable[], client = 'Codex'): Failure {
  const names = unset.map((u) => u.name);
  const [first] = unset;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const passHint = unset.some((u) => u.setButNotPassed)
    ? `${unset
        .filter((u) => u.setButNotPassed)
        .map((u) => u.name)
        .join(
          ', ',
        )} ${unset.filter((u) => u.setButNotPassed).length === 1 ? 'is' : 'are'} set here but does not reach the process that reads it: forward it by name (\${env:NAME} under the same name in env, compiled to env_vars) or use \${secret:NAME}; `
    : '';
  return {
    kind: 'env-unset',
    step: 'config',
    message:
      unset.length === 1
        ? `${list} is not set: ${first?.neededBy ?? ''}`
        : `${list} are not set: each one is needed to start or reach this server (below, with what reads it)`,
    hint: `${passHint}set ${names.length === 1 ? 'it' : 'them'} in the environment ${client} starts with (e.g. export ${first?.name ?? 'NAME'}=… in the shell that runs ${client === 'Codex' ? 'codex' : 'it'}, or your login environment for an IDE or desktop app); nothing was started or sent`,
    // one need is said in the message; more are listed in the evidence
    details:
      unset.length > 1
        ? { unset_env_vars: names, needed_by: unset.map((u) => `${u.name}: ${u.neededBy}`) }
        : { unset_env_vars: names },
  };
}

/** A message larger than mcpctl reads (src/probe/child.ts, http.ts). */
export function tooLargeFailure(step: Failure['step'], t: { what: string; limitBytes: number }): Failure {
  const mib = t.limitBytes / 1024 / 1024;
  return {
    kind: 'too-large',
    step,
    message: `the server sent more than ${mib} MiB in ${t.what}; mcpctl stopped reading at that cap`,
    hint: 'a server answers initialize and tools/list with small JSON messages: this one sends something endless or far too large (a wrong endpoint, a proxy page, a log stream); check the URL or command',
    details: { limit_bytes: t.limitBytes },
  };
}
