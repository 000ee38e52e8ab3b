import type { Command } from '../main.js';
import { formatOption } from '../options.js';

export const lintCommand: Command = (cli, state) =>
  cli.command(
    'lint [files..]',
    'Check mcp.yaml (and optionally a config.toml) for plaintext secrets and policy violations',
    (y) =>
      y
        .positional('files', {
          type: 'string',
          array: true,
          describe: 'mcp.yaml files to lint (as pre-commit passes them); same as -f',
        })
        .options({
          file: {
            alias: 'f',
            type: 'string',
            describe: 'The mcp.yaml to lint (default ./mcp.yaml)',
            requiresArg: true,
          },
          config: { type: 'string', requiresArg: true, describe: 'Also lint the servers of this Codex config.toml' },
          policy: {
            type: 'string',
            requiresArg: true,
            describe: 'Organisation policy file (in addition to "policy:" in mcp.yaml)',
          },
          baseline: {
            type: 'string',
            requiresArg: true,
            describe:
              'Accept the secret findings of this baseline (written by "mcpctl scan --write-baseline"), unless a policy floor refuses it',
          },
          format: formatOption,
        })
        .example('$0 lint', 'lint ./mcp.yaml')
        .example('$0 lint --policy org/mcp-policy.yaml --format sarif > mcpctl.sarif', 'for GitHub code scanning')
        .example('$0 lint --config ~/.codex/config.toml', 'lint an existing Codex config too')
        .example('$0 lint team-a/mcp.yaml team-b/mcp.yaml', 'several files (the pre-commit hook does this)'),
    async (args) => {
      const { lintAction } = await import('../actions/lint.js');
      state.exitCode = await lintAction(args, state.io);
    },
  );
