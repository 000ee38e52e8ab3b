import { planFor, processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import { redactToml } from '../../core/redact.js';
import type { Io } from '../output.js';

export async function renderAction(
  args: { file: string; config?: string | undefined; profile?: string | undefined; project?: string | undefined },
  io: Io,
): Promise<number> {
  const result = await planFor(args.file, args, processContext());
  io.stdout.write(redactToml(result.newText));
  return EXIT.ok;
}
