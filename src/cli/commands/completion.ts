import type { Command } from '../main.js';

type Defaults = (onCompleted?: (err: Error | null, completions: string[] | undefined) => void) => unknown;

/**
 * Shell completion with yargs: `mcpctl completion` prints the script (bash, or zsh when $SHELL is zsh); the
 * shell then runs `mcpctl --get-yargs-completions WORDS…`. Commands and flags come from yargs; template ids
 * (after "add") and server names (after "remove" and "test") are read only then, lazily, without verification.
 */
function complete(current: string, argv: Record<string, unknown>, defaults: Defaults, done: (completions: string[]) => unknown): void {
  defaults((err, completions) => {
    const base = completions ?? [];
    if (err || current.startsWith('-')) return void done(base);
    const words = Array.isArray(argv['_']) ? argv['_'].map(String) : [];
    const file = typeof argv['file'] === 'string' ? argv['file'] : 'mcp.yaml';
    import('../completion-words.js')
      .then(({ dynamicWords }) => dynamicWords(words, current, file))
      .then(
        (extra) => done([...base, ...extra]),
        () => done(base),
      );
  });
}

export const completionCommand: Command = (cli) => {
  // While completing, the words typed so far are incomplete by nature: strict mode would reject the completion
  // request itself inside a command ("Unknown arguments: get-yargs-completions") and print that to the terminal.
  const completing = process.argv.includes('--get-yargs-completions');
  return (completing ? cli.strict(false) : cli).completion('completion', 'Print a shell completion script: mcpctl completion >> ~/.bashrc (zsh: SHELL=zsh, >> ~/.zshrc)', complete);
};
