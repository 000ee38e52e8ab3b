import type { Command } from '../main.js';
import { jsonOption, withTarget } from '../options.js';

export const importCommand: Command = (cli, state) =>
  cli.command(
    'import',
    'Adopt an existing Codex config.toml: write mcp.yaml, move plaintext secrets into the store',
    (y) =>
      withTarget(
        y.options({
          out: { type: 'string', default: 'mcp.yaml', requiresArg: true, describe: 'The mcp.yaml to write' },
          'dry-run': {
            type: 'boolean',
            default: false,
            describe: 'Show the mcp.yaml and which secrets would move (masked); write nothing',
          },
          force: {
            type: 'boolean',
            default: false,
            describe: 'Overwrite an existing mcp.yaml and existing secrets of the same name',
          },
          json: jsonOption,
        }),
      )
        .example('$0 import --dry-run', 'what importing ~/.codex/config.toml would do')
        .example('$0 import && $0 apply', 'adopt it, then rewrite config.toml without plaintext secrets'),
    async (args) => {
      const { importAction } = await import('../actions/import.js');
      state.exitCode = await importAction(args, state.io);
    },
  );
