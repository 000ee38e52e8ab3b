// catalog import: a server.json document (a local file, an entry of the MCP Registry, or an MCP Server Card)
// written as a template of a catalog folder, atomically. Before anything is written, the document is checked
// (no control characters, no shell, pinned versions), literal secrets are dropped (the input is asked for, as a
// ${secret:} reference), and where it came from is kept in the template's _meta "dev.mcpctl".source.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkImportable, shown } from '../core/catalog/import-checks.js';
import type { ImportSource } from '../core/catalog/import-document.js';
import { prepareDocument } from '../core/catalog/import-document.js';
import { templateText } from '../core/catalog/import-template.js';
import { listedNames, listedVersions, parseServerResponse, statusWarning } from '../core/catalog/registry-entry.js';
import { cardToServerJson, cardUrl } from '../core/catalog/server-card.js';
import { parseServerJson } from '../core/catalog/server-json.js';
import { McpctlError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { RegistryLimits } from '../io/catalog/registry-api.js';
import {
  fetchServerCard,
  fetchServerVersion,
  fetchServerVersions,
  registryBase,
  searchServers,
} from '../io/catalog/registry-api.js';
import { registryUrl } from '../io/http-json.js';
import type { Context } from './pipeline.js';

interface Destination {
  /** The template id; default the document's own. */
  id?: string | undefined;
  /** The catalog folder; default "catalog". */
  out?: string | undefined;
}

export interface ImportRequest extends Destination {
  /** The server.json document (relative to the working folder). */
  serverJson: string;
}

export interface RegistryImportRequest extends Destination {
  /** The registry's base URL (the official MCP Registry's, or a subregistry's). */
  registry: string;
  /** The server's exact name, e.g. io.github.acme/weather. */
  name: string;
  /** A published version; default the newest. */
  version?: string | undefined;
}

export interface CardImportRequest extends Destination {
  /** The card's URL, or an origin whose /.well-known/mcp/server-card.json is the card. */
  card: string;
}

export interface Imported {
  id: string;
  version: string;
  /** Absolute paths of the template written and of its catalog folder. */
  target: string;
  outDir: string;
  /** What the user should know: a deprecated entry, a literal secret left out. */
  warnings: string[];
  source?: ImportSource | undefined;
}

export async function importServerJson(req: ImportRequest, ctx: Context): Promise<Imported> {
  const src = resolve(ctx.cwd, req.serverJson);
  const text = await readFile(src, 'utf8').catch(() => {
    throw new McpctlError('E_NOT_FOUND', `cannot read ${src}`, { hint: 'give the path of a server.json document' });
  });
  return writeTemplate(parseServerJson(text, src).raw, src, undefined, req, ctx);
}

/** `NAME` (at `version`, default the newest) from the MCP Registry at `registry`. */
export async function importFromRegistry(
  req: RegistryImportRequest,
  ctx: Context,
  limits: RegistryLimits = {},
): Promise<Imported> {
  const base = withoutCredentials(registryUrl(req.registry, 'the MCP Registry'), '--registry');
  const label = registryBase(base);
  const name = word(req.name, 'the server name', 'give the exact name, e.g. io.github.acme/weather');
  const given = req.version === undefined ? undefined : word(req.version, '--version', 'give a published version');
  const asked = given === 'latest' ? undefined : given;
  const got = await fetchServerVersion(base, name, asked ?? 'latest', limits);
  if (!got) throw await notFound(base, label, name, asked, limits);
  const entry = parseServerResponse(got.json, `${label}'s answer for ${name}`);
  const { name: answered, version } = entry.server;
  if (answered !== name)
    throw new McpctlError(
      'E_CATALOG',
      `${label} answered for "${name}" with the server "${typeof answered === 'string' ? shown(answered) : '?'}"; nothing was written`,
      { hint: 'the registry is not answering as the MCP Registry API does: check the URL' },
    );
  if (asked !== undefined && version !== asked)
    throw new McpctlError(
      'E_CATALOG',
      `${label} answered for ${name}@${asked} with version "${typeof version === 'string' ? shown(version) : '?'}"; nothing was written`,
      { hint: 'the registry is not answering as the MCP Registry API does: check the URL' },
    );
  const warning = statusWarning(entry, `${name}@${typeof version === 'string' ? shown(version) : '?'}`);
  const source: ImportSource = {
    type: 'mcp-registry',
    url: label,
    name,
    version: typeof version === 'string' ? version : '',
    publishedAt: entry.publishedAt,
  };
  const done = await writeTemplate(entry.server, `${name} from ${label}`, source, req, ctx);
  return warning ? { ...done, warnings: [warning, ...done.warnings] } : done;
}

/** The MCP Server Card at `card` (an origin: its /.well-known/mcp/server-card.json). */
export async function importFromCard(
  req: CardImportRequest,
  ctx: Context,
  limits: RegistryLimits = {},
): Promise<Imported> {
  const url = cardUrl(withoutCredentials(registryUrl(req.card, 'the Server Card'), '--card'));
  const got = await fetchServerCard(url, limits);
  if (!got)
    throw new McpctlError('E_NOT_FOUND', `there is no MCP Server Card at ${url.href} (HTTP 404)`, {
      hint: 'give the URL of the card itself (SEP-2127 suggests <server URL>/server-card)',
    });
  const where = `the Server Card ${url.href}`;
  const card = cardToServerJson(got.json, where);
  const source: ImportSource = { type: 'server-card', url: url.href, name: card.name, version: card.version };
  return writeTemplate(card.doc, where, source, req, ctx);
}

/**
 * A template of that id that is another server's stays: the id comes from the document (its publisher's
 * `dev.mcpctl.id`, or its name), and an entry must not replace, say, the catalog's github template. The same
 * server's template (a newer version of it) may be written over.
 */
async function refuseOtherServer(target: string, id: string, name: string): Promise<void> {
  let had: unknown;
  try {
    had = JSON.parse(await readFile(target, 'utf8'));
  } catch {
    return;
  }
  const theirs = typeof had === 'object' && had !== null && 'name' in had ? String(had.name) : null;
  if (theirs !== null && theirs !== name)
    throw new McpctlError('E_CONFLICT', `the catalog has a template "${id}" already, for another server (${theirs})`, {
      hint: `import it under another id: --id ${id}-2 (or remove ${target} first if it should go)`,
    });
}

async function writeTemplate(
  raw: Record<string, unknown>,
  where: string,
  source: ImportSource | undefined,
  req: Destination,
  ctx: Context,
): Promise<Imported> {
  const prepared = prepareDocument(raw, source);
  const doc = parseServerJson(JSON.stringify(prepared.raw), where);
  checkImportable(doc, where);
  const id = req.id ?? doc.meta.id;
  const body = templateText(doc, id);
  const outDir = resolve(ctx.cwd, req.out ?? 'catalog');
  const target = join(outDir, 'templates', `${id}.json`);
  await refuseOtherServer(target, id, doc.name);
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, body, { mode: 0o644 });
  const warnings = prepared.dropped.map(
    (input) =>
      `${shown(input)}: ${where} gave this secret as a literal; it was left out and the template asks for it (give a \${secret:NAME} reference)`,
  );
  return { id, version: doc.version, target, outDir, warnings, source };
}

