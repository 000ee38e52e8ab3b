// A Codex server table (from config.toml, or compiled from mcp.yaml) → what to start and how, the way Codex
// reads the same keys (DESIGN.md §3). Pure.
import { getKey, isTable } from '../core/toml/value.js';
import type { TomlTable, TomlValue } from '../core/toml/value.js';
import { CODEX_DEFAULT_STARTUP_TIMEOUT_SEC } from '../core/codex-facts.js';
import type { ProbeSpec } from '../core/probe-types.js';

export function probeSpecOf(name: string, t: TomlTable): ProbeSpec {
  const problems: string[] = [];
  const str = (key: string): string | null => {
    const v = getKey(t, key);
    if (v === undefined) return null;
    if (typeof v === 'string') return v;
    problems.push(`${key} must be a string`);
    return null;
  };
  const strList = (key: string): string[] | null => {
    const v = getKey(t, key);
    if (v === undefined) return null;
    if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return v;
    problems.push(`${key} must be a list of strings`);
    return null;
  };
  const strTable = (key: string): Record<string, string> => {
    const v = getKey(t, key);
    const out: Record<string, string> = {};
    if (v === undefined) return out;
    if (!isTable(v)) {
      problems.push(`${key} must be a table`);
      return out;
    }
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string') out[k] = x;
      else problems.push(`${key}.${k} must be a string`);
    }
    return out;
  };
  const base = {
    name,
    enabled: getKey(t, 'enabled') !== false,
    startupTimeoutSec: startupTimeout(getKey(t, 'startup_timeout_sec'), getKey(t, 'startup_timeout_ms')),
    enabledTools: strList('enabled_tools'),
    disabledTools: strList('disabled_tools'),
    problems,
  };
  const command = str('command');
  const url = str('url');
  if (command !== null && url !== null) problems.push('both command and url are set; Codex refuses the entry');
  if (command !== null || url === null) {
    if (command === null) problems.push('neither command nor url is set');
    return {
      ...base,
      transport: 'stdio',
      command: command ?? '',
      args: strList('args') ?? [],
      env: strTable('env'),
      envVars: envVarNames(getKey(t, 'env_vars'), problems),
      cwd: str('cwd'),
    };
  }
  return {
    ...base,
    transport: 'http',
    url,
    httpHeaders: strTable('http_headers'),
    envHttpHeaders: strTable('env_http_headers'),
    bearerTokenEnvVar: str('bearer_token_env_var'),
    headersHelper: str('http_headers_helper'),
    oauth: getKey(t, 'oauth') !== undefined || getKey(t, 'auth') !== undefined,
  };
}

/** `startup_timeout_sec` wins over the legacy `startup_timeout_ms`; Codex's default is 10 s. */
function startupTimeout(sec: TomlValue | undefined, ms: TomlValue | undefined): number {
  if (typeof sec === 'number' && sec > 0) return sec;
  if (typeof ms === 'number' && ms > 0) return ms / 1000;
  return CODEX_DEFAULT_STARTUP_TIMEOUT_SEC;
}

/** `env_vars` items are names, or `{ name, source = "local" | "remote" }`; a remote one cannot start locally. */
function envVarNames(v: TomlValue | undefined, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push('env_vars must be a list');
    return [];
  }
  const out: string[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push(item);
    else if (isTable(item) && typeof item['name'] === 'string') {
      if (item['source'] === 'remote')
        problems.push(
          `env_vars entry "${item['name']}" uses source "remote", which Codex refuses for a local stdio server`,
        );
      else out.push(item['name']);
    } else problems.push('env_vars items must be names or { name, source } tables');
  }
  return out;
}
