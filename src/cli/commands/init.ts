import type { Command } from '../main.js';
import { fileOption } from '../options.js';

export const initCommand: Command = (cli, state) =>
  cli.command(
    'init',
    'Write a starter mcp.yaml (with the schema modeline for editors)',
    (y) =>
      y
        .options({
          file: fileOption,
          force: { type: 'boolean', default: false, describe: 'Overwrite an existing file' },
          targets: {
            type: 'string',
            array: true,
            requiresArg: true,
            describe:
              'The clients it configures, comma-separated, each CLIENT or CLIENT=SCOPE (default on a terminal: asked, with the clients found on this machine chosen; otherwise Codex alone)',
          },
        })
        .example('$0 init', 'create ./mcp.yaml (on a terminal: asks which clients, offering those installed)')
        .example('$0 init --targets codex,claude-code,cursor=user', 'for these clients, without asking')
        .example('$0 init -f config/mcp.yaml', 'create it elsewhere'),
    async (args) => {
      const { initAction } = await import('../actions/init.js');
      state.exitCode = await initAction(args, state.io);
    },
  );
