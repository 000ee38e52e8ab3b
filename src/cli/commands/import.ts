import type { Command } from '../main.js';
import { jsonOption, withTarget } from '../options.js';
import { TARGET_NAMES } from '../../core/targets/names.js';

export const importCommand: Command = (cli, state) =>
  cli.command(
    'import',
    "Adopt existing client configs (Codex's config.toml by default): write mcp.yaml, move plaintext secrets into the store",
    (y) =>
      withTarget(
        y.options({
          out: { type: 'string', default: 'mcp.yaml', requiresArg: true, describe: 'The mcp.yaml to write' },
          'dry-run': {
            type: 'boolean',
            default: false,
            describe: 'Show the mcp.yaml and which secrets would move (masked); write nothing',
          },
          force: {
            type: 'boolean',
            default: false,
            describe: 'Overwrite an existing mcp.yaml and existing secrets of the same name',
          },
          from: {
            type: 'string',
            array: true,
            requiresArg: true,
            // the names of src/core/targets/names.ts (kept here as words: yargs needs them before any module loads)
            choices: [...TARGET_NAMES],
            describe:
              'The client to import from (repeatable; default codex): the same server in several becomes one entry',
          },
          scope: {
            type: 'string',
            array: true,
            requiresArg: true,
            describe:
              'Which of its files: SCOPE or CLIENT=SCOPE (user, project, local); default: the one scope that holds servers',
          },
          file: {
            type: 'string',
            requiresArg: true,
            describe: "A client's file anywhere (with one --from saying which client's it is)",
          },
          all: {
            // no default: yargs counts a defaulted option as given, and --all conflicts with --from and --file
            type: 'boolean',
            describe:
              "Every client on this machine (user files and this project's): shows what it found and asks once before it writes",
          },
          prefer: {
            type: 'string',
            requiresArg: true,
            choices: [...TARGET_NAMES],
            describe: "With --all: where two clients define one server name differently, take this client's",
          },
          yes: { type: 'boolean', default: false, describe: 'With --all: write without asking' },
          json: jsonOption,
        }),
      )
        .conflicts('all', ['from', 'file'])
        .example('$0 import --dry-run', 'what importing ~/.codex/config.toml would do')
        .example('$0 import && $0 apply', 'adopt it, then rewrite config.toml without plaintext secrets')
        .example('$0 import --from claude-code --from cursor', 'Claude Code and Cursor into one mcp.yaml with targets')
        .example('$0 import --all', 'every client on this machine into one mcp.yaml, after one question')
        .example('$0 import --all --prefer cursor --yes', "the same without asking; Cursor's definition wins a clash"),
    async (args) => {
      const { importAction } = await import('../actions/import.js');
      state.exitCode = await importAction(args, state.io);
    },
  );