/** A URL without a user name or password: they would end up in messages and in the template's source. */
function withoutCredentials(u: URL, what: string): URL {
  if (!u.username && !u.password) return u;
  throw new McpctlError('E_USAGE', `${what}: ${u.origin} is given with a user name or password`, {
    hint: 'give the URL without credentials: registries and Server Cards are public documents',
  });
}

/** A name or version from the command line: one word, no control characters. */
function word(text: string, what: string, hint: string): string {
  const t = text.trim();
  if (!t || /[\s\u0000-\u001f\u007f-\u009f]/.test(t))
    throw new McpctlError('E_USAGE', `${what} "${shown(text)}" is not one word`, { hint });
  return t;
}

/** Why `name` (at `version`) is not in the registry: the versions it has, or the names that contain it. */
async function notFound(
  base: URL,
  label: string,
  name: string,
  version: string | undefined,
  limits: RegistryLimits,
): Promise<McpctlError> {
  const some = (list: string[]) =>
    `${list.slice(0, 10).map(shown).join(', ')}${list.length > 10 ? ` and ${list.length - 10} more` : ''}`;
  if (version !== undefined && version !== 'latest') {
    const versions = listedVersions(await fetchServerVersions(base, name, limits));
    if (versions.length)
      return new McpctlError(
        'E_NOT_FOUND',
        `${label} has ${name} but not version ${version}; its versions: ${some(versions)}`,
        {
          hint: 'run again with one of them after --version, or without --version for the newest',
        },
      );
  }
  const names = listedNames(await searchServers(base, name, limits)).filter((n) => n !== name);
  if (!names.length)
    return new McpctlError('E_NOT_FOUND', `${label} has no server named "${name}", nor any whose name contains it`, {
      hint: 'names are reverse-DNS with one "/", like io.github.owner/server: search for a part of it',
    });
  return new McpctlError(
    'E_NOT_FOUND',
    `${label} has no server named "${name}"; names that contain it: ${some(names)}`,
    {
      hint: `run again with the exact name, e.g. mcpctl catalog import --registry ${label} ${shown(names[0] ?? '')}`,
    },
  );
}
