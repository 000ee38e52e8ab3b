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
        })
        .example('$0 init', 'create ./mcp.yaml')
        .example('$0 init -f config/mcp.yaml', 'create it elsewhere'),
    async (args) => {
      const { initAction } = await import('../actions/init.js');
      state.exitCode = await initAction(args, state.io);
    },
  );
