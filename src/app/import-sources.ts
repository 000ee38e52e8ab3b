// import: which client files `mcpctl import --from NAME [--scope S] [--file PATH]` reads, and their servers as
// mcp.yaml servers (core/import-codex.ts for Codex, core/import-json.ts for the JSON clients). A client with
// several scopes and no --scope: every scope's file is read, and the one that holds servers is used (several
// that do: the user chooses). Project-scope files are the ones beside the mcp.yaml being written, as for apply.
import { dirname, resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { importCodex } from '../core/import-codex.js';
import type { ImportNote } from '../core/import-codex.js';
import { importJsonClient, vscodeInputs } from '../core/import-json.js';
import type { ImportedServer, JsonClient } from '../core/import-json.js';
import { codexHash } from '../core/targets/codex/normalize.js';
import { tomlOf } from '../core/targets/codex/toml-of.js';
import { entryHash } from '../core/plan.js';
import { TARGET_NAMES } from '../core/targets/names.js';
import type { TargetName } from '../core/targets/names.js';
import { TARGETS } from '../core/targets/registry.js';
import type { Scope, Where } from '../core/targets/target.js';
import type { TargetOptions } from '../core/target-path.js';
import type { TomlTable } from '../core/toml/value.js';
import { pathExists } from '../io/path-exists.js';
import { gitRootOf } from '../io/git-root.js';
import type { Context } from './pipeline.js';
import { loadTarget } from './plan-target.js';
import type { LoadedTarget } from './plan-target.js';
import { codexFileRef, isTargetName } from './target-files.js';

export interface SourceChoice extends TargetOptions {
  /** --from: the clients to read (default: Codex alone). */
  from?: readonly string[] | undefined;
  /** --scope: SCOPE (every client named) or CLIENT=SCOPE. */
  scope?: readonly string[] | undefined;
  /** --file: the one client's file, wherever it is. */
  file?: string | undefined;
  /** --all: every client whose files on this machine hold servers (and the current project's). */
  all?: boolean | undefined;
  /** --prefer: with --all, this client's server wins where two clients define one name differently. */
  prefer?: string | undefined;
  out: string;
}

export interface ReadSource {
  client: TargetName;
  scope: Scope;
  target: LoadedTarget;
  servers: Map<string, ImportedServer>;
  skipped: string[];
  notes: ImportNote[];
  /** The file apply writes for this client and scope is this one: the imported servers become managed there. */
  adoptable: boolean;
  /** The state hash of each server as it is in the file now (what adoption records). */
  hash(name: string): string | undefined;
}

export async function readSources(choice: SourceChoice, ctx: Context): Promise<ReadSource[]> {
  if (choice.all) return readAll(choice, ctx);
  const clients = clientsOf(choice.from);
  if (choice.file !== undefined && clients.length !== 1)
    throw new McpctlError('E_USAGE', `--file names one client's file, but --from names ${clients.length} clients`, {
      hint: 'give exactly one --from with --file (it says how to read the file)',
    });
  const scopes = scopesOf(choice.scope, clients);
  const out: ReadSource[] = [];
  for (const client of clients) {
    out.push(
      client === 'codex' ? await readCodex(choice, ctx) : await readJson(client, scopes.get(client), choice, ctx),
    );
  }
  return out;
}

/**
 * --all: each client whose file holds servers, in the clients' order with the --prefer client first (where two
 * define one name differently, the first read is imported). A client with servers in several scopes gives
 * those of its first scope (project before user), or of --scope CLIENT=SCOPE, and a note names the others.
 */
async function readAll(choice: SourceChoice, ctx: Context): Promise<ReadSource[]> {
  if (choice.from?.length || choice.file !== undefined)
    throw new McpctlError('E_USAGE', '--all reads every client: it takes no --from or --file', {
      hint: 'leave out --all to import named clients (--from A --from B), or --from with --file for one file',
    });
  if (choice.prefer !== undefined && !isTargetName(choice.prefer))
    throw new McpctlError('E_USAGE', `--prefer ${choice.prefer}: there is no such client`, {
      hint: `the clients are ${TARGET_NAMES.join(', ')}`,
    });
  const scopes = scopesOf(choice.scope, TARGET_NAMES);
  const order = [...TARGET_NAMES].sort((a, b) => Number(b === choice.prefer) - Number(a === choice.prefer));
  const out: ReadSource[] = [];
  for (const client of order) {
    try {
      out.push(
        client === 'codex'
          ? await readCodex(choice, ctx)
          : await readJson(client, scopes.get(client), choice, ctx, 'first'),
      );
    } catch (e) {
      // this client has no file, or no servers in it: nothing to import from it
      if (e instanceof McpctlError && e.code === 'E_NOT_FOUND') continue;
      throw e;
    }
  }
  if (!out.length)
    throw new McpctlError('E_NOT_FOUND', 'no MCP client on this machine has servers to import', {
      hint: `looked for the files of ${TARGET_NAMES.join(', ')} (user scope and this project's); start from scratch with "mcpctl init"`,
    });
  return out;
}

function clientsOf(from: readonly string[] | undefined): TargetName[] {
  const names = from?.length ? from : ['codex'];
  for (const n of names)
    if (!isTargetName(n))
      throw new McpctlError('E_USAGE', `--from ${n}: there is no such client`, {
        hint: `the clients are ${TARGET_NAMES.join(', ')}`,
      });
  return TARGET_NAMES.filter((t) => names.includes(t));
}

function scopesOf(given: readonly string[] | undefined, clients: readonly TargetName[]): Map<TargetName, Scope> {
  const out = new Map<TargetName, Scope>();
  for (const item of given ?? []) {
    const eq = item.indexOf('=');
    const named = eq > 0 ? item.slice(0, eq) : undefined;
    const scope = eq > 0 ? item.slice(eq + 1) : item;
    if (named !== undefined && !(isTargetName(named) && clients.includes(named)))
      throw new McpctlError('E_USAGE', `--scope ${item}: ${named} is not one of the --from clients`, {
        hint: `write --scope CLIENT=SCOPE with CLIENT one of ${clients.join(', ')}, or --scope SCOPE for all of them`,
      });
    for (const c of named !== undefined && isTargetName(named) ? [named] : clients) {
      const client = TARGETS[c];
      const ok = client.scopes.find((s) => s === scope);
      if (!ok)
        throw new McpctlError('E_USAGE', `--scope ${item}: ${client.title} has no scope "${scope}"`, {
          hint: `${client.title}'s scopes are ${client.scopes.join(', ')}`,
        });
      out.set(c, ok);
    }
  }
  return out;
}

async function readCodex(choice: SourceChoice, ctx: Context): Promise<ReadSource> {
  const flags = choice.file !== undefined ? { ...choice, config: choice.file } : choice;
  const target = await loadTarget(codexFileRef(flags, ctx));
  if (!target.exists) {
    throw new McpctlError('E_NOT_FOUND', `${target.path} does not exist: there is no Codex config to import`, {
      hint: 'name the file with --config PATH (or --profile NAME, --project DIR), or start from scratch with "mcpctl init"',
    });
  }
  const tables = new Map<string, TomlTable>();
  for (const [name, s] of target.file.servers) tables.set(name, tomlOf(s.value));
  if (!tables.size)
    throw new McpctlError('E_NOT_FOUND', `${target.path} has no MCP servers to import`, {
      hint: 'start from scratch with "mcpctl init"',
    });
  const { file, skipped, moves, notes } = importCodex(tables);
  const servers = new Map<string, ImportedServer>();
  for (const [name, server] of Object.entries(file.servers ?? {}))
    servers.set(name, { server, moves: moves.filter((m) => m.server === name) });
  return {
    client: 'codex',
    scope: 'user',
    target,
    servers,
    skipped,
    notes,
    adoptable: true,
    hash: (name) => {
      const t = tables.get(name);
      return t && codexHash(t);
    },
  };
}

async function readJson(
  name: JsonClient,
  scope: Scope | undefined,
  choice: SourceChoice,
  ctx: Context,
  /** Servers in several scopes: ask which (an error naming them), or take the first and note the others. */
  several: 'ask' | 'first' = 'ask',
): Promise<ReadSource> {
  const client = TARGETS[name];
  const specDir = dirname(resolve(ctx.cwd, choice.out));
  const where: Where = {
    env: ctx.env,
    home: ctx.home,
    cwd: ctx.cwd,
    platform: process.platform,
    specDir,
    gitRoot: gitRootOf(specDir),
    exists: pathExists,
  };
  const load = async (s: Scope, path: string) => loadTarget({ path, scope: s, clients: [client], where });
  let target: LoadedTarget;
  let adoptable = true;
  let others: string[] = [];
  if (choice.file !== undefined) {
    const path = resolve(ctx.cwd, choice.file);
    const s = scope ?? client.scopes.find((x) => client.file(x, where) === path) ?? client.defaultScope;
    adoptable = client.file(s, where) === path;
    target = await load(s, path);
    if (!target.exists)
      throw new McpctlError('E_NOT_FOUND', `${path} does not exist: there is no ${client.title} config to import`, {
        hint: `name ${client.title}'s file with --file PATH, or leave --file out to read its usual files`,
      });
  } else if (scope !== undefined) {
    target = await load(scope, client.file(scope, where));
  } else {
    const found: LoadedTarget[] = [];
    for (const s of client.scopes) {
      const t = await load(s, client.file(s, where));
      if (t.file.servers.size) found.push(t);
    }
    const [one, ...more] = found;
    if (!one)
      throw new McpctlError('E_NOT_FOUND', `${client.title} has no MCP servers to import`, {
        hint: `looked in ${client.scopes.map((s) => `${client.file(s, where)} (${s})`).join(', ')}; name its file with --file PATH`,
      });
    if (more.length && several === 'first')
      others = more.map(
        (t) =>
          `${t.file.servers.size} in ${t.path} (${t.scope} scope) not imported: mcp.yaml writes one scope of ${client.title}; import it with --from ${name} --scope ${t.scope} --out another.yaml`,
      );
    else if (more.length)
      throw new McpctlError('E_USAGE', `${client.title} has servers in ${found.length} scopes: choose one`, {
        hint: `${found.map((t) => `--scope ${name}=${t.scope} (${t.file.servers.size} in ${t.path})`).join(', ')}; import another scope into another mcp.yaml`,
      });
    target = one;
  }
  if (!target.file.servers.size)
    throw new McpctlError(
      'E_NOT_FOUND',
      `${target.path} has no ${client.title} servers to import (${target.scope} scope)`,
      {
        hint:
          client.scopes.length > 1
            ? `try another --scope (${client.scopes.join(', ')})`
            : 'start from scratch with "mcpctl init"',
      },
    );
  const entries = new Map([...target.file.servers].map(([n, s]) => [n, s.value]));
  const inputs = name === 'vscode' ? vscodeInputs(target.text) : [];
  const imp = importJsonClient(name, entries, containerLabel(name, target.scope, where), inputs);
  const notes = [...imp.notes, ...others.map((message) => ({ server: '*', key: 'scope', message }))];
  if (!adoptable)
    notes.push({
      server: '*',
      key: 'file',
      message: `apply writes ${client.file(target.scope, where)} for ${client.title} (${target.scope} scope), not ${target.path}: the servers were not marked as managed in ${target.path}`,
    });
  return {
    client: name,
    scope: target.scope,
    target,
    ...imp,
    notes,
    adoptable,
    hash: (n) => {
      const e = entries.get(n);
      return e && entryHash(e, (x) => client.normalize(x));
    },
  };
}

function containerLabel(client: JsonClient, scope: Scope, where: Where): string {
  if (client === 'vscode') return 'servers';
  if (client === 'zed') return 'context_servers';
  if (client === 'opencode') return 'mcp';
  if (client === 'claude-code' && scope === 'local')
    return `projects[${JSON.stringify(where.gitRoot ?? where.specDir)}].mcpServers`;
  return 'mcpServers';
}
