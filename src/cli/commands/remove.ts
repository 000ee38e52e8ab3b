import type { Command } from '../main.js';
import { fileOption, jsonOption, withTarget } from '../options.js';

export const removeCommand: Command = (cli, state) =>
  cli.command(
    ['remove <name>', 'rm <name>'],
    'Remove a server from mcp.yaml, leaving every other byte of the file as it is',
    (y) =>
      withTarget(
        y.positional('name', { type: 'string', demandOption: true, describe: 'The server to remove' }).options({
          file: fileOption,
          'non-interactive': {
            type: 'boolean',
            default: false,
            describe: 'Do not ask (also without a terminal, and with --json)',
          },
          json: jsonOption,
        }),
      )
        .example('$0 remove gh', 'show what goes, ask, write (and offer to apply)')
        .example('$0 remove gh --non-interactive && $0 apply --yes', 'in a script'),
    async (args) => {
      const { removeAction } = await import('../actions/remove.js');
      state.exitCode = await removeAction(args, state.io);
    },
  );
