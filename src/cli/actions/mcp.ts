import { serveMcp } from '../../app/mcp-serve.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { toolVersion } from '../../io/version.js';
import type { Io } from '../output.js';
import { reportError } from '../output.js';

export async function mcpAction(args: { 'allow-edit': boolean }, io: Io): Promise<number> {
  try {
    // stdout is the protocol's: nothing else is written there. Files a tool reads (mcp.yaml, its policy and
    // catalogs) must lie in the folder the server runs in.
    const ctx = processContext();
    await serveMcp({ allowEdit: args['allow-edit'], version: toolVersion() }, { ...ctx, confine: ctx.cwd });
    return EXIT.ok;
  } catch (e) {
    return reportError({ ...io, stdout: io.stderr }, e, false);
  }
}
