// mcpctl secret set|get|list|rm|rotate. Values are printed only by `get --reveal`; everything else shows
// names, backends, lengths and previews.
import { processContext } from '../../app/pipeline.js';
import type { Context } from '../../app/pipeline.js';
import { listSecrets, readSecret, removeSecret, writeSecret } from '../../app/secret.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import type { SecretEntry } from '../../io/secrets/store.js';
import type { Io } from '../output.js';
import { writeExact, writeJson } from '../output.js';
import { readSecretValue } from '../secret-input.js';

type Sub = 'set' | 'get' | 'list' | 'rm' | 'rotate';

export async function secretAction(sub: Sub, args: Record<string, unknown>, io: Io): Promise<number> {
  const json = args['json'] === true;
  const name = typeof args['name'] === 'string' ? args['name'] : '';
  refuseExtras(args, sub, name);
  const ctx = processContext();
  switch (sub) {
    case 'set':
    case 'rotate':
      return write(sub, name, io, json, ctx);
    case 'get':
      return get(name, args['reveal'] === true, io, json, ctx);
    case 'list':
      return list(io, json, ctx);
    case 'rm':
      return remove(name, io, json, ctx);
  }
}

const KNOWN = new Set(['_', '$0', 'name', 'json', 'reveal', 'help', 'version', 'h', 'v']);

/** Refuses words and options the command does not take, without ever echoing them: one may be a secret. */
function refuseExtras(args: Record<string, unknown>, sub: Sub, name: string): void {
  const rest = args['_'];
  const words = Array.isArray(rest) ? Math.max(0, rest.length - 2) : 0; // after "secret <sub>" (and after "--")
  const keys = Object.keys(args).filter((k) => !KNOWN.has(k) && (sub === 'get' || k !== 'reveal'));
  // yargs adds camelCase twins of kebab-case options: name each option once
  const options = keys.filter(
    (k) => !/[A-Z]/.test(k) || !keys.includes(k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)),
  );
  if (words === 0 && options.length === 0) return;
  const what = [
    ...options.map((o) => `--${o}`),
    ...(words ? [`${words} more word${words === 1 ? '' : 's'}`] : []),
  ].join(', ');
  if (sub === 'set' || sub === 'rotate') {
    throw new McpctlError(
      'E_USAGE',
      `mcpctl secret ${sub} takes the value from standard input or a hidden prompt, never from the command line (got ${what}); nothing was stored`,
      {
        hint: `a value in the arguments is visible to other users in "ps" and stays in your shell history: pipe it instead, printf %s "$TOKEN" | mcpctl secret ${sub} ${name || 'NAME'}${sub === 'set' ? ', or run "mcpctl secret set NAME" in a terminal and type it' : ''}`,
      },
    );
  }
  throw new McpctlError('E_USAGE', `mcpctl secret ${sub} does not take ${what} (not shown, in case it is a secret)`, {
    hint: `see "mcpctl secret ${sub} --help"`,
  });
}

async function write(sub: 'set' | 'rotate', name: string, io: Io, json: boolean, ctx: Context): Promise<number> {
  const { secret, store } = await writeSecret(sub, name, () => readSecretValue(name, io), ctx);
  if (json) {
    writeJson(io, { format_version: 1, kind: 'mcpctl.secret', action: sub, secret, store });
    return EXIT.ok;
  }
  const verb = sub === 'rotate' ? 'Rotated' : secret.replaced ? 'Replaced' : 'Stored';
  io.stdout.write(`${verb} "${name}" in ${store.location}: ${secret.length} characters.\n`);
  if (sub === 'rotate')
    io.stdout.write('Revoke the old credential at its provider once every server uses the new one.\n');
  return EXIT.ok;
}

async function get(name: string, reveal: boolean, io: Io, json: boolean, ctx: Context): Promise<number> {
  const { secret: meta, value, store } = await readSecret(name, reveal, ctx);
  if (json) {
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.secret',
      action: 'get',
      secret: value !== undefined ? { ...meta, value } : meta,
      store,
    });
    return EXIT.ok;
  }
  if (value !== undefined) {
    // exactly the value when piped; a newline after it only on a terminal, so the prompt starts on its own line
    writeExact(io.stdout, io.stdout.isTTY ? `${value}\n` : value);
    return EXIT.ok;
  }
  io.stdout.write(
    [
      `${name}`,
      `  backend:  ${store.location}`,
      `  length:   ${meta.length} characters`,
      `  preview:  ${meta.preview}`,
      `  set:      ${meta.set_at ?? 'unknown'}`,
      `  rotated:  ${meta.rotated_at ?? 'never'}`,
      `Print the value with "mcpctl secret get ${name} --reveal".`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

async function list(io: Io, json: boolean, ctx: Context): Promise<number> {
  const { entries, store } = await listSecrets(ctx);
  if (json) {
    writeJson(io, { format_version: 1, kind: 'mcpctl.secrets', store, secrets: entries });
    return EXIT.ok;
  }
  const here = entries.filter((e) => e.backend === store.backend);
  if (!here.length)
    io.stdout.write(`No secrets in ${store.location} yet. Add one: printf %s "$TOKEN" | mcpctl secret set NAME\n`);
  else io.stdout.write(`Secrets in ${store.location}:\n${table(here)}`);
  const elsewhere = entries.filter((e) => e.backend !== store.backend);
  if (elsewhere.length) {
    const other = store.backend === 'keychain' ? 'file' : 'keychain';
    io.stdout.write(
      `\nIn the ${other === 'file' ? 'age file' : 'OS keychain'} (used with MCPCTL_SECRET_BACKEND=${other}):\n${table(elsewhere)}`,
    );
  }
  return EXIT.ok;
}

function table(entries: SecretEntry[]): string {
  const rows = [
    ['NAME', 'BACKEND', 'SET', 'ROTATED'],
    ...entries.map((e) => [e.name, e.backend, e.set_at ?? '-', e.rotated_at ?? '-']),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}\n`).join('');
}

async function remove(name: string, io: Io, json: boolean, ctx: Context): Promise<number> {
  const { secret, store } = await removeSecret(name, ctx);
  if (json) writeJson(io, { format_version: 1, kind: 'mcpctl.secret', action: 'rm', secret, store });
  else io.stdout.write(`Removed "${name}" from ${store.location}.\n`);
  return EXIT.ok;
}
