// remove as a use case: exactly that server's lines out of mcp.yaml (core/edit/remove-server.ts), the edited text
// checked the way plan would check it, nothing written yet (edit-write.ts writes it).
import { removeServer } from '../core/edit/remove-server.js';
import { McpctlError } from '../core/errors.js';
import type { TargetOptions } from '../core/target-path.js';
import { checkCandidate, readMcpYaml } from './add.js';
import type { Prepared } from './edit-write.js';
import type { Context } from './pipeline.js';

/** The edit that removes server `name` from `file`; E_NOT_FOUND when the file or the server does not exist. */
export async function prepareRemove(
  file: string,
  name: string,
  targetOpts: TargetOptions,
  ctx: Context,
): Promise<Prepared> {
  const y = await readMcpYaml(file, ctx);
  if (y.text === null)
    throw new McpctlError('E_NOT_FOUND', `${file} does not exist`, { hint: 'name the file with -f FILE' });
  const edit = removeServer(y.text, y.file, name);
  const server = y.spec?.servers?.[name] ?? {};
  const cand = await checkCandidate(y, edit.text, targetOpts, ctx);
  return { kind: 'remove', y, name, server, template: server.template ?? null, edit, cand, pending: [] };
}
