// What `mcpctl add` writes, from its flags: a `template:` server with `with:` inputs, or a hand-made
// command/url server. Pure. Refuses a value that looks like a plaintext secret without ever showing it
// (only its fingerprint preview), and a secret template input given as a literal.
import { McpctlError, EXIT } from './errors.js';
import type { Server } from './generated/mcp-types.js';
import type { WithInput, WithValue } from './catalog/resolve-template.js';
import type { TemplateInput } from './catalog/template-inputs.js';
import { checkInputValue } from './catalog/template-inputs.js';
import { ENV_NAME, SECRET_NAME } from './refs.js';
import { fingerprintPreview, looksSecret } from './secrets/detect.js';
import { splitArgs } from './split-args.js';

export const SERVER_NAME = /^[A-Za-z0-9_-]+$/;

export interface AddFlags {
  set: string[];
  secret: string[];
  command?: string | undefined;
  args?: string | undefined;
  arg: string[];
  env: string[];
  url?: string | undefined;
  header: string[];
}

/** `K=V` items of a repeatable flag, in order; a later K replaces an earlier one. */
export function pairs(items: string[], flag: string): Array<[string, string]> {
  const out = new Map<string, string>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new McpctlError(
        'E_USAGE',
        `${flag} takes KEY=VALUE, got an item without "="${eq === 0 ? ' before it' : ''}`,
        { hint: `e.g. ${flag} ${flag === '--secret' ? 'GITHUB_PERSONAL_ACCESS_TOKEN=github/pat' : 'NAME=value'}` },
      );
    }
    out.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return [...out];
}

export function checkServerName(name: string, taken: string[]): void {
  if (!SERVER_NAME.test(name)) {
    throw new McpctlError(
      'E_NAME',
      `"${name}" is not a valid server name: Codex allows only letters, digits, "_" and "-"`,
      { hint: 'pass another with --name, e.g. --name my-server', exitCode: EXIT.usage },
    );
  }
  if (name === 'codex_apps')
    throw new McpctlError('E_NAME', 'the server name "codex_apps" is reserved by Codex', {
      hint: 'pass another with --name',
      exitCode: EXIT.usage,
    });
  if (taken.includes(name)) {
    throw new McpctlError('E_NAME_IN_USE', `a server named "${name}" is already in mcp.yaml`, {
      hint: `choose another name with --name (e.g. --name ${name}-2), or remove the old one first: mcpctl remove ${name}`,
      exitCode: EXIT.usage,
    });
  }
}

/** A server name from a template id: `mcp.fetch` → `mcp-fetch`. */
export function nameFromId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

export function secretRef(name: string): string {
  if (!SECRET_NAME.test(name)) {
    throw new McpctlError('E_USAGE', `"${name}" is not a secret name`, {
      hint: 'names are letters, digits, "_", ".", "-" in parts joined by "/", e.g. github/pat',
    });
  }
  return `\${secret:${name}}`;
}

function refuseLiteral(flag: string, key: string | undefined, value: string, hint: string): void {
  if (!looksSecret(key, value)) return;
  throw new McpctlError(
    'E_SECRET_LITERAL',
    `${flag} ${key !== undefined ? `${key}=…` : '…'} looks like a plaintext secret (${fingerprintPreview(value)}); nothing was written`,
    { hint, exitCode: EXIT.usage },
  );
}

const storeHint = (flag: string) =>
  `store it first (printf %s "$VALUE" | mcpctl secret set NAME), then give the reference: ${flag}`;

/** `with:` as mcp.yaml holds it. */
type With = NonNullable<Server['with']>;

