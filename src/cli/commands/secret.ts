import type { Command, RunState } from '../main.js';
import { jsonOption } from '../options.js';

const nameArg = {
  type: 'string',
  demandOption: true,
  describe: 'Secret name, e.g. github/pat (letters, digits, _ . -, parts joined by /)',
} as const;

// The subcommands are not strict: yargs would echo an unknown argument ("Unknown argument: ghp_…"), and a
// stray word here may well be a secret. The action refuses extras itself, naming options but never values.
export const secretCommand: Command = (cli, state) =>
  cli.command(
    'secret',
    'Keep credentials in the OS keychain (else an age-encrypted file), never in a file mcpctl writes',
    (y) =>
      y
        .command(
          'set <name>',
          'Store a secret; the value comes from standard input, or a hidden prompt on a terminal (never the command line)',
          (s) =>
            s
              .strict(false)
              .positional('name', nameArg)
              .options({ json: jsonOption })
              .example('printf %s "$TOKEN" | $0 secret set github/pat', 'from a variable, without a trailing newline')
              .example('$0 secret set github/pat', 'on a terminal: type it (not shown) twice'),
          run(state, 'set'),
        )
        .command(
          'get <name>',
          'Show a secret: name, backend, length and a short preview; --reveal prints the value itself',
          (s) =>
            s
              .strict(false)
              .positional('name', nameArg)
              .options({
                reveal: { type: 'boolean', default: false, describe: 'Print the raw value to stdout (only this does)' },
                json: jsonOption,
              })
              .example('$0 secret get github/pat', 'metadata only')
              .example('GITHUB_TOKEN=$($0 secret get github/pat --reveal) gh repo list', 'the value, for one command'),
          run(state, 'get'),
        )
        .command(
          ['list', 'ls'],
          'List secret names with their backend and times (never values)',
          (s) => s.strict(false).options({ json: jsonOption }),
          run(state, 'list'),
        )
        .command(
          ['rm <name>', 'remove <name>'],
          'Delete a secret',
          (s) => s.strict(false).positional('name', nameArg).options({ json: jsonOption }),
          run(state, 'rm'),
        )
        .command(
          'rotate <name>',
          'Replace the value of an existing secret (read like set); logged as a rotation',
          (s) =>
            s
              .strict(false)
              .positional('name', nameArg)
              .options({ json: jsonOption })
              .example('printf %s "$NEW_TOKEN" | $0 secret rotate github/pat', 'then revoke the old token'),
          run(state, 'rotate'),
        )
        .demandCommand(1, 'name a secret command: set, get, list, rm or rotate')
        .epilogue(
          'Backend: the OS keychain when one answers, else the age file $XDG_CONFIG_HOME/mcpctl/secrets.age (~/.config/mcpctl/). Force one with MCPCTL_SECRET_BACKEND=keychain|file; move the file with MCPCTL_SECRETS_FILE and MCPCTL_AGE_IDENTITY.',
        ),
    () => undefined,
  );

type Sub = 'set' | 'get' | 'list' | 'rm' | 'rotate';

function run(state: RunState, sub: Sub) {
  return async (args: Record<string, unknown>) => {
    const { secretAction } = await import('../actions/secret.js');
    state.exitCode = await secretAction(sub, args, state.io);
  };
}
