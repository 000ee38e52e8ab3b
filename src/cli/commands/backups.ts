import type { Command } from '../main.js';
import { jsonOption, withTarget } from '../options.js';

export const backupsCommand: Command = (cli, state) =>
  cli.command(
    'backups',
    'List the backups of the target config.toml, newest first',
    (y) =>
      withTarget(y.options({ json: jsonOption }))
        .example('$0 backups', 'backups of ~/.codex/config.toml')
        .example('$0 backups --profile work --json', 'of a profile file, as JSON'),
    async (args) => {
      const { backupsAction } = await import('../actions/backups.js');
      state.exitCode = await backupsAction(args, state.io);
    },
  );
