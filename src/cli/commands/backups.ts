import type { Command } from '../main.js';
import { historyFileOption, jsonOption, withClients, withTarget } from '../options.js';

export const backupsCommand: Command = (cli, state) =>
  cli.command(
    'backups',
    'List the backups of each target file, newest first; "backups prune" removes some',
    (y) =>
      withClients(withTarget(y.options({ file: historyFileOption, json: jsonOption })))
        .command(
          'prune',
          'Remove backups: those holding plaintext secrets, those older than a backup, or all (says what rollback can restore afterwards)',
          (p) =>
            withClients(
              withTarget(
                p.options({
                  file: historyFileOption,
                  'containing-secrets': {
                    type: 'boolean',
                    default: false,
                    describe:
                      'Backups that hold a plaintext secret (a token "mcpctl scan" finds, or a value import would move to the store)',
                  },
                  before: {
                    type: 'string',
                    requiresArg: true,
                    describe: 'Backups older than this backup id (or a prefix of it); the backup itself is kept',
                  },
                  all: { type: 'boolean', default: false, describe: 'Every backup' },
                  'dry-run': { type: 'boolean', default: false, describe: 'Show what would be removed and stop' },
                  yes: { alias: 'y', type: 'boolean', default: false, describe: 'Remove without asking' },
                  json: jsonOption,
                }),
              ),
            )
              .example('$0 backups prune --containing-secrets --dry-run', 'what would go')
              .example('$0 backups prune --containing-secrets --yes', 'remove them')
              .example('$0 backups prune --before 20261129T221706123Z', 'remove the backups older than this one'),
          async (args) => {
            const { backupsPruneAction } = await import('../actions/backups-prune.js');
            state.exitCode = await backupsPruneAction(args, state.io);
          },
        )
        .example('$0 backups', 'backups of ~/.codex/config.toml')
        .example('$0 backups --profile work --json', 'of a profile file, as JSON')
        .example('$0 backups --target cursor', "of Cursor's file (mcp.yaml's targets name it)")
        .example('$0 backups prune --containing-secrets', 'remove the backups that hold plaintext secrets'),
    async (args) => {
      const { backupsAction } = await import('../actions/backups.js');
      state.exitCode = await backupsAction(args, state.io);
    },
  );
