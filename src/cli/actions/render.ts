import { processContext } from '../../app/pipeline.js';
import { renderedConfig } from '../../app/render.js';
import { EXIT } from '../../core/errors.js';
import type { Io } from '../output.js';

export async function renderAction(
  args: {
    file: string;
    config?: string | undefined;
    profile?: string | undefined;
    project?: string | undefined;
    target?: string[] | undefined;
    set?: string | undefined;
  },
  io: Io,
): Promise<number> {
  const files = await renderedConfig(args.file, { ...args, only: args.target }, processContext());
  // one file: exactly its text; several: each under a header line naming it (as head(1) does)
  if (files.length === 1) io.stdout.write(files[0]?.text ?? '');
  else io.stdout.write(files.map((f) => `==> ${f.path} (${f.clients.join(', ')}) <==\n${f.text}`).join('\n'));
  return EXIT.ok;
}
