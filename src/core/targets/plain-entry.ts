// What several JSON clients share: the dialect of a client that expands no variable in its file (Zed,
// Antigravity, Claude Desktop: every reference in a local server goes through mcpctl's launcher, no cwd, no
// headers helper), and the plain entry shape {command, args, env} / {<url key>, headers}.
import type { Entry } from '../value.js';
import type { Dialect, Parts } from './json-compile.js';

export const EXPANDS_NOTHING = {
  expands: new Set(),
  envRef: () => null,
  wouldExpand: () => false,
  headersHelper: false,
  cwd: false,
} satisfies Omit<Dialect, 'title' | 'shape'>;

/** A local server as {command, args, env}; a remote one as {<urlKey>: url, headers} (headers only when any). */
export function plainEntry(parts: Parts, urlKey: 'url' | 'serverUrl'): Entry {
  if (parts.kind === 'stdio') return { command: parts.command, args: parts.args, env: parts.env };
  const e: Entry = { [urlKey]: parts.url };
  if (Object.keys(parts.headers).length) e['headers'] = parts.headers;
  return e;
}
