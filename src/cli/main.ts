// The command-line interface: yargs with one module per command. Each command declares its options
// here, eagerly (for --help and completion), and imports its implementation only when it runs.
import yargs from 'yargs';
import type { Argv } from 'yargs';
import { EXIT } from '../core/errors.js';
import { addCommand } from './commands/add.js';
import { applyCommand } from './commands/apply.js';
import { backupsCommand } from './commands/backups.js';
import { catalogCommand } from './commands/catalog.js';
import { completionCommand } from './commands/completion.js';
import { execCommand } from './commands/exec.js';
import { proxyCommand } from './commands/proxy.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { lintCommand } from './commands/lint.js';
import { policyCommand } from './commands/policy.js';
import { outdatedCommand, upgradeCommand } from './commands/outdated.js';
import { statusCommand } from './commands/status.js';
import { mcpCommand } from './commands/mcp.js';
import { planCommand } from './commands/plan.js';
import { removeCommand } from './commands/remove.js';
import { renderCommand } from './commands/render.js';
import { rollbackCommand } from './commands/rollback.js';
import { scanCommand } from './commands/scan.js';
import { secretCommand } from './commands/secret.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import type { Io } from './output.js';
import { maskTokens } from '../core/mask-tokens.js';
import { processIo, reportError } from './output.js';
import { friendlyUsage } from './usage-errors.js';
import { toolVersion } from '../io/version.js';

export interface RunState {
  io: Io;
  exitCode: number;
}

export type Command = (cli: Argv, state: RunState) => Argv;

const COMMANDS: Command[] = [
  initCommand,
  validateCommand,
  renderCommand,
  planCommand,
  applyCommand,
  backupsCommand,
  rollbackCommand,
  lintCommand,
  policyCommand,
  scanCommand,
  importCommand,
  execCommand,
  proxyCommand,
  secretCommand,
  catalogCommand,
  outdatedCommand,
  upgradeCommand,
  testCommand,
  statusCommand,
  mcpCommand,
  addCommand,
  removeCommand,
  completionCommand,
];

export async function runCli(argv: string[], io: Io = processIo()): Promise<number> {
  const state: RunState = { io, exitCode: EXIT.ok };
  const wantsJson = argv.includes('--json');
  let cli: Argv = yargs(argv)
    .scriptName('mcpctl')
    .usage(
      '$0 <command> [options]\n\nDeclarative MCP server configuration for coding agents: validate, lint, plan and apply one mcp.yaml to the files of every client (Codex, Claude Code, Copilot, Cursor, VS Code, Gemini CLI, OpenCode, Zed, Windsurf, Antigravity, Claude Desktop).',
    )
    .version(toolVersion())
    .alias('version', 'v')
    .help()
    .alias('help', 'h')
    .strict()
    .recommendCommands()
    .demandCommand(1, 'name a command, e.g. "mcpctl plan"; see "mcpctl --help"')
    .wrap(null)
    .epilogue(
      'Exit codes: 0 ok, 1 failure, 2 usage or invalid input, 3 trust failure, 4 conflict.\nDocs: docs/README.md (every page of the reference; exit and error codes in docs/cli.md)',
    )
    .fail((msg, err, usage) => {
      // yargs reports its own validation failures (an option without its value, …) as a YError: usage, exit 2
      if (err && err.name !== 'YError') throw err;
      // yargs passes the failing command's usage instance (typed as Argv): its help() is that command's help
      const help: unknown =
        typeof Reflect.get(usage, 'help') === 'function'
          ? Reflect.apply(Reflect.get(usage, 'help'), usage, [])
          : undefined;
      throw new UsageError(msg || err?.message || 'invalid command line', typeof help === 'string' ? help : undefined);
    });
  for (const command of COMMANDS) cli = command(cli, state);
  try {
    await cli.parseAsync();
  } catch (e) {
    if (e instanceof UsageError) {
      const friendly = friendlyUsage(e.message, e.help);
      io.stderr.write(`error E_USAGE: ${maskTokens(friendly.message)}\n  hint: ${maskTokens(friendly.hint)}\n`);
      return EXIT.usage;
    }
    return reportError(io, e, wantsJson);
  }
  return state.exitCode;
}

class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string | undefined,
  ) {
    super(message);
  }
}
