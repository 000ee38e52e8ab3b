// The environment and headers Codex gives a server, built the way Codex builds them. Pure: the parent
// environment is passed in.
import { CODEX_DEFAULT_ENV_VARS, CODEX_HELPER_ENV_VARS } from '../core/codex-facts.js';
import type { HttpSpec, StdioSpec } from '../core/probe-types.js';

/** Default variables (when set), then `env_vars` forwarded from the parent, then the literal `env` table. */
export function codexStdioEnv(
  spec: Pick<StdioSpec, 'env' | 'envVars'>,
  parent: NodeJS.ProcessEnv,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [...CODEX_DEFAULT_ENV_VARS, ...spec.envVars]) {
    const v = parent[name];
    if (v !== undefined) out[name] = v;
  }
  for (const [k, v] of Object.entries(spec.env)) out[k] = v;
  return out;
}

/** What `http_headers_helper` runs with (measured, CODEX_HELPER_ENV_VARS): those variables when set, and PWD = where it runs. */
export function codexHelperEnv(parent: NodeJS.ProcessEnv, cwd: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of CODEX_HELPER_ENV_VARS) {
    const v = parent[name];
    if (v !== undefined) out[name] = v;
  }
  out['PWD'] = cwd;
  return out;
}

export interface BuiltHeaders {
  headers: Record<string, string>;
  /** Lower-case header name → where its value came from, e.g. `env_http_headers (X_API_KEY)`. */
  sources: Record<string, string>;
  /** Variables named by the config but unset (or blank) here: Codex sends no header for them. */
  unset: Array<{ header: string; envVar: string; key: 'env_http_headers' | 'bearer_token_env_var' }>;
}

/** http_headers, then env_http_headers (blank values skipped, as Codex does), the helper's output, the bearer token. */
export function codexHttpHeaders(
  spec: Pick<HttpSpec, 'httpHeaders' | 'envHttpHeaders' | 'bearerTokenEnvVar'>,
  parent: NodeJS.ProcessEnv,
  helper: Record<string, string> | null,
): BuiltHeaders {
  const headers: Record<string, string> = {};
  const sources: Record<string, string> = {};
  const unset: BuiltHeaders['unset'] = [];
  const set = (name: string, value: string, source: string) => {
    for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
    headers[name] = value;
    sources[name.toLowerCase()] = source;
  };
  for (const [k, v] of Object.entries(spec.httpHeaders)) set(k, v, 'http_headers');
  for (const [k, envVar] of Object.entries(spec.envHttpHeaders)) {
    const v = parent[envVar];
    if (v === undefined || v.trim() === '') unset.push({ header: k, envVar, key: 'env_http_headers' });
    else set(k, v, `env_http_headers (${envVar})`);
  }
  for (const [k, v] of Object.entries(helper ?? {})) set(k, v, 'http_headers_helper');
  if (spec.bearerTokenEnvVar !== null) {
    const v = parent[spec.bearerTokenEnvVar];
    if (v === undefined || v.trim() === '')
      unset.push({ header: 'Authorization', envVar: spec.bearerTokenEnvVar, key: 'bearer_token_env_var' });
    else set('Authorization', `Bearer ${v}`, `bearer_token_env_var (${spec.bearerTokenEnvVar})`);
  }
  return { headers, sources, unset };
}
