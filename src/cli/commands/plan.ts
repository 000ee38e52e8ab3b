import type { Command } from '../main.js';
import { fileOption, jsonOption, setOption, withClients, withTarget } from '../options.js';

export const planCommand: Command = (cli, state) =>
  cli.command(
    'plan',
    'Show what apply would change in each client file, as a redacted diff',
    (y) =>
      withClients(
        withTarget(
          y.options({
            file: fileOption,
            json: jsonOption,
            set: setOption,
            out: { type: 'string', requiresArg: true, describe: 'Save the plan (JSON) for "mcpctl apply PLAN"' },
            policy: {
              type: 'string',
              requiresArg: true,
              describe: 'Organisation policy file (in addition to "policy:" in mcp.yaml)',
            },
            'detailed-exitcode': {
              type: 'boolean',
              default: false,
              describe: 'Exit 0 for no changes, 2 for changes, 1 for errors',
            },
            adopt: {
              type: 'boolean',
              default: false,
              describe:
                "Take over servers of the same name that mcpctl did not write (in a client file other than Codex's)",
            },
            probe: {
              type: 'boolean',
              default: false,
              describe: 'Then test (MCP handshake) the servers the plan would create or update; exit 1 if one fails',
            },
          }),
        ),
      )
        .example('$0 plan', 'plan ./mcp.yaml against ~/.codex/config.toml')
        .example('$0 plan --json --out plan.json', 'save a plan to apply later')
        .example('$0 plan --detailed-exitcode', 'in CI: exit 2 when there are changes')
        .example('$0 plan --target claude-code', 'only the Claude Code file (repeatable)')
        .example('$0 plan --set minimal', 'what switching to the server set "minimal" would change')
        .example('$0 plan --probe', 'plan, then test the servers that would change'),
    async (args) => {
      const { planAction } = await import('../actions/plan.js');
      state.exitCode = await planAction(args, state.io);
    },
  );
