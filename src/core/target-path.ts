// Which config.toml a command works on. Pure: env and home are passed in.
import { isAbsolute, join, resolve } from 'node:path';
import { McpctlError } from './errors.js';

export interface TargetOptions {
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
}

export function codexHome(env: NodeJS.ProcessEnv, home: string): string {
  const fromEnv = env['CODEX_HOME'];
  return fromEnv ? resolve(fromEnv) : join(home, '.codex');
}

export function resolveTarget(opts: TargetOptions, env: NodeJS.ProcessEnv, home: string, cwd: string): string {
  const chosen = [opts.config && '--config', opts.profile && '--profile', opts.project && '--project'].filter(Boolean);
  if (chosen.length > 1) {
    throw new McpctlError('E_USAGE', `${chosen.join(' and ')} name different targets`, {
      hint: 'pass only one of --config, --profile and --project',
    });
  }
  if (opts.config) return isAbsolute(opts.config) ? opts.config : resolve(cwd, opts.config);
  if (opts.profile) {
    if (!/^[A-Za-z0-9_-]+$/.test(opts.profile)) {
      throw new McpctlError('E_USAGE', `"${opts.profile}" is not a valid profile name`, {
        hint: 'profile names use letters, digits, "_" and "-"',
      });
    }
    return join(codexHome(env, home), `${opts.profile}.config.toml`);
  }
  if (opts.project) return join(resolve(cwd, opts.project), '.codex', 'config.toml');
  return join(codexHome(env, home), 'config.toml');
}
