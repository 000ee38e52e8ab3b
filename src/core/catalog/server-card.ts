// An MCP Server Card (SEP-2127; schema modelcontextprotocol/experimental-ext-server-card schema.ts, $schema
// https://static.modelcontextprotocol.io/schemas/v{1,2}/server-card.schema.json) as a server.json document with
// remotes, so catalog import reads it like any other. A card is server.json's identity and `remotes` only:
// name (reverse-DNS, one "/"), version, description, title, websiteUrl, repository, icons, remotes
// [{type: streamable-http | sse, url, headers: KeyValueInput[], variables: {name: Input}}], _meta. Its inputs
// have server.json's shape (isRequired, isSecret, default, choices, format, value, variables). A card never
// describes how to run a server locally: one that carries `packages` is refused. Pure.
import { McpctlError } from '../errors.js';
import { SERVER_SCHEMA_2025_12_11 } from './server-json.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a card is: the URL as given, or `/.well-known/mcp/server-card.json` on an origin given without a path. */
export function cardUrl(given: URL): URL {
  if (given.pathname !== '/' && given.pathname !== '') return given;
  return new URL('/.well-known/mcp/server-card.json', given.origin);
}

export interface CardDocument {
  /** A server.json document parseServerJson reads. */
  doc: Obj;
  name: string;
  version: string;
}

/** The card as a server.json document, or E_CATALOG saying why not. */
export function cardToServerJson(card: unknown, where: string): CardDocument {
  const bad = (why: string, hint = 'check the card against the Server Card schema (SEP-2127)') =>
    new McpctlError('E_CATALOG', `${where} is not a usable MCP Server Card: ${why}`, { hint });
  if (!isObj(card)) throw bad('it is not a JSON object');
  const name = card['name'];
  const version = card['version'];
  if (typeof name !== 'string' || !name) throw bad('"name" is missing');
  if (typeof version !== 'string' || !version)
    throw bad('"version" is missing', 'a card names the version it describes; mcpctl pins the template to it');
  if ('packages' in card)
    throw bad(
      'it lists packages',
      'a Server Card describes a remote server only; import a local package from its server.json (--registry or a file)',
    );
  const remotes = Array.isArray(card['remotes']) ? card['remotes'].filter(isObj) : [];
  if (!remotes.some((r) => r['type'] === 'streamable-http' || r['type'] === 'sse'))
    throw bad('it has no streamable-http or sse remote', 'the card must say where the server is ("remotes")');
  const doc: Obj = { $schema: SERVER_SCHEMA_2025_12_11 };
  for (const k of ['name', 'description', 'title', 'version', 'websiteUrl', 'repository', 'icons', '_meta'])
    if (card[k] !== undefined) doc[k] = card[k];
  // supportedProtocolVersions is the card's own: server.json's remotes have no such field
  doc['remotes'] = remotes.map((r) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'supportedProtocolVersions')),
  );
  if (typeof doc['description'] !== 'string') doc['description'] = '';
  return { doc, name, version };
}
