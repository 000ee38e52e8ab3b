// The action's inputs, as the runner passes them: `INPUT_<NAME>` with the name upper-cased and spaces
// turned into `_` (hyphens kept: `INPUT_FAIL-ON`). Checked here once, so the rest reads typed values.
import { posix } from 'node:path';
import { McpctlError } from '../core/errors.js';

export const COMMANDS = ['plan', 'lint', 'scan', 'policy'] as const;
export type Command = (typeof COMMANDS)[number];
const FAIL_ON = ['error', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Inputs {
  /** mcp.yaml, relative to the workspace, `/`-separated, without a leading `./`. */
  file: string;
  policy: string | undefined;
  command: Command;
  /** A ref or commit to compare with; undefined: the pull request's base. */
  baseRef: string | undefined;
  comment: boolean;
  /** Where to write SARIF (relative to the workspace); undefined: none. */
  sarif: string | undefined;
  failOn: FailOn;
  token: string | undefined;
  /** check-updates: add the servers whose pins have newer releases (mcpctl outdated) to the report. */
  checkUpdates: boolean;
}

/** The raw value of one input, trimmed; '' when unset (as @actions/core's getInput). */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(env: NodeJS.ProcessEnv): Inputs {
  return {
    file: _file(input(env, 'file') || 'mcp.yaml'),
    policy: input(env, 'policy') || undefined,
    command: _oneOf('command', input(env, 'command') || 'plan', COMMANDS),
    baseRef: input(env, 'base-ref') || undefined,
    comment: _boolean('comment', input(env, 'comment') || 'true'),
    sarif: input(env, 'sarif') || undefined,
    failOn: _oneOf('fail-on', input(env, 'fail-on') || 'error', FAIL_ON),
    token: input(env, 'github-token') || undefined,
    checkUpdates: _boolean('check-updates', input(env, 'check-updates') || 'false'),
  };
}

function _oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  throw new McpctlError('E_USAGE', `input "${name}" is "${value}", which is not one of ${allowed.join(', ')}`, {
    hint: `set "${name}:" under "with:" of the mcpctl step to one of ${allowed.join(', ')}`,
  });
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

function _boolean(name: string, value: string): boolean {
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new McpctlError('E_USAGE', `input "${name}" is "${value}", which is not true or false`, {
    hint: `set "${name}: true" or "${name}: false"`,
  });
}

function _file(value: string): string {
  const normal = posix.normalize(value.replace(/\\/g, '/'));
  if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../') || normal === '.') {
    throw new McpctlError('E_USAGE', `input "file" is "${value}", which is not a file inside the repository`, {
      hint: 'name mcp.yaml relative to the repository root, e.g. "file: mcp.yaml" or "file: config/mcp.yaml"',
    });
  }
  return normal;
}
