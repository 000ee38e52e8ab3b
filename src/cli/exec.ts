// `mcpctl exec` (the launcher config.toml starts) and `mcpctl headers` (Codex's http_headers_helper).
// Both resolve references at spawn time, so no secret value is ever written to a file. Neither loads the CLI
// framework. The launcher never writes to stdout: the server speaks JSON-RPC there.
import { isStoreFlag, launch, prepareLaunch, resolveHeaders, plainTemplates } from '../app/exec.js';
import type { ExecArgs, Launch, LaunchOutcome } from '../app/exec.js';
import { McpctlError } from '../core/errors.js';
import { fdOutput } from '../io/fd-output.js';

const EXEC_HELP = `Usage: mcpctl exec [--server NAME] [--env NAME=TEMPLATE]... [--templates] [--encoded] [--keep VAR]... [--unset VAR]...
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
--encoded: every TEMPLATE (and with --templates the command and its arguments) is written with "$" as %24 and "%"
as %25, so a client that expands \${...} in its own file (VS Code, Cursor) leaves it alone.
You can also run Codex itself this way, to hand it values from the store:

  mcpctl exec --env LINEAR_API_KEY='\${secret:linear/token}' -- codex
`;

function parse(args: string[], mode: 'exec' | 'headers'): ExecArgs {
  const out: ExecArgs = {
    server: undefined,
    env: [],
    keep: new Set(),
    unset: new Set(),
    store: new Map(),
    templates: false,
    encoded: false,
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
    else if (a === '--encoded') out.encoded = true;
    else
      throw new McpctlError('E_USAGE', `unknown option "${a}" for mcpctl ${mode}`, {
        hint: mode === 'exec' ? 'put the command after "--"' : 'see mcpctl exec --help',
      });
  }
  if (mode === 'exec' && out.argv.length === 0)
    throw new McpctlError('E_USAGE', 'no command to run', {
      hint: 'put the command after "--": mcpctl exec -- COMMAND [ARG...]',
    });
  return plainTemplates(out);
}

export async function runExec(args: string[]): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    fdOutput(1).write(EXEC_HELP);
    return 0;
  }
  let parsed: ExecArgs;
  let prepared: Launch;
  try {
    parsed = parse(args, 'exec');
    prepared = await prepareLaunch(parsed);
  } catch (e) {
    return fail('exec', e);
  }
  const outcome = await launch(prepared);
  if (outcome.kind !== 'exited') process.stderr.write(cannotStart(outcome, parsed.server));
  return outcome.code;
}

function cannotStart(o: Exclude<LaunchOutcome, { kind: 'exited' }>, server: string | undefined): string {
  return o.kind === 'not-found'
    ? `mcpctl exec${server ? ` (server "${server}")` : ''}: command not found: ${o.command}\n  searched PATH=${o.path}\n  hint: use an absolute path, or make sure the program is on the PATH Codex starts servers with\n`
    : `mcpctl exec: cannot run ${o.command}: ${o.message}\n`;
}

export async function runHeaders(args: string[]): Promise<number> {
  try {
    const out = await resolveHeaders(parse(args, 'headers'));
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
