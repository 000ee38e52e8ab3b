import type { Command } from '../main.js';
import { jsonOption, withTarget } from '../options.js';

export const rollbackCommand: Command = (cli, state) =>
  cli.command(
    'rollback',
    'Restore a backup of the target config.toml (the newest by default), showing the diff first',
    (y) =>
      withTarget(
        y.options({
          to: { type: 'string', requiresArg: true, describe: 'Backup id (or a prefix of it) from "mcpctl backups"' },
          'dry-run': { type: 'boolean', default: false, describe: 'Show the diff and stop' },
          yes: { alias: 'y', type: 'boolean', default: false, describe: 'Restore without asking' },
          force: {
            type: 'boolean',
            default: false,
            describe: 'Roll back even if the file was edited since mcpctl wrote it',
          },
          json: jsonOption,
        }),
      )
        .example('$0 rollback --dry-run', 'what undoing the last apply would change')
        .example('$0 rollback --to 20261129T221706123Z --yes', 'restore a given backup'),
    async (args) => {
      const { rollbackAction } = await import('../actions/rollback.js');
      state.exitCode = await rollbackAction(args, state.io);
    },
  );
