// Which npm registry a package comes from, as the user's own npm would choose it: `npm_config_registry` /
// `npm_config_@scope:registry` in the environment, then `.npmrc` files (the project's, the user's —
// `npm_config_userconfig` moves it — and the global one), `@scope:registry` before `registry`; with none
// of them, `npm config get registry` (npm's own default). Credentials (`//host/path/:_authToken`) come from
// the same files, `${VAR}` expanded from the environment; they go into a request header and nowhere else.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { McpctlError } from '../../core/errors.js';

export interface NpmConfig {
  /** The registry of a package (its scope's, else the default), ending in "/". */
  registryFor(name: string): string;
  /** The Authorization header for a URL under a registry the files hold a token for, or null. */
  authFor(url: string): string | null;
}

/**
 * Reads the configuration once per command. `cwd`: the project folder, whose .npmrc comes first — unless
 * `project` is false (the GitHub Action: a pull request's .npmrc could name a host and expand the runner's
 * variables into it).
 */
export function npmConfig(env: NodeJS.ProcessEnv, home: string, cwd: string, project = true): NpmConfig {
  const values = new Map<string, string>();
  const set = (k: string, v: string) => {
    if (!values.has(k)) values.set(k, v);
  };
  // the environment first: npm_config_X (any case), then the files from the nearest to the global one
  for (const [k, v] of Object.entries(env)) {
    const m = /^npm_config_(.+)$/i.exec(k);
    // npm reads npm_config_foo_bar as foo-bar; a scope's registry keeps its name (npm_config_@acme:registry)
    const key = m?.[1] ?? '';
    if (m && v !== undefined) set(key.startsWith('@') ? key : key.toLowerCase().replace(/_/g, '-'), v);
  }
  const userConfig = env['npm_config_userconfig'] ?? env['NPM_CONFIG_USERCONFIG'] ?? join(home, '.npmrc');
  const prefix = env['npm_config_prefix'] ?? env['NPM_CONFIG_PREFIX'] ?? dirname(dirname(process.execPath));
  for (const file of [...(project ? [join(cwd, '.npmrc')] : []), userConfig, join(prefix, 'etc', 'npmrc')])
    for (const [k, v] of readNpmrc(file, env)) set(k, v);
  let fallback: string | null = null;
  const defaultRegistry = () => {
    const own = values.get('registry');
    if (own) return slash(own);
    fallback ??= askNpm(env, cwd);
    return fallback;
  };
  return {
    registryFor(name) {
      const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : null;
      const scoped = scope ? values.get(`${scope}:registry`) : undefined;
      return scoped ? slash(scoped) : defaultRegistry();
    },
    authFor(url) {
      const bare = url.replace(/^https?:/, '');
      let best: { key: string; value: string } | null = null;
      for (const [k, v] of values) {
        const m = /^(\/\/.+\/):_authToken$/.exec(k);
        if (m && bare.startsWith(m[1] ?? '\0') && (!best || (m[1] ?? '').length > best.key.length))
          best = { key: m[1] ?? '', value: v };
      }
      return best ? `Bearer ${best.value}` : null;
    },
  };
}

/** key=value lines of an .npmrc; `${VAR}` expanded; a missing file is none. */
function readNpmrc(file: string, env: NodeJS.ProcessEnv): Array<[string, string]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: Array<[string, string]> = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/\$\{([^}]+)\}/g, (_, name: string) => env[name] ?? '');
    out.push([key.startsWith('//') ? key : key.toLowerCase(), value]);
  }
  return out;
}

/** npm's own answer, when nothing configures a registry: its built-in default. */
function askNpm(env: NodeJS.ProcessEnv, cwd: string): string {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['config', 'get', 'registry'], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 15_000,
  });
  const out = (r.stdout ?? '').trim();
  if (r.status !== 0 || !/^https?:\/\//.test(out))
    throw new McpctlError('E_NETWORK', 'no npm registry is configured, and "npm config get registry" did not say one', {
      hint: 'set registry= in ~/.npmrc (or npm_config_registry), as npm itself would use it',
    });
  return slash(out);
}

function slash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
