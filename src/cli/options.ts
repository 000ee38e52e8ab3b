// Options shared by several commands, declared once.
import type { Argv } from 'yargs';
import { TARGET_NAMES } from '../core/targets/names.js';

export const fileOption = {
  alias: 'f',
  type: 'string',
  default: 'mcp.yaml',
  describe: 'The mcp.yaml to read',
  requiresArg: true,
} as const;

/** -f for the commands that work without a mcp.yaml (rollback, backups): its targets name the files when there is one. */
export const historyFileOption = {
  alias: 'f',
  type: 'string',
  describe: 'The mcp.yaml whose targets name the files (default: ./mcp.yaml when it exists, else Codex alone)',
  requiresArg: true,
} as const;

const targetOptions = {
  config: {
    type: 'string',
    describe: 'Target config.toml (default: $CODEX_HOME/config.toml, else ~/.codex/config.toml)',
    requiresArg: true,
  },
  profile: { type: 'string', describe: 'Target the profile file $CODEX_HOME/NAME.config.toml', requiresArg: true },
  project: { type: 'string', describe: "Target a project's DIR/.codex/config.toml", requiresArg: true },
} as const;

/** --target NAME (repeatable): only these clients of those mcp.yaml configures. */
export function withClients<T>(y: Argv<T>) {
  return y.options({
    target: {
      type: 'string',
      array: true,
      requiresArg: true,
      choices: [...TARGET_NAMES],
      describe: `Only this client (repeatable): ${TARGET_NAMES.join(', ')}`,
    },
  });
}

/** --set NAME: the server set of mcp.yaml to turn on (sets:), instead of its default_set; "all" for every server. */
export const setOption = {
  type: 'string',
  requiresArg: true,
  describe:
    'Turn on only this server set of mcp.yaml (sets:), the others off; "all" for every server (default: default_set)',
} as const;

export const jsonOption = {
  type: 'boolean',
  default: false,
  describe: "Print a JSON document (versioned shape, see the command's page in docs/)",
} as const;

export function withTarget<T>(y: Argv<T>) {
  return y.options(targetOptions).conflicts('config', ['profile', 'project']).conflicts('profile', 'project');
}

export const formatOption = {
  type: 'string',
  // the names of src/core/render/findings/index.ts REPORTERS (not imported here: that would load every reporter at start-up)
  choices: ['pretty', 'json', 'sarif', 'github'],
  default: 'pretty',
  describe: 'Output: pretty (for people), json, sarif (code scanning), github (workflow annotations)',
} as const;
