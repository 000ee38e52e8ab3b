import { McpctlError } from '../../core/errors.js';
import type { Command } from '../main.js';

// Mirrored by the fast path in ../scan-argv.ts: keep the two in step.
export const scanCommand: Command = (cli, state) =>
  cli.command(
    'scan [paths..]',
    'Find plain-text secrets in files (pre-commit and CI secret scanner)',
    (y) =>
      y
        .positional('paths', {
          type: 'string',
          array: true,
          describe: 'Files or folders to scan (default: the current folder)',
        })
        .options({
          staged: {
            type: 'boolean',
            default: false,
            describe: 'Scan what is staged in git (the index), not the working tree',
          },
          baseline: {
            type: 'string',
            requiresArg: true,
            describe: 'Report only findings not accepted in this baseline file',
          },
          'write-baseline': {
            type: 'string',
            requiresArg: true,
            describe: 'Accept every current finding: write them to this baseline file',
          },
          format: {
            choices: ['pretty', 'json', 'sarif', 'github'] as const,
            default: 'pretty' as const,
            describe: 'Output format',
          },
          'max-bytes': {
            type: 'number',
            default: 5 * 1024 * 1024,
            requiresArg: true,
            describe: 'Skip (with a note) files larger than this',
          },
        })
        .example('$0 scan', 'scan the current folder (skips .git and node_modules)')
        .example('$0 scan .codex/config.toml .env', 'scan two files (what the pre-commit hook runs)')
        .example('$0 scan --staged', 'scan what is about to be committed')
        .example('$0 scan --write-baseline .mcpctl-baseline.json', 'accept the findings there are today')
        .example(
          '$0 scan --baseline .mcpctl-baseline.json --format sarif > scan.sarif',
          'in CI: only new findings, for GitHub code scanning',
        )
        .epilogue(
          'Exit codes: 0 no error findings (warnings allowed), 1 error findings, 2 usage or unreadable input.\nSuppress one line with a comment: "# mcpctl:allow secret/<rule>" (or "mcpctl:allow all").',
        ),
    async (args) => {
      const max = args['max-bytes'];
      if (!Number.isInteger(max) || max <= 0) {
        throw new McpctlError(
          'E_USAGE',
          `--max-bytes must be a whole number of bytes greater than 0, not ${JSON.stringify(max)}`,
          { hint: 'e.g. --max-bytes 10485760 for 10 MiB' },
        );
      }
      const { scanAction } = await import('../actions/scan.js');
      state.exitCode = await scanAction(
        {
          paths: (args.paths ?? []).map(String),
          staged: args.staged,
          format: args.format,
          baseline: args.baseline,
          writeBaseline: args['write-baseline'],
          maxBytes: args['max-bytes'],
        },
        state.io,
        process.cwd(),
      );
    },
  );
