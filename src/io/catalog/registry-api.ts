// The requests catalog import makes: the MCP Registry API v0.1 and a Server Card, each one GET through
// getJson (https, or http on loopback; time and size limits; retries on 5xx, 429 and network errors).
//
// Verified against modelcontextprotocol/registry docs/reference/api/openapi.yaml ("MCP Server Registry API",
// version 2025-12-01) and docs/reference/api/official-registry-api.md:
//   GET {base}/v0.1/servers/{serverName}/versions/{version}   serverName and version URL-encoded
//       ("com.example%2Fmy-server"); the special version `latest`; 404 `{error}` when the server or version is
//       not there. 200: ServerResponse `{server: ServerDetail (server.json), _meta: {"io.modelcontextprotocol.
//       registry/official": {status: active|deprecated|deleted, statusMessage, statusChangedAt, publishedAt,
//       updatedAt, isLatest}}}`.
//   GET {base}/v0.1/servers/{serverName}/versions             ServerList of every version, newest first.
//   GET {base}/v0.1/servers?search=&limit=&version=latest     ServerList `{servers: [ServerResponse],
//       metadata: {nextCursor, count}}`; search is a case-insensitive substring match on names.
//   Deleted servers are left out unless include_deleted=true, which mcpctl never asks for.
// A base given with a path (a subregistry such as https://host/registry/acme) keeps it; a trailing /v0.1 is
// not doubled.
//
// Server Card: modelcontextprotocol/experimental-ext-server-card (SEP-2127) serves
// `application/mcp-server-card+json`; asked for with that Accept header (and JSON as a fallback).
import { McpctlError } from '../../core/errors.js';
import type { GetOptions, JsonAnswer } from '../http-json.js';
import { GET_DEFAULTS, getJson } from '../http-json.js';

export interface RegistryLimits {
  timeoutMs?: number | undefined;
  maxBytes?: number | undefined;
  retries?: number | undefined;
}

/** One server version's answer, at most 1 MiB; a list, at most 4 MiB. */
export const REGISTRY_LIMITS = {
  timeoutMs: GET_DEFAULTS.timeoutMs,
  maxBytes: 1024 * 1024,
  retries: GET_DEFAULTS.retries,
};
const LIST_BYTES = 4 * 1024 * 1024;

/** The registry as it is named: origin and path, without a trailing /v0.1 or "/" (and never credentials). */
export function registryBase(base: URL): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '').replace(/\/v0\.1$/, '')}`;
}

function endpoint(base: URL, path: string, query: Record<string, string> = {}): URL {
  const u = new URL(`${registryBase(base)}/v0.1/${path}`);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  return u;
}

const opts = (what: string, limits: RegistryLimits, maxBytes = REGISTRY_LIMITS.maxBytes) => ({
  what,
  timeoutMs: limits.timeoutMs ?? REGISTRY_LIMITS.timeoutMs,
  maxBytes: limits.maxBytes ?? maxBytes,
  retries: limits.retries ?? REGISTRY_LIMITS.retries,
});

/** getJson, whose network errors do not point to an --offline that catalog import does not have. */
async function get(url: URL, options: GetOptions): Promise<JsonAnswer | null> {
  try {
    return await getJson(url, options);
  } catch (e) {
    if (e instanceof McpctlError && e.code === 'E_NETWORK' && e.hint?.includes('--offline'))
      throw new McpctlError(e.code, e.message, {
        hint: `check the URL (${url.origin}) and your network, then run again`,
      });
    throw e;
  }
}

/** The ServerResponse of `name` at `version` ("latest" for the newest), or null when the registry has none. */
export async function fetchServerVersion(
  base: URL,
  name: string,
  version: string,
  limits: RegistryLimits = {},
): Promise<{ url: URL; json: unknown } | null> {
  const url = endpoint(base, `servers/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`);
  const got = await get(url, { ...opts(`MCP Registry entry ${name}@${version}`, limits), notFoundOk: true });
  return got && { url, json: got.json };
}

/** The ServerList of every version of `name`, or null when the registry has no such server. */
export async function fetchServerVersions(base: URL, name: string, limits: RegistryLimits = {}): Promise<unknown> {
  const url = endpoint(base, `servers/${encodeURIComponent(name)}/versions`);
  const got = await get(url, { ...opts(`MCP Registry versions of ${name}`, limits, LIST_BYTES), notFoundOk: true });
  return got?.json ?? null;
}

/** The ServerList of the newest versions whose names contain `text` (the first 20). */
export async function searchServers(base: URL, text: string, limits: RegistryLimits = {}): Promise<unknown> {
  const url = endpoint(base, 'servers', { search: text, limit: '20', version: 'latest' });
  const got = await get(url, { ...opts(`MCP Registry search for "${text}"`, limits, LIST_BYTES), notFoundOk: true });
  return got?.json ?? null;
}

/** The Server Card at `url` (at most 256 KiB), or null when there is none (404). */
export async function fetchServerCard(url: URL, limits: RegistryLimits = {}): Promise<{ json: unknown } | null> {
  const got = await get(url, {
    ...opts(`MCP Server Card ${url.href}`, limits, 256 * 1024),
    headers: { accept: 'application/mcp-server-card+json, application/json;q=0.9' },
    notFoundOk: true,
  });
  return got && { json: got.json };
}
