import type { Command } from '../main.js';
import { fileOption, jsonOption } from '../options.js';

export const outdatedCommand: Command = (cli, state) =>
  cli.command(
    'outdated [names..]',
    "Show each server's pinned version and the newest its source has (npm, PyPI, an image registry, the catalog); exit 1 when one can be upgraded",
    (y) =>
      y
        .positional('names', { type: 'string', array: true, describe: 'Only these servers (default: all)' })
        .options({
          file: fileOption,
          json: jsonOption,
          offline: { type: 'boolean', default: false, describe: 'Touch no network: say what was not checked' },
          timeout: {
            type: 'number',
            default: 10,
            requiresArg: true,
            describe: 'Seconds each registry request may take',
          },
        })
        .example('$0 outdated', 'every server of ./mcp.yaml')
        .example('$0 outdated github --json', 'one server, as JSON')
        .example(
          'npm_config_registry=https://npm.acme.dev/ $0 outdated',
          'against your npm mirror (or set it in .npmrc)',
        ),
    async (args) => {
      const { outdatedAction } = await import('../actions/outdated.js');
      state.exitCode = await outdatedAction(args, state.io);
    },
  );

export const upgradeCommand: Command = (cli, state) =>
  cli.command(
    'upgrade <name>',
    "Move a server's pinned version in mcp.yaml (only those bytes change); then plan and apply as usual",
    (y) =>
      y
        .positional('name', { type: 'string', demandOption: true, describe: 'The server' })
        .options({
          file: fileOption,
          to: { type: 'string', requiresArg: true, describe: 'The exact version (default: the newest release)' },
          'dry-run': { type: 'boolean', default: false, describe: 'Show the change to mcp.yaml and write nothing' },
          json: jsonOption,
          timeout: {
            type: 'number',
            default: 10,
            requiresArg: true,
            describe: 'Seconds each registry request may take',
          },
        })
        .example('$0 upgrade github', 'to the newest release, then "mcpctl plan"')
        .example('$0 upgrade github --to 2026.1.2', 'to that version')
        .example('$0 upgrade github --dry-run', 'show the change only'),
    async (args) => {
      const { upgradeAction } = await import('../actions/outdated.js');
      state.exitCode = await upgradeAction(args, state.io);
    },
  );
