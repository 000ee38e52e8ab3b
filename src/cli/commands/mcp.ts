import type { Command } from '../main.js';

export const mcpCommand: Command = (cli, state) =>
  cli.command(
    'mcp',
    'Serve mcpctl to coding agents as an MCP server over stdio: validate, lint, plan, test, catalog_search, catalog_show, status (read-only)',
    (y) =>
      y
        .options({
          'allow-edit': {
            type: 'boolean',
            default: false,
            describe: 'Also offer propose_add and propose_remove, which edit mcp.yaml (never apply)',
          },
        })
        .example('$0 mcp', 'what a client starts: {"command": "mcpctl", "args": ["mcp"]}')
        .example('$0 mcp --allow-edit', 'let the agent propose servers in mcp.yaml (a person applies)'),
    async (args) => {
      const { mcpAction } = await import('../actions/mcp.js');
      state.exitCode = await mcpAction(args, state.io);
    },
  );
