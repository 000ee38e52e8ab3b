// mcpctl add: a server into mcp.yaml, from a template (inputs from --set/--secret, or asked on a terminal) or
// from --command/--url. The new text is checked like plan checks it before anything is written; secrets go to
// the secret store and the file gets ${secret:NAME}.
import { addFromFlags, readMcpYaml } from '../../app/add.js';
import { processContext } from '../../app/pipeline.js';
import type { AddFlags } from '../../core/add-spec.js';
import { McpctlError } from '../../core/errors.js';
import { canPrompt } from '../confirm.js';
import type { Io } from '../output.js';
import { reportError } from '../output.js';
import { finishScripted } from './edit-finish.js';

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
    const request = { template: args.template, name: args.name, flags: flagsOf(args), trailing: trailingWords(args) };
    return await finishScripted(await addFromFlags(request, y, args, ctx), args, ctx, io);
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
