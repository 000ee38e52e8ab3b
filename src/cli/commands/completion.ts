import { McpctlError } from '../../core/errors.js';
import { COMPLETION_SCRIPTS, isShell, SHELLS } from '../completion-scripts.js';
import type { Command } from '../main.js';

type Defaults = (onCompleted?: (err: Error | null, completions: string[] | undefined) => void) => unknown;

/**
 * Shell completion: `mcpctl completion bash|zsh|fish` prints the script; the shell then runs `mcpctl
 * --get-yargs-completions WORDS…`, answered by yargs. Commands and flags come from yargs; template ids (after
 * "add") and server names (after "remove" and "test") are read only then, lazily, without verification.
 */
function complete(
  current: string,
  argv: Record<string, unknown>,
  defaults: Defaults,
  done: (completions: string[]) => unknown,
): void {
  defaults((err, completions) => {
    const base = completions ?? [];
    if (err || current.startsWith('-')) return void done(base);
    const words = Array.isArray(argv['_']) ? argv['_'].map(String) : [];
    const file = typeof argv['file'] === 'string' ? argv['file'] : 'mcp.yaml';
    import('../../app/completion-words.js')
      .then(({ dynamicWords }) => dynamicWords(words, current, file))
      .then(
        (extra) => done([...base, ...extra]),
        () => done(base),
      );
  });
}

/**
 * The shell named (the argument, or the deprecated --shell: yargs gives both as `shell`), else the login
 * shell's when it is one we know, else bash.
 */
function chosenShell(named: unknown, env: NodeJS.ProcessEnv): string {
  if (Array.isArray(named))
    throw new McpctlError('E_USAGE', `more than one shell named: ${named.join(', ')}`, {
      hint: 'name one: mcpctl completion bash|zsh|fish',
    });
  if (named !== undefined) return String(named);
  const login = (env['SHELL'] ?? '').split('/').pop() ?? '';
  return isShell(login) ? login : 'bash';
}

/** The value of the deprecated --shell, if it was given. */
function shellFlag(argv: string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--shell' || a.startsWith('--shell='));
  if (at < 0) return undefined;
  const word = argv[at] ?? '';
  return word === '--shell' ? (argv[at + 1] ?? '') : word.slice('--shell='.length);
}

export const completionCommand: Command = (cli, state) => {
  // While completing, the words typed so far are incomplete by nature: strict mode would reject the completion
  // request itself inside a command ("Unknown arguments: get-yargs-completions") and print that to the terminal.
  const completing = process.argv.includes('--get-yargs-completions');
  // yargs answers --get-yargs-completions once completion is on; its own script command stays hidden (ours
  // below takes the shell as an argument and knows fish)
  return (completing ? cli.strict(false) : cli).completion('completion-script-yargs', false, complete).command(
    'completion [shell]',
    'Print the shell completion script for bash, zsh or fish',
    (y) =>
      y
        // the old --shell NAME lands on the same key (deprecated: a note says so)
        .positional('shell', { type: 'string', describe: `${SHELLS.join(', ')} (default: from $SHELL)` })
        .example('$0 completion bash >> ~/.bashrc', 'bash')
        .example('$0 completion zsh >> ~/.zshrc', 'zsh')
        .example('$0 completion fish > ~/.config/fish/completions/mcpctl.fish', 'fish'),
    (args) => {
      const shell = chosenShell(args['shell'], state.io.env);
      const flag = shellFlag(process.argv);
      if (flag !== undefined && flag !== shell)
        throw new McpctlError('E_USAGE', `more than one shell named: ${shell} and --shell ${flag}`, {
          hint: 'name one: mcpctl completion bash|zsh|fish',
        });
      const deprecated = flag !== undefined;
      if (!isShell(shell)) {
        throw new McpctlError(
          'E_USAGE',
          `unknown shell "${shell}": completion scripts exist for ${SHELLS.join(', ')}`,
          { hint: 'e.g. mcpctl completion zsh >> ~/.zshrc' },
        );
      }
      if (deprecated) state.io.stderr.write(`note: --shell is deprecated; run "mcpctl completion ${shell}"\n`);
      state.io.stdout.write(COMPLETION_SCRIPTS[shell]);
    },
  );
};
