import type { Command } from '../main.js';
import { jsonOption, setOption, withClients, withTarget } from '../options.js';

export const testCommand: Command = (cli, state) =>
  cli.command(
    'test [names..]',
    'Start every server as Codex would, do the MCP handshake, and say what is wrong',
    (y) =>
      withClients(
        withTarget(
          y
            .positional('names', { type: 'string', array: true, describe: 'Only these servers (default: all)' })
            .options({
              file: {
                alias: 'f',
                type: 'string',
                requiresArg: true,
                describe:
                  "The mcp.yaml whose servers to test (default ./mcp.yaml; with --config and no -f: that config.toml's servers)",
              },
              json: jsonOption,
              set: setOption,
              concurrency: {
                type: 'number',
                default: 3,
                requiresArg: true,
                describe: 'How many servers to probe at once',
              },
              timeout: {
                type: 'number',
                default: 30,
                requiresArg: true,
                describe: 'Seconds each server gets for start-up, initialize, tools/list and ping',
              },
            }),
        ),
      )
        .example('$0 test', 'test the servers of ./mcp.yaml')
        .example('$0 test github --timeout 60', 'test one server, with more time')
        .example('$0 test --target cursor', 'test only the servers that go to Cursor')
        .example('$0 test --set web', 'test the servers of the set "web" (the others are skipped as off)')
        .example('$0 test --config ~/.codex/config.toml --json', 'test what Codex has now, as JSON'),
    async (args) => {
      const { testAction } = await import('../actions/test.js');
      state.exitCode = await testAction({ ...args, names: (args.names ?? []).map(String) }, state.io);
    },
  );
