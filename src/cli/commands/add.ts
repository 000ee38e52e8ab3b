import type { Command } from '../main.js';
import { fileOption, jsonOption, withTarget } from '../options.js';

// Repeatable flags are plain strings (yargs collects repeats into a list): an array option would also swallow
// the template id written after it.
const repeatable = (describe: string) => ({ type: 'string', requiresArg: true, describe }) as const;

export const addCommand: Command = (cli, state) =>
  cli.command(
    'add [template]',
    'Add a server to mcp.yaml from a catalog template (or a command or URL): guided on a terminal, or from flags',
    (y) =>
      withTarget(
        y
          .positional('template', {
            type: 'string',
            describe:
              'Template id, optionally pinned: github or github@2025.4.8 (none on a terminal: search the catalog)',
          })
          .options({
            file: fileOption,
            name: { alias: 'n', type: 'string', requiresArg: true, describe: 'Server name (default: the template id)' },
            set: repeatable('Template input: --set KEY=VALUE (repeatable; written under with:)'),
            secret: repeatable(
              'Secret input or env var from the secret store: --secret KEY=STORE_NAME writes ${secret:STORE_NAME} (repeatable)',
            ),
            command: {
              type: 'string',
              requiresArg: true,
              describe: 'Without a template: the program to start (stdio server)',
            },
            args: {
              type: 'string',
              requiresArg: true,
              describe:
                'Its arguments as one string, split like a shell would (never run by one); --args="-y pkg" when it starts with "-"',
            },
            arg: repeatable('One argument, exactly as given (repeatable; after --args)'),
            env: repeatable(
              'Environment variable: --env KEY=VALUE (repeatable; a reference like ${env:X} or ${secret:NAME} is fine, a plaintext secret is refused)',
            ),
            url: {
              type: 'string',
              requiresArg: true,
              describe: 'Without a template: the endpoint of a remote (streamable HTTP) server',
            },
            header: repeatable('HTTP header of a remote server: --header KEY=VALUE (repeatable)'),
            'non-interactive': {
              type: 'boolean',
              default: false,
              describe: 'Take everything from flags, ask nothing (also without a terminal, and with --json)',
            },
            json: jsonOption,
          }),
      )
        .example('$0 add', 'on a terminal: search the catalog, pick, answer its questions, review, write')
        .example(
          '$0 add github --secret GITHUB_PERSONAL_ACCESS_TOKEN=github/pat --non-interactive',
          'from a template, the token from the secret store',
        )
        .example('$0 add --name notes --command uvx --args "notes-mcp==0.4.2"', 'without a template'),
    async (args) => {
      const { addAction } = await import('../actions/add.js');
      state.exitCode = await addAction(args, state.io);
    },
  );
