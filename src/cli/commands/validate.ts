import type { Command } from '../main.js';
import { fileOption, jsonOption } from '../options.js';

export const validateCommand: Command = (cli, state) =>
  cli.command(
    'validate',
    'Check mcp.yaml against the schema and the rules Codex enforces',
    (y) =>
      y
        .options({ file: fileOption, json: jsonOption })
        .example('$0 validate', 'check ./mcp.yaml')
        .example('$0 validate -f team/mcp.yaml --json', 'machine-readable result'),
    async (args) => {
      const { validateAction } = await import('../actions/validate.js');
      state.exitCode = await validateAction(args, state.io);
    },
  );
