// The rules of the guided `mcpctl add`, as data for the questions cli/actions/add-interactive.ts asks: the
// templates to pick from and the search among them, the name offered, the inputs a template still needs and how
// a typed answer is checked, and the server the answers make. Nothing here asks or prints.
import { checkServerName, envAndHeaders, nameFromId, plainServer, secretRef, templateWith } from '../core/add-spec.js';
import type { AddFlags } from '../core/add-spec.js';
import { newestPerId, searchTemplates } from '../core/catalog/search.js';
import { checkInputValue, templateInputs } from '../core/catalog/template-inputs.js';
import type { TemplateInput } from '../core/catalog/template-inputs.js';
import { McpctlError } from '../core/errors.js';
import type { Server } from '../core/generated/mcp-types.js';
import { looksSecret } from '../core/secrets/detect.js';
import { pinnedRef } from './add-template.js';
import type { LoadedCatalog, Template } from './catalogs.js';

/** A name given on the command line: E_NAME / E_NAME_IN_USE when it is not valid or mcp.yaml has it already. */
export { checkServerName };
/** A command line or URL typed as the answer: the server without a template. */
export { plainServer };
/** `${secret:NAME}`, the reference mcp.yaml gets for a secret input (E_USAGE when NAME is not a secret name). */
export { secretRef };

/** A template's inputs by name, as mcp.yaml's `with:` holds them. */
export type Answers = NonNullable<Server['with']>;

/** The templates to pick from: the newest version of each id in the catalogs. */
export function templateMenu(catalogs: LoadedCatalog[]): Template[] {
  return newestPerId(catalogs.map((c) => c.templates));
}

/** The templates of the menu the words typed match, best first. */
export function searchMenu(menu: Template[], words: string): Template[] {
  return searchTemplates(menu, words);
}

/** The name offered: the template's (without its namespace), numbered when mcp.yaml has it already. */
export function offeredName(template: Template | null, taken: string[]): string | undefined {
  const suggested = template ? nameFromId(template.id) : undefined;
  let name = suggested;
  for (let i = 2; name !== undefined && taken.includes(name); i++) name = `${suggested}-${i}`;
  return name;
}

/** Why a typed name cannot be used (null: it can). */
export function nameProblem(name: string, taken: string[]): string | null {
  return problemOf(() => checkServerName(name, taken));
}

/** Why a typed secret store name cannot be used (null: it can). */
export function storeNameProblem(name: string): string | null {
  return problemOf(() => secretRef(name));
}

function problemOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (e) {
    return e instanceof McpctlError ? e.message : String(e);
  }
}

/** A template's inputs, and the answers the flags give already (those are not asked). */
export function templateQuestions(template: Template, flags: AddFlags): { inputs: TemplateInput[]; given: Answers } {
  const inputs = templateInputs(template.doc);
  return { inputs, given: templateWith(flags, inputs) };
}

/** Why a typed answer to a visible input cannot be used (null: it can): a plaintext secret, or not what it takes. */
export function answerProblem(input: TemplateInput, value: string): string | null {
  return looksSecret(input.name, value)
    ? 'that looks like a secret: mcp.yaml must not hold one in plaintext (this input is not marked secret; use a ${secret:NAME} reference)'
    : checkInputValue(input, value);
}

/** The server the answers make: the template pinned to the version picked, its inputs, --env and --header. */
export function templateServer(template: Template, given: Answers, flags: AddFlags): Server {
  return {
    template: pinnedRef(template),
    ...(Object.keys(given).length ? { with: given } : {}),
    ...envAndHeaders(flags, false),
  };
}
