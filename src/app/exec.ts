// `mcpctl exec` (the launcher config.toml starts) and `mcpctl headers` (Codex's http_headers_helper): the
// references resolved at spawn time, so no secret value is ever written to a file, and the command started
// with them. Neither loads the CLI framework. The launcher never writes to stdout: the server speaks JSON-RPC
// there. The argv parsing and the messages are the CLI's (src/cli/exec.ts).
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { STORE_ENV } from '../core/compile/codex.js';
import { McpctlError } from '../core/errors.js';
import { resolveTemplate, secretNames } from '../core/resolve.js';
import { pinnedStoreEnv } from '../io/secrets/pin.js';
import type { StoreFlag } from '../io/secrets/pin.js';

import { decodeTemplate } from '../core/launcher-encoding.js';
export { isStoreFlag } from '../io/secrets/pin.js';
export type { StoreFlag } from '../io/secrets/pin.js';

export interface ExecArgs {
  server: string | undefined;
  env: Array<[string, string]>;
  keep: Set<string>;
  unset: Set<string>;
  store: Map<StoreFlag, string>;
  templates: boolean;
  /** --encoded: the templates are written with "$" as %24 (a client would expand them otherwise). */
  encoded: boolean;
  argv: string[];
}

/** The templates as mcp.yaml wrote them: --encoded ones decoded (the only place that reads the encoding). */
export function plainTemplates(parsed: ExecArgs): ExecArgs {
  if (!parsed.encoded) return parsed;
  return {
    ...parsed,
    encoded: false,
    env: parsed.env.map(([k, v]): [string, string] => [k, decodeTemplate(v)]),
    argv: parsed.templates ? parsed.argv.map(decodeTemplate) : parsed.argv,
  };
}

export interface Resolved {
  values: string[];
  /** The secret values read, to keep them out of every message. */
  secrets: string[];
  /** The values of the environment variables the templates read. */
  envValues: string[];
}

/** Resolves every template; the store (where `pins` say, else where the environment says) is opened only when a template names a secret. */
export async function resolveAll(
  templates: string[],
  parsed: Pick<ExecArgs, 'server' | 'store'>,
  by: string,
): Promise<Resolved> {
  const { server } = parsed;
  const names = [...new Set(templates.flatMap(secretNames))];
  const secrets = new Map<string, string>();
  let where = '';
  if (names.length) {
    const env = pinnedStoreEnv(parsed.store, process.env);
    const bus = env['DBUS_SESSION_BUS_ADDRESS'];
    if (bus && !process.env['DBUS_SESSION_BUS_ADDRESS']) {
      // a pinned bus of an ended session: the library's own default (/run/user/UID/bus) is then the better bet
      const { sessionBusProblem } = await import('../io/secrets/dbus-probe.js');
      if ((await sessionBusProblem({ DBUS_SESSION_BUS_ADDRESS: bus })) === null)
        process.env['DBUS_SESSION_BUS_ADDRESS'] = bus; // the keychain library reads this process's own environment
      else delete env['DBUS_SESSION_BUS_ADDRESS'];
    }
    const { openSecretStore, auditRead } = await import('../io/secrets/store.js');
    const store = await openSecretStore(env, homedir());
    where = `${store.location} (${store.reason})`;
    for (const name of names) {
      const v = await store.get(name);
      if (v !== null) secrets.set(name, v);
    }
    for (const name of secrets.keys()) await auditRead(name, by, env, homedir());
  }
  const envValues: string[] = [];
  const lookups = {
    env: (n: string) => {
      const v = process.env[n];
      if (v) envValues.push(v);
      return v;
    },
    secret: (n: string) => secrets.get(n),
  };
  const values = templates.map((t) => {
    const r = resolveTemplate(t, lookups);
    if (r.ok) return r.value;
    if (r.problems.length)
      throw new McpctlError('E_REF', `${r.problems.join('; ')}`, {
        hint: 'fix the reference in mcp.yaml and apply again',
      });
    const missingSecrets = r.missing
      .map((m) => /^\$\{secret:([^}|\s]+)\}$/.exec(m)?.[1])
      .filter((n) => n !== undefined);
    throw new McpctlError(
      'E_SECRET_MISSING',
      `${server ? `server "${server}": ` : ''}no value for ${r.missing.join(', ')}${missingSecrets.length ? ` in ${where}` : ''}`,
      {
        hint: missingSecrets.length
          ? `${missingSecrets.map((n) => `set it with: mcpctl secret set ${n}`).join('; ')}; if "mcpctl secret list" shows it, this process opened another store than the one apply checked: run "mcpctl apply" again, so the line says where the store is`
          : 'set the environment variable, or add a fallback: ${env:X | value:default}',
      },
    );
  });
  return { values, secrets: [...secrets.values()], envValues };
}

