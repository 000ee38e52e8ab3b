// The answers of the MCP Registry API (v0.1) that catalog import reads, narrowed from `unknown`: one server
// version (ServerResponse: `{server, _meta: {"io.modelcontextprotocol.registry/official": {status, …}}}`) and a
// list (ServerList: `{servers: [ServerResponse…], metadata: {nextCursor, count}}`). What the status allows
// (deleted: refused; deprecated: a warning) is decided here too. Pure.
import { McpctlError } from '../errors.js';
import { shown } from './import-checks.js';

export const OFFICIAL_KEY = 'io.modelcontextprotocol.registry/official';

export interface RegistryEntry {
  /** The server.json document, as the registry gave it. */
  server: Record<string, unknown>;
  status: string | undefined;
  statusMessage: string | undefined;
  publishedAt: string | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string | undefined => (typeof o[k] === 'string' ? o[k] : undefined);

/** One ServerResponse, or E_CATALOG naming what is missing. */
export function parseServerResponse(json: unknown, where: string): RegistryEntry {
  if (!isObj(json) || !isObj(json['server']))
    throw new McpctlError('E_CATALOG', `${where} is not an MCP Registry answer: it has no "server" object`, {
      hint: 'give the base URL of the registry (the one whose /v0.1/servers answers), not a page in front of it',
    });
  const meta = isObj(json['_meta']) ? json['_meta'] : {};
  const official = isObj(meta[OFFICIAL_KEY]) ? meta[OFFICIAL_KEY] : {};
  return {
    server: json['server'],
    status: str(official, 'status'),
    statusMessage: str(official, 'statusMessage'),
    publishedAt: str(official, 'publishedAt'),
  };
}

/** The distinct server names of a ServerList, in the registry's order (a malformed list has none). */
export function listedNames(json: unknown): string[] {
  const list = isObj(json) && Array.isArray(json['servers']) ? json['servers'] : [];
  const names = list.map((e) => (isObj(e) && isObj(e['server']) ? str(e['server'], 'name') : undefined));
  return [...new Set(names.filter((n): n is string => n !== undefined && n !== ''))];
}

/** The versions a ServerList of one server holds, in the registry's order (newest first). */
export function listedVersions(json: unknown): string[] {
  const list = isObj(json) && Array.isArray(json['servers']) ? json['servers'] : [];
  const versions = list.map((e) => (isObj(e) && isObj(e['server']) ? str(e['server'], 'version') : undefined));
  return [...new Set(versions.filter((v): v is string => v !== undefined && v !== ''))];
}

/**
 * What the entry's status allows: a deleted server is refused (E_CATALOG), a deprecated one gives a warning
 * (returned), an active one (or a registry that says nothing) none.
 */
export function statusWarning(entry: RegistryEntry, label: string): string | null {
  const why = entry.statusMessage ? ` (${shown(entry.statusMessage)})` : '';
  if (entry.status === 'deleted')
    throw new McpctlError('E_CATALOG', `${label} is deleted in the registry${why}: it is not imported`, {
      hint: 'a deleted server was withdrawn by its publisher or the registry; pick another version (--version) or server',
    });
  if (entry.status === 'deprecated') return `${label} is deprecated in the registry${why}; imported anyway`;
  return null;
}
