import { McpctlError } from '../../core/errors.js';
import type { Command } from '../main.js';

// `mcpctl proxy --url …` (what a client's file starts) runs from src/cli/entry.ts without loading yargs; this
// lists it for `mcpctl --help` and runs `mcpctl proxy --server NAME`, whose url and headers come from mcp.yaml.
export const proxyCommand: Command = (cli, state) =>
  cli.command(
    'proxy',
    'Be a local (stdio) MCP server for a remote one, headers resolved from the secret store (the bridge apply writes for clients that need it)',
    (y) =>
      y
        .strict(false)
        .options({
          server: { type: 'string', requiresArg: true, describe: 'The server of mcp.yaml to forward to' },
          file: { alias: 'f', type: 'string', requiresArg: true, describe: 'The mcp.yaml (default ./mcp.yaml)' },
          url: { type: 'string', requiresArg: true, describe: 'The remote server (a template: ${env:…}, ${secret:…})' },
          header: {
            type: 'string',
            array: true,
            requiresArg: true,
            describe: 'NAME=TEMPLATE, sent with every request',
          },
          transport: { choices: ['http', 'sse'], describe: 'streamable HTTP (default) or the older SSE' },
        })
        .example(
          "$0 proxy --url https://mcp.linear.app/mcp --header 'Authorization=Bearer ${secret:linear/token}'",
          'what a client file starts for a remote server with a secret',
        )
        .example('$0 proxy --server linear', "the same, with the server's url and headers from ./mcp.yaml"),
    async (argv) => {
      const { runProxyCommand, proxyWith } = await import('../proxy.js');
      // proxy's own words, wherever it stands among the global options (mcpctl --no-color proxy …)
      const words = process.argv.slice(process.argv.indexOf('proxy', 2) + 1);
      if (argv.url !== undefined || argv.server === undefined) {
        state.exitCode = await runProxyCommand(words);
        return;
      }
      const extra = words.filter((w) => /^--/.test(w) && !/^--(server|file)(=|$)/.test(w) && w !== '-f');
      if (extra.length)
        throw new McpctlError(
          'E_USAGE',
          `${extra[0]} goes with --url: --server NAME alone takes the url and headers from mcp.yaml`,
          {
            hint: 'give --url and --header yourself to set them, or leave the other options out',
          },
        );
      // a problem with mcp.yaml is shown as every command shows it (file:line:col)
      const { proxyArgsFromSpec } = await import('../../app/proxy-spec.js');
      const { processContext } = await import('../../app/pipeline.js');
      const args = await proxyArgsFromSpec(argv.file ?? 'mcp.yaml', argv.server, processContext());
      state.exitCode = await proxyWith(args);
    },
  );
