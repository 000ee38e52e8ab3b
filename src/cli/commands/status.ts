import type { Command } from '../main.js';
import { fileOption, jsonOption, setOption, withClients, withTarget } from '../options.js';

export const statusCommand: Command = (cli, state) =>
  cli.command(
    'status',
    'One view of every server in every client: written, off, to apply, edited by hand; last test, missing secrets, unpinned',
    (y) =>
      withClients(
        withTarget(
          y.options({
            file: fileOption,
            json: jsonOption,
            set: setOption,
            watch: {
              type: 'boolean',
              default: false,
              describe: 'Show it again whenever mcp.yaml or a client file changes',
            },
          }),
        ),
      )
        .example('$0 status', 'servers × clients for ./mcp.yaml')
        .example('$0 status --json', 'the same as data')
        .example('$0 status --watch', 'keep it on screen while you edit'),
    async (args) => {
      const { statusAction } = await import('../actions/status.js');
      state.exitCode = await statusAction(args, state.io);
    },
  );