/** `mcpctl headers`: each header's template resolved, in the order given. */
export async function resolveHeaders(parsed: ExecArgs): Promise<Record<string, string>> {
  const { values } = await resolveAll(
    parsed.env.map(([, t]) => t),
    parsed,
    `headers${parsed.server ? ` ${parsed.server}` : ''}`,
  );
  const out: Record<string, string> = {};
  parsed.env.forEach(([name], i) => (out[name] = values[i] ?? ''));
  return out;
}

/** The command `mcpctl exec` starts, with its environment; the secret values read, to redact them. */
export interface Launch {
  server: string | undefined;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  secrets: string[];
}

/** Resolves the templates and builds the command's environment: the store's variables only where --keep says. */
export async function prepareLaunch(parsed: ExecArgs): Promise<Launch> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  const by = `exec${parsed.server ? ` ${parsed.server}` : ''}`;
  const envValues = parsed.env.map(([, t]) => t);
  const all = await resolveAll([...envValues, ...(parsed.templates ? parsed.argv : [])], parsed, by);
  const resolvedEnv = all.values.slice(0, envValues.length);
  const argv = parsed.templates ? all.values.slice(envValues.length) : parsed.argv;
  for (const k of STORE_ENV) if (!parsed.keep.has(k)) delete env[k];
  for (const k of parsed.unset) delete env[k];
  parsed.env.forEach(([name], i) => (env[name] = resolvedEnv[i]));
  const [command, ...args] = argv;
  if (command === undefined) throw new McpctlError('E_USAGE', 'no command to run');
  return { server: parsed.server, command, args, env, secrets: all.secrets };
}

/** How the command ended: its exit code, or why it could not start (every text in it redacted). */
export type LaunchOutcome =
  | { kind: 'exited'; code: number }
  | { kind: 'not-found'; code: 127; command: string; path: string }
  | { kind: 'cannot-run'; code: 126; command: string; message: string };

/**
 * Runs the command with stdin, stdout and stderr passed through and signals forwarded. When it dies of a
 * signal this process dies the same way, so the parent sees what the server saw.
 */
export function launch(l: Launch): Promise<LaunchOutcome> {
  return new Promise((resolve) => {
    const child = spawn(l.command, l.args, { stdio: 'inherit', env: l.env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
    const handlers = signals.map((s) => [s, forward(s)] as const);
    for (const [s, h] of handlers) process.on(s, h);
    child.on('error', async (e) => {
      for (const [s, h] of handlers) process.off(s, h);
      // the command and its arguments may hold resolved secrets: the same redaction as mcpctl test's output
      // (loaded only on this path: the launcher starts for every server start)
      const { redactor } = await import('../probe/redact.js');
      const redact = redactor(l.secrets);
      resolve(
        'code' in e && e.code === 'ENOENT'
          ? { kind: 'not-found', code: 127, command: redact(l.command), path: redact(l.env['PATH'] ?? '') }
          : { kind: 'cannot-run', code: 126, command: redact(l.command), message: redact(e.message) },
      );
    });
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      if (signal) {
        // die the same way, so the parent sees what the server saw
        process.kill(process.pid, signal);
        resolve({ kind: 'exited', code: 128 + 1 });
      } else resolve({ kind: 'exited', code: code ?? 1 });
    });
  });
}
