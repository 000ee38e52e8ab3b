// mcpctl remove NAME: exactly that server's lines out of mcp.yaml; the next apply deletes it from config.toml.
import { processContext } from '../../app/pipeline.js';
import { prepareRemove } from '../../app/remove.js';
import { McpctlError } from '../../core/errors.js';
import { canPrompt } from '../confirm.js';
import type { Io } from '../output.js';
import { reportError } from '../output.js';
import { finishScripted } from './edit-finish.js';
import type { TargetArgs } from './edit-finish.js';

export interface RemoveArgs extends TargetArgs {
  name: string;
  'non-interactive': boolean;
}

export async function removeAction(args: RemoveArgs, io: Io): Promise<number> {
  const ctx = processContext();
  try {
    const p = await prepareRemove(args.file, args.name, args, ctx);
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
