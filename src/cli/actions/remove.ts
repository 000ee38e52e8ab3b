// mcpctl remove NAME: exactly that server's lines out of mcp.yaml; the next apply deletes it from config.toml.
import { checkCandidate, readMcpYaml } from '../../app/add.js';
import { processContext } from '../../app/pipeline.js';
import { removeServer } from '../../core/edit/remove-server.js';
import { McpctlError } from '../../core/errors.js';
import { canPrompt } from '../confirm.js';
import type { Io } from '../output.js';
import { reportError } from '../output.js';
import type { Prepared } from '../../app/edit-write.js';
import { finishScripted } from './edit-finish.js';
import type { TargetArgs } from './edit-finish.js';

export interface RemoveArgs extends TargetArgs {
  name: string;
  'non-interactive': boolean;
}

export async function removeAction(args: RemoveArgs, io: Io): Promise<number> {
  const ctx = processContext();
  try {
    const y = await readMcpYaml(args.file, ctx);
    if (y.text === null)
      throw new McpctlError('E_NOT_FOUND', `${args.file} does not exist`, { hint: 'name the file with -f FILE' });
    const edit = removeServer(y.text, y.file, args.name);
    const server = y.spec?.servers?.[args.name] ?? {};
    const cand = await checkCandidate(y, edit.text, args, ctx);
    const p: Prepared = {
      kind: 'remove',
      y,
      name: args.name,
      server,
      template: server.template ?? null,
      edit,
      cand,
      pending: [],
    };
    if (!args['non-interactive'] && !args.json && canPrompt(io)) {
      const { finishInteractive } = await import('./finish-interactive.js');
      return await finishInteractive(p, args, ctx, io);
    }
    return await finishScripted(p, args, ctx, io);
  } catch (e) {
    if (e instanceof McpctlError && e.code === 'E_CANCELLED') {
      io.stderr.write('\nCancelled. No file was changed.\n');
      return 130;
    }
    return reportError(io, e, args.json);
  }
}
