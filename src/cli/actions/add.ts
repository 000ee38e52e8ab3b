// mcpctl add: a server into mcp.yaml, from a template (inputs from --set/--secret, or asked on a terminal) or
// from --command/--url. The new text is checked like plan checks it before anything is written; secrets go to
// the secret store and the file gets ${secret:NAME}.
import { processContext } from '../../app/pipeline.js';
import type { Context } from '../../app/pipeline.js';
import { catalogsOf, checkCandidate, readMcpYaml } from '../../app/add.js';
import type { McpYaml } from '../../app/add.js';
import {
  checkServerName,
  envAndHeaders,
  inputProblems,
  missingError,
  missingInputs,
  nameFromId,
  plainServer,
  templateWith,
} from '../../core/add-spec.js';
import type { AddFlags } from '../../core/add-spec.js';
import { resolveTemplate } from '../../core/catalog/resolve-template.js';
import { templateInputs } from '../../core/catalog/template-inputs.js';
import { addServer } from '../../core/edit/add-server.js';
import { McpctlError } from '../../core/errors.js';
import type { Server } from '../../core/generated/mcp-types.js';
import { canPrompt } from '../confirm.js';
import type { Io } from '../output.js';
import { reportError } from '../output.js';
import { finishScripted, refuseSecretFindings } from './edit-finish.js';
import type { Prepared } from './edit-finish.js';

export interface AddArgs {
  template?: string | undefined;
  file: string;
  name?: string | undefined;
  set?: unknown;
  secret?: unknown;
  command?: string | undefined;
  args?: string | undefined;
  arg?: unknown;
  env?: unknown;
  url?: string | undefined;
  header?: unknown;
  'non-interactive': boolean;
  json: boolean;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
  _: Array<string | number>;
}

/** A repeatable flag: absent, once (a string) or repeated (a list). */
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

export function flagsOf(args: AddArgs): AddFlags {
  return {
    set: list(args.set),
    secret: list(args.secret),
    command: args.command,
    args: args.args,
    arg: list(args.arg),
    env: list(args.env),
    url: args.url,
    header: list(args.header),
  };
}

export async function addAction(args: AddArgs, io: Io): Promise<number> {
  const ctx = processContext();
  const interactive = !args['non-interactive'] && !args.json && canPrompt(io);
  try {
    const y = await readMcpYaml(args.file, ctx);
    if (interactive) {
      const { interactiveAdd } = await import('./add-interactive.js');
      return await interactiveAdd(args, y, ctx, io);
    }
    return await finishScripted(await scriptedAdd(args, y, ctx), args, ctx, io);
  } catch (e) {
    if (e instanceof McpctlError && e.code === 'E_CANCELLED') {
      io.stderr.write('\nCancelled. No file was changed.\n');
      return 130;
    }
    return reportError(io, e, args.json);
  }
}

/** Words after "--": the command and its arguments, exactly as given. */
export function trailingWords(args: AddArgs): string[] {
  const rest = args._.map(String);
  return rest[0] === 'add' ? rest.slice(1) : rest;
}

async function scriptedAdd(args: AddArgs, y: McpYaml, ctx: Context): Promise<Prepared> {
  const flags = flagsOf(args);
  const trailing = trailingWords(args);
  let server: Server;
  let name = args.name;
  let template: string | null = null;
  if (args.template !== undefined) {
    if (
      flags.command !== undefined ||
      flags.url !== undefined ||
      flags.args !== undefined ||
      flags.arg.length ||
      trailing.length
    ) {
      throw new McpctlError(
        'E_USAGE',
        'a template already says what to run: --command, --url, --args and --arg go only without one',
        { hint: `drop them, or drop the template "${args.template}"` },
      );
    }
    const built = await fromTemplate(args.template, flags, y, ctx);
    server = built.server;
    template = built.ref;
    name ??= nameFromId(built.id);
  } else {
    server = plainServer(flags, trailing);
    if (name === undefined)
      throw new McpctlError('E_INPUT', 'a server without a template needs a name: --name NAME', {
        hint: 'e.g. mcpctl add --name notes --command uvx --args "notes-mcp==0.4.2"',
      });
  }
  checkServerName(name, y.names);
  return prepare(y, name, server, template, args, ctx);
}

/** The server a template makes from the flags: pinned to the version found, inputs checked, nothing missing. */
async function fromTemplate(
  ref: string,
  flags: AddFlags,
  y: McpYaml,
  ctx: Context,
): Promise<{ server: Server; ref: string; id: string }> {
  const { findTemplate } = await import('../../app/catalogs.js');
  const found = findTemplate(await catalogsOf(y, ctx), ref);
  if ('error' in found) throw new McpctlError('E_NOT_FOUND', found.error, { hint: found.hint });
  const t = found.template;
  const inputs = templateInputs(t.doc);
  const given = templateWith(flags, inputs);
  const missing = missingInputs(inputs, given);
  if (missing.length) throw missingError(t.id, missing);
  const overrides = envAndHeaders(flags, false);
  const problems = [
    ...inputProblems(inputs, given),
    ...resolveTemplate(t.doc, given, overrides).problems.map((p) => p.message),
  ];
  if (problems.length) {
    throw new McpctlError('E_TEMPLATE', `template "${t.id}": ${[...new Set(problems)].join('; ')}`, {
      hint: `"mcpctl catalog show ${t.id}" lists its inputs and what they accept`,
    });
  }
  const pinned = `${t.id}@${t.version}`;
  return {
    server: { template: pinned, ...(Object.keys(given).length ? { with: given } : {}), ...overrides },
    ref: pinned,
    id: t.id,
  };
}

/** The edited text, checked as plan would check it; secret findings in the new server refuse it. */
export async function prepare(
  y: McpYaml,
  name: string,
  server: Server,
  template: string | null,
  args: Pick<AddArgs, 'config' | 'profile' | 'project'>,
  ctx: Context,
): Promise<Prepared> {
  const edit = addServer(y.text, y.file, name, server);
  const cand = await checkCandidate(y, edit.text, args, ctx);
  refuseSecretFindings(cand.findings, edit.text, edit.block);
  return { kind: 'add', y, name, server, template, edit, cand, pending: [] };
}
