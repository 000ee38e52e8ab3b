import type { Command } from '../main.js';
import { fileOption, setOption, withClients, withTarget } from '../options.js';

export const renderCommand: Command = (cli, state) =>
  cli.command(
    'render',
    'Print each client file as it would be after apply (secrets masked); writes nothing',
    (y) =>
      withClients(withTarget(y.options({ file: fileOption, set: setOption })))
        .example('$0 render', 'the new ~/.codex/config.toml (and each other client file mcp.yaml targets)')
        .example('$0 render --target vscode', "only VS Code's file")
        .example('$0 render --config ./config.toml', 'for another file'),
    async (args) => {
      const { renderAction } = await import('../actions/render.js');
      state.exitCode = await renderAction(args, state.io);
    },
  );
