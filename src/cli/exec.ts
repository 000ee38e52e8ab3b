// `mcpctl exec` (the launcher config.toml starts) and `mcpctl headers` (Codex's http_headers_helper).
// Both resolve references at spawn time, so no secret value is ever written to a file. Neither loads the CLI
// framework. The launcher never writes to stdout: the server speaks JSON-RPC there.
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { STORE_ENV } from '../core/compile/codex.js';
import { McpctlError } from '../core/errors.js';
import { resolveTemplate, secretNames } from '../core/resolve.js';
import { fdOutput } from '../io/fd-output.js';
import { isStoreFlag, pinnedStoreEnv } from '../io/secrets/pin.js';
import type { StoreFlag } from '../io/secrets/pin.js';

const EXEC_HELP = `Usage: mcpctl exec [--server NAME] [--env NAME=TEMPLATE]... [--templates] [--keep VAR]... [--unset VAR]...
                   [--config-dir DIR] [--secrets-file FILE] [--identity FILE] [--backend keychain|file] [--bus ADDRESS]
                   -- COMMAND [ARG...]

Runs COMMAND with references resolved at spawn time: each --env sets NAME to TEMPLATE with \${secret:x} and
\${env:X} (and fallbacks) filled in from the secret store and the environment; with --templates the command and
its arguments are templates too. No shell runs in between; stdin, stdout and stderr are passed through, signals
are forwarded and the exit code is passed back. config.toml uses this for servers whose values Codex cannot
forward by name. --unset removes a variable before COMMAND starts (one Codex forwarded only for a template).
--config-dir, --secrets-file, --identity, --backend and --bus say where the secret store is (as XDG_CONFIG_HOME,
MCPCTL_SECRETS_FILE, MCPCTL_AGE_IDENTITY, MCPCTL_SECRET_BACKEND and DBUS_SESSION_BUS_ADDRESS would; a --bus is used
only when DBUS_SESSION_BUS_ADDRESS is unset): apply writes them when the store is not in its default place.
You can also run Codex itself this way, to hand it values from the store:

  mcpctl exec --env LINEAR_API_KEY='\${secret:linear/token}' -- codex
`;

interface ExecArgs {
  server: string | undefined;
  env: Array<[string, string]>;
  keep: Set<string>;
  unset: Set<string>;
  store: Map<StoreFlag, string>;
  templates: boolean;
  argv: string[];
}

function parse(args: string[], mode: 'exec' | 'headers'): ExecArgs {
  const out: ExecArgs = {
    server: undefined,
    env: [],
    keep: new Set(),
    unset: new Set(),
    store: new Map(),
    templates: false,
    argv: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new McpctlError('E_USAGE', `${a} needs a value`);
      return v;
    };
    if (a === '--') {
      out.argv = args.slice(i + 1);
      break;
    }
    if (a === '--server') out.server = value();
    else if (a === '--env' || a === '--header') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new McpctlError('E_USAGE', `${a} takes NAME=TEMPLATE, got "${pair.slice(0, 40)}"`);
      out.env.push([pair.slice(0, eq), pair.slice(eq + 1)]);
    } else if (a === '--keep') out.keep.add(value());
    else if (a === '--unset') out.unset.add(value());
    else if (isStoreFlag(a)) out.store.set(a, value());
    else if (a === '--templates') out.templates = true;
    else
      throw new McpctlError('E_USAGE', `unknown option "${a}" for mcpctl ${mode}`, {
        hint: mode === 'exec' ? 'put the command after "--"' : 'see mcpctl exec --help',
      });
  }
  if (mode === 'exec' && out.argv.length === 0)
    throw new McpctlError('E_USAGE', 'no command to run', {
      hint: 'put the command after "--": mcpctl exec -- COMMAND [ARG...]',
    });
  return out;
}

interface Resolved {
  values: string[];
  /** The secret values read, to keep them out of every message. */
  secrets: string[];
}

/** Resolves every template; the store (where `pins` say, else where the environment says) is opened only when a template names a secret. */
async function resolveAll(templates: string[], parsed: ExecArgs, by: string): Promise<Resolved> {
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
  const lookups = { env: (n: string) => process.env[n], secret: (n: string) => secrets.get(n) };
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
  return { values, secrets: [...secrets.values()] };
}

export async function runExec(args: string[]): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    fdOutput(1).write(EXEC_HELP);
    return 0;
  }
  let parsed: ExecArgs;
  let resolvedEnv: string[];
  let argv: string[];
  let secrets: string[];
  const env: NodeJS.ProcessEnv = { ...process.env };
  try {
    parsed = parse(args, 'exec');
    const by = `exec${parsed.server ? ` ${parsed.server}` : ''}`;
    const envValues = parsed.env.map(([, t]) => t);
    const all = await resolveAll([...envValues, ...(parsed.templates ? parsed.argv : [])], parsed, by);
    resolvedEnv = all.values.slice(0, envValues.length);
    argv = parsed.templates ? all.values.slice(envValues.length) : parsed.argv;
    secrets = all.secrets;
  } catch (e) {
    return fail('exec', e);
  }
  for (const k of STORE_ENV) if (!parsed.keep.has(k)) delete env[k];
  for (const k of parsed.unset) delete env[k];
  parsed.env.forEach(([name], i) => (env[name] = resolvedEnv[i]));
  const [command, ...rest] = argv;
  if (command === undefined) return fail('exec', new McpctlError('E_USAGE', 'no command to run'));
  return new Promise((resolve) => {
    const child = spawn(command, rest, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];
    const handlers = signals.map((s) => [s, forward(s)] as const);
    for (const [s, h] of handlers) process.on(s, h);
    child.on('error', async (e) => {
      for (const [s, h] of handlers) process.off(s, h);
      const code = 'code' in e && e.code === 'ENOENT' ? 127 : 126;
      // the command and its arguments may hold resolved secrets: the same redaction as mcpctl test's output
      // (loaded only on this path: the launcher starts for every server start)
      const { redactor } = await import('../probe/redact.js');
      const redact = redactor(secrets);
      process.stderr.write(
        code === 127
          ? `mcpctl exec${parsed.server ? ` (server "${parsed.server}")` : ''}: command not found: ${redact(command)}\n  searched PATH=${redact(env['PATH'] ?? '')}\n  hint: use an absolute path, or make sure the program is on the PATH Codex starts servers with\n`
          : `mcpctl exec: cannot run ${redact(command)}: ${redact(e.message)}\n`,
      );
      resolve(code);
    });
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      if (signal) {
        // die the same way, so the parent sees what the server saw
        process.kill(process.pid, signal);
        resolve(128 + 1);
      } else resolve(code ?? 1);
    });
  });
}

export async function runHeaders(args: string[]): Promise<number> {
  try {
    const parsed = parse(args, 'headers');
    const { values } = await resolveAll(
      parsed.env.map(([, t]) => t),
      parsed,
      `headers${parsed.server ? ` ${parsed.server}` : ''}`,
    );
    const out: Record<string, string> = {};
    parsed.env.forEach(([name], i) => (out[name] = values[i] ?? ''));
    // one synchronous write of the whole object: Codex reads it from a pipe as soon as this process exits
    fdOutput(1).write(`${JSON.stringify(out)}\n`);
    return 0;
  } catch (e) {
    return fail('headers', e);
  }
}

function fail(mode: string, e: unknown): number {
  if (e instanceof McpctlError) {
    process.stderr.write(`mcpctl ${mode}: error ${e.code}: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`);
    return e.exitCode;
  }
  process.stderr.write(`mcpctl ${mode}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}
