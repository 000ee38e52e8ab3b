import type { Command } from '../main.js';
import { historyFileOption, jsonOption, withClients, withTarget } from '../options.js';

export const rollbackCommand: Command = (cli, state) =>
  cli.command(
    'rollback',
    'Undo the last apply: restore every file it wrote, together (or the backup --to names), showing the diffs first',
    (y) =>
      withClients(
        withTarget(
          y.options({
            file: historyFileOption,
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
        ),
      )
        .example('$0 rollback --dry-run', 'what undoing the last apply would change')
        .example('$0 rollback --target cursor --yes', "undo the last apply in Cursor's file only")
        .example('$0 rollback --to 20261129T221706123Z --yes', 'restore a given backup'),
    async (args) => {
      const { rollbackAction } = await import('../actions/rollback.js');
      state.exitCode = await rollbackAction(args, state.io);
    },
  );
