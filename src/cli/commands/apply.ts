import type { Command } from '../main.js';
import { fileOption, jsonOption, setOption, withClients, withTarget } from '../options.js';

export const applyCommand: Command = (cli, state) =>
  cli.command(
    'apply [plan]',
    'Write the plan to every client file (config.toml, .mcp.json, …): locks, backups, atomic writes, verify',
    (y) =>
      withClients(
        withTarget(
          y
            .positional('plan', {
              type: 'string',
              describe: 'A plan saved with "mcpctl plan --out"; refused if anything changed since',
            })
            .options({
              file: fileOption,
              yes: {
                alias: 'y',
                type: 'boolean',
                default: false,
                describe: 'Apply without asking (required without a terminal; a saved plan is applied without asking)',
              },
              json: jsonOption,
              set: setOption,
              policy: {
                type: 'string',
                requiresArg: true,
                describe: 'Organisation policy file (in addition to "policy:" in mcp.yaml)',
              },
              'keep-backups': { type: 'number', default: 10, describe: 'How many backups of the target to keep' },
              adopt: {
                type: 'boolean',
                default: false,
                describe:
                  "Take over servers of the same name that mcpctl did not write (in a client file other than Codex's)",
              },
            }),
        ),
      )
        .example('$0 apply', 'plan, show it, ask, write')
        .example('$0 apply --yes', 'in scripts: apply without asking')
        .example('$0 apply --target claude-code', "only Claude Code's file (repeatable)")
        .example('$0 apply --set web', 'turn on the servers of the set "web" in every client, the others off')
        .example('$0 plan --out plan.json && $0 apply plan.json', 'apply exactly the reviewed plan (it asks nothing)'),
    async (args) => {
      const { applyAction } = await import('../actions/apply.js');
      state.exitCode = await applyAction(args, state.io);
    },
  );
