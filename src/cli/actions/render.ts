import { processContext } from '../../app/pipeline.js';
import { renderedConfig } from '../../app/render.js';
import { EXIT } from '../../core/errors.js';
import type { Io } from '../output.js';

export async function renderAction(
  args: { file: string; config?: string | undefined; profile?: string | undefined; project?: string | undefined },
  io: Io,
): Promise<number> {
  io.stdout.write(await renderedConfig(args.file, args, processContext()));
  return EXIT.ok;
}
