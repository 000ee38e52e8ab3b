// The ${secret:NAME} references of a server: the one list of the fields that may hold them, for every use
// (apply's missing-secret check, add/remove's report, test's redaction of what the launcher reads).
import type { Server } from './generated/mcp-types.js';
import type { DocPath } from './load.js';
import { secretNames } from './resolve.js';
import type { TomlTable } from './toml/value.js';

export interface SecretRef {
  name: string;
  /** Where it is, inside the server (e.g. ['env', 'TOKEN']). */
  path: DocPath;
}

/**
 * Every ${secret:NAME} in an mcp.yaml server, in field order (command, args, env, cwd, url, headers, then the
 * template inputs under with:), one entry per reference. These are the fields src/core/validate.ts checks
 * references in, plus with: (a template's secret input is given as a reference).
 */
export function secretRefsOf(server: Server): SecretRef[] {
  const out: SecretRef[] = [];
  // most values hold no reference: the path is made only for one that does (a plan walks every server)
  const has = (value: string | undefined): value is string => value !== undefined && value.includes('${');
  const add = (path: DocPath, value: string) => {
    for (const name of secretNames(value)) out.push({ name, path });
  };
  if (has(server.command)) add(['command'], server.command);
  const args = server.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (has(a)) add(['args', i], a);
  }
  for (const k in server.env ?? {}) {
    const v = server.env?.[k];
    if (has(v)) add(['env', k], v);
  }
  if (has(server.cwd)) add(['cwd'], server.cwd);
  if (has(server.url)) add(['url'], server.url);
  for (const k in server.headers ?? {}) {
    const v = server.headers?.[k];
    if (has(v)) add(['headers', k], v);
  }
  for (const [k, v] of Object.entries(server.with ?? {})) {
    if (Array.isArray(v))
      for (const [i, x] of v.entries()) {
        const t = String(x);
        if (has(t)) add(['with', k, i], t);
      }
    else if (has(String(v))) add(['with', k], String(v));
  }
  return out;
}

/** The distinct secret names a server references, in order of first reference. */
export function secretNamesOf(server: Server): string[] {
  return [...new Set(secretRefsOf(server).map((r) => r.name))];
}

/**
 * The secret names a compiled Codex server table reads. In config.toml only mcpctl's launcher (in args) and
 * its headers helper (http_headers_helper) resolve ${secret:…}: every other value is given to the server as is.
 */
export function tableSecretNames(table: TomlTable): string[] {
  const values: string[] = [];
  const args = table['args'];
  if (Array.isArray(args)) for (const a of args) if (typeof a === 'string') values.push(a);
  const helper = table['http_headers_helper'];
  if (typeof helper === 'string') values.push(helper);
  return [...new Set(values.flatMap((v) => secretNames(v)))];
}
