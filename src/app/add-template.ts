// The template half of add: find the template a reference names in the catalogs mcp.yaml uses, check the
// inputs given against it, and pin the server to the version found.
import { envAndHeaders, inputProblems, missingError, missingInputs, templateWith } from '../core/add-spec.js';
import type { AddFlags } from '../core/add-spec.js';
import { resolveTemplate } from '../core/catalog/resolve-template.js';
import { templateInputs } from '../core/catalog/template-inputs.js';
import { McpctlError } from '../core/errors.js';
import type { Server } from '../core/generated/mcp-types.js';
import type { LoadedCatalog, Template } from './catalogs.js';

/** The template a reference ("id" or "id@version") names; E_NOT_FOUND when no catalog has it. */
export async function templateNamed(catalogs: LoadedCatalog[], ref: string): Promise<Template> {
  const { findTemplate } = await import('./catalogs.js');
  const found = findTemplate(catalogs, ref);
  if ('error' in found) throw new McpctlError('E_NOT_FOUND', found.error, { hint: found.hint });
  return found.template;
}

/** "id@version": the reference mcp.yaml gets, so a later catalog release does not change the server. */
export const pinnedRef = (t: Template): string => `${t.id}@${t.version}`;

/** The server a template makes from the flags: pinned to the version found, inputs checked, nothing missing. */
export async function serverFromTemplate(
  catalogs: LoadedCatalog[],
  ref: string,
  flags: AddFlags,
): Promise<{ server: Server; ref: string; id: string }> {
  const t = await templateNamed(catalogs, ref);
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
  const pinned = pinnedRef(t);
  return {
    server: { template: pinned, ...(Object.keys(given).length ? { with: given } : {}), ...overrides },
    ref: pinned,
    id: t.id,
  };
}
