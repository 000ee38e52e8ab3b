// The guided `mcpctl add` on a terminal: search the catalog and pick a template (or give a command or URL),
// name the server, answer each input (description, default, choices, checked as typed; secrets hidden, typed
// twice, kept in memory until the final answer), then review, test and write (finish-interactive.ts).
// Flags given on the command line are taken as answers and not asked again.
import type { McpYaml } from '../../app/add.js';
import { catalogsOf, prepareAdd } from '../../app/add.js';
import {
  answerProblem,
  checkServerName,
  nameProblem,
  offeredName,
  plainServer,
  searchMenu,
  secretRef,
  storeNameProblem,
  templateMenu,
  templateQuestions,
  templateServer,
} from '../../app/add-guided.js';
import { pinnedRef, templateNamed } from '../../app/add-template.js';
import type { LoadedCatalog, Template } from '../../app/catalogs.js';
import type { Context } from '../../app/pipeline.js';
import type { TemplateInput } from '../../core/catalog/template-inputs.js';
import type { Server } from '../../core/generated/mcp-types.js';
import type { Io } from '../output.js';
import { ask, askLine, askSecret, askYesNo } from '../prompt.js';
import { storedSecret } from '../../app/edit-write.js';
import type { PendingSecret } from '../../app/edit-write.js';
import { flagsOf, trailingWords } from './add.js';
import type { AddArgs } from './add.js';
import { finishInteractive } from './finish-interactive.js';

export async function interactiveAdd(args: AddArgs, y: McpYaml, ctx: Context, io: Io): Promise<number> {
  const flags = flagsOf(args);
  const pending: PendingSecret[] = [];
  let server: Server;
  let template: Template | null = null;
  if (
    flags.command === undefined &&
    flags.url === undefined &&
    flags.args === undefined &&
    !trailingWords(args).length
  ) {
    const catalogs = await catalogsOf(y, ctx);
    template =
      args.template !== undefined ? await templateNamed(catalogs, args.template) : await pickTemplate(catalogs, io);
  }
  const name = await askName(args.name, template, y.names, io);
  if (template) {
    io.stderr.write(`\n${pinnedRef(template)}: ${template.doc.description}\n`);
    const { inputs, given } = templateQuestions(template, flags);
    for (const input of inputs) {
      if (input.fixed || Object.hasOwn(given, input.name)) continue;
      const value = input.secret ? await askSecretInput(input, name, pending, ctx, io) : await askInput(input, io);
      if (value !== undefined) given[input.name] = value;
    }
    server = templateServer(template, given, flags);
  } else {
    server = plainServer(
      {
        ...flags,
        ...(flags.command === undefined && flags.url === undefined && flags.args === undefined
          ? await askCommand(io)
          : {}),
      },
      trailingWords(args),
    );
  }
  const p = await prepareAdd(y, name, server, template ? pinnedRef(template) : null, args, ctx);
  return finishInteractive({ ...p, pending }, args, ctx, io);
}

async function pickTemplate(catalogs: LoadedCatalog[], io: Io): Promise<Template | null> {
  const all = templateMenu(catalogs);
  let shown = all;
  for (;;) {
    const w = Math.max(0, ...shown.map((t) => t.id.length));
    const cw = Math.max(0, ...shown.map((t) => (t.doc.meta.category ?? '').length));
    io.stderr.write(
      `\n${shown.map((t, i) => `  ${String(i + 1).padStart(2)}) ${t.id.padEnd(w)}  ${(t.doc.meta.category ?? '').padEnd(cw)}  ${oneLine(t.doc.description)}`).join('\n')}\n`,
    );
    const a = await askLine(io, 'Pick a number, type words to search, or "-" for a server without a template: ');
    const n = Number(a);
    if (/^\d+$/.test(a) && n >= 1 && n <= shown.length) return shown[n - 1] ?? null;
    if (a === '-') return null;
    const exact = all.find((t) => t.id === a);
    if (exact) return exact;
    const hits = searchMenu(all, a);
    if (!hits.length) io.stderr.write(`  no template matches "${a}"; showing the previous list\n`);
    else shown = hits;
  }
}

async function askName(given: string | undefined, template: Template | null, taken: string[], io: Io): Promise<string> {
  if (given !== undefined) {
    checkServerName(given, taken);
    return given;
  }
  return ask(io, '\nServer name', { default: offeredName(template, taken), check: (a) => nameProblem(a, taken) });
}

function header(input: TemplateInput): string {
  const tags = [
    input.required ? 'required' : 'optional',
    input.secret ? 'secret, typed hidden, kept in the secret store' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `\n${input.name} (${tags})${input.description ? `: ${input.description}` : ''}\n`;
}

/** A visible input: undefined when left at its default or skipped (then the template's default applies). */
async function askInput(input: TemplateInput, io: Io): Promise<string | undefined> {
  io.stderr.write(header(input));
  const a = await ask(io, `  ${input.name}`, {
    default: input.default,
    choices: input.choices,
    optional: !input.required,
    check: (v) => answerProblem(input, v),
  });
  return a === '' || a === input.default ? undefined : a;
}

/** A secret input: a store name (reuse what is stored, or type the value hidden); the file gets ${secret:NAME}. */
async function askSecretInput(
  input: TemplateInput,
  server: string,
  pending: PendingSecret[],
  ctx: Context,
  io: Io,
): Promise<string | undefined> {
  io.stderr.write(header(input));
  if (!input.required && !(await askYesNo(io, `  Set ${input.name}?`, false))) return undefined;
  const storeName = await ask(io, '  Name in the secret store', {
    default: `${server}/${input.name.toLowerCase()}`,
    check: storeNameProblem,
  });
  const store = await storedSecret(storeName, ctx);
  if (store.stored && (await askYesNo(io, `  "${storeName}" is already in ${store.location}. Use it?`, true)))
    return secretRef(storeName);
  const value = await askSecret(io, storeName);
  pending.push({ name: storeName, value });
  return secretRef(storeName);
}

async function askCommand(io: Io): Promise<{ url: string } | { args: string }> {
  const line = await ask(io, '\nCommand line (e.g. uvx notes-mcp==0.4.2) or URL of a remote server');
  return /^https?:\/\//.test(line) ? { url: line } : { args: line };
}

function oneLine(s: string): string {
  const l = s.replace(/\s+/g, ' ').trim();
  return l.length > 70 ? `${l.slice(0, 69)}…` : l;
}
