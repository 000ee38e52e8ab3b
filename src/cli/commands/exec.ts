import type { Command } from '../main.js';

// Listed here for `mcpctl --help`; src/cli/entry.ts runs exec itself, without loading yargs, because Codex
// starts it for every server start.
export const execCommand: Command = (cli, state) =>
  cli.command(
    'exec',
    'Run a command with ${secret:…}/${env:…} references resolved (the launcher config.toml uses)',
    (y) =>
      y
        .strict(false)
        .example(
          "$0 exec --env TOKEN='${secret:github/pat}' -- npx -y pkg@1.2.3",
          'what config.toml runs for a server with a secret',
        ),
    async () => {
      const { runExec } = await import('../exec.js');
      state.exitCode = await runExec(process.argv.slice(3));
    },
  );