/** `K=V` items of a repeatable flag, in order, every value of a K kept (a repeatable input takes them all). */
function allPairs(items: string[], flag: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) {
    const [[k, v] = ['', '']] = pairs([item], flag);
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

/**
 * `with:` of a template server from --set and --secret; inputs it does not know are left to resolution to
 * report. A repeatable input (isRepeated) given more than once becomes a list; any other input given twice
 * is an error (the first value would be lost without a word).
 */
export function templateWith(flags: AddFlags, inputs: TemplateInput[]): With {
  const out: With = {};
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const put = (k: string, values: WithValue[]) => {
    const [first, ...more] = values;
    if (first === undefined) return;
    if (Object.hasOwn(out, k) || (more.length && byName.get(k)?.repeated !== true)) {
      throw new McpctlError('E_USAGE', `input "${k}" is given more than once, and it takes one value`, {
        hint: `give ${k} once (with --set or --secret, not both)`,
        exitCode: EXIT.usage,
      });
    }
    const list: [WithValue, ...WithValue[]] = [first, ...more];
    out[k] = more.length ? list : first;
  };
  for (const [k, vs] of allPairs(flags.set, '--set')) {
    const input = byName.get(k);
    put(
      k,
      vs.map((v) => {
        if (input?.secret && !v.includes('${')) {
          throw new McpctlError(
            'E_SECRET_LITERAL',
            `input "${k}" is a secret: it cannot be given with --set (the value was not written)`,
            { hint: storeHint(`--secret ${k}=NAME`), exitCode: EXIT.usage },
          );
        }
        refuseLiteral('--set', k, v, storeHint(`--secret ${k}=NAME`));
        return input?.format === 'number' && /^-?\d+(\.\d+)?$/.test(v)
          ? Number(v)
          : input?.format === 'boolean' && /^(true|false)$/.test(v)
            ? v === 'true'
            : v;
      }),
    );
  }
  for (const [k, names] of allPairs(flags.secret, '--secret')) put(k, names.map(secretRef));
  return out;
}

/** Inputs that are required, have no default and were not given. */
export function missingInputs(inputs: TemplateInput[], given: Record<string, unknown>): TemplateInput[] {
  return inputs.filter((i) => i.required && !Object.hasOwn(given, i.name));
}

export function missingError(id: string, missing: TemplateInput[]): McpctlError {
  const list = missing.map(
    (i) =>
      `${i.name}${i.description || i.secret ? ` (${[i.description, i.secret ? 'secret' : ''].filter(Boolean).join('; ')})` : ''}`,
  );
  const flags = missing
    .map((i) => `${i.secret ? `--secret ${i.name}=NAME` : `--set ${i.name}=VALUE`}${i.repeated ? ' (repeatable)' : ''}`)
    .join(' ');
  return new McpctlError(
    'E_INPUT',
    `template "${id}" needs ${missing.length === 1 ? 'an input that was not given' : `${missing.length} inputs that were not given`}: ${list.join(', ')}`,
    {
      hint: `pass ${flags}${missing.some((i) => i.secret) ? ' (store each secret first: mcpctl secret set NAME)' : ''}; "mcpctl catalog show ${id}" describes them`,
    },
  );
}

/** Problems of given values against their inputs (choices, number, boolean), references excepted. */
export function inputProblems(inputs: TemplateInput[], given: Record<string, WithInput>): string[] {
  const out: string[] = [];
  for (const i of inputs) {
    const v = given[i.name];
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) {
      const why = checkInputValue(i, String(one));
      if (why) out.push(`input "${i.name}" ${why}`);
    }
  }
  return [...new Set(out)];
}

/** The env and headers overrides (template or not): literals checked for secrets, references welcome. */
export function envAndHeaders(flags: AddFlags, secretsAsEnv: boolean): Pick<Server, 'env' | 'headers'> {
  const out: Pick<Server, 'env' | 'headers'> = {};
  const env: Record<string, string> = {};
  for (const [k, v] of pairs(flags.env, '--env')) {
    if (!ENV_NAME.test(k))
      throw new McpctlError('E_USAGE', `--env ${k}=…: "${k}" is not an environment variable name`, {
        hint: 'use letters, digits and "_", not starting with a digit',
      });
    refuseLiteral('--env', k, v, storeHint(`--env '${k}=\${secret:NAME}'`));
    env[k] = v;
  }
  if (secretsAsEnv) for (const [k, name] of pairs(flags.secret, '--secret')) env[k] = secretRef(name);
  const headers: Record<string, string> = {};
  for (const [k, v] of pairs(flags.header, '--header')) {
    refuseLiteral(
      '--header',
      k,
      v,
      storeHint(`--header '${k}=${/^authorization$/i.test(k) ? 'Bearer ' : ''}\${secret:NAME}'`),
    );
    headers[k] = v;
  }
  if (Object.keys(env).length) out.env = env;
  if (Object.keys(headers).length) out.headers = headers;
  return out;
}

/** A server without a template: --command with --args/--arg (and words after "--"), or --url. */
export function plainServer(flags: AddFlags, trailing: string[]): Server {
  const words = [...(flags.args !== undefined ? splitArgs(flags.args) : []), ...flags.arg, ...trailing];
  const given: Array<[string, string]> = [
    ['--command', flags.command ?? ''],
    ['--url', flags.url ?? ''],
    ...words.map((w): [string, string] => ['--args', w]),
  ];
  for (const [flag, w] of given)
    refuseLiteral(
      flag,
      undefined,
      w,
      'give the server its secrets by reference instead: --secret ENV=NAME puts ${secret:NAME} in its environment',
    );
  let command = flags.command;
  if (command === undefined && !flags.url && words.length) command = words.shift();
  if (command !== undefined && flags.url)
    throw new McpctlError('E_USAGE', 'give either --command (a local server) or --url (a remote one), not both', {
      hint: 'Codex infers the transport from which one is set',
    });
  if (command === undefined && !flags.url)
    throw new McpctlError('E_USAGE', 'without a template, give --command (and --args) or --url', {
      hint: 'e.g. mcpctl add --name notes --command uvx --args "notes-mcp==0.4.2", or mcpctl add --name docs --url https://mcp.example.com/mcp',
    });
  if (flags.url && words.length)
    throw new McpctlError('E_USAGE', '--args and --arg go with --command, not --url', {
      hint: 'drop them, or use --command',
    });
  const server: Server =
    command !== undefined ? { command, ...(words.length ? { args: words } : {}) } : { url: flags.url ?? '' };
  const extra = envAndHeaders(flags, command !== undefined);
  if (extra.env) {
    if (command === undefined)
      throw new McpctlError('E_USAGE', '--env and --secret go with --command; a remote server takes --header', {
        hint: "e.g. --header 'Authorization=Bearer ${secret:NAME}'",
      });
    server.env = extra.env;
  }
  if (extra.headers) {
    if (command !== undefined)
      throw new McpctlError('E_USAGE', '--header goes with --url; a local server takes --env', {
        hint: 'use --env KEY=VALUE',
      });
    server.headers = extra.headers;
  }
  return server;
}
