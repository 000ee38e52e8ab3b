import { writeStarter } from '../../app/init.js';
import { EXIT } from '../../core/errors.js';
import type { Io } from '../output.js';

export async function initAction(args: { file: string; force: boolean }, io: Io): Promise<number> {
  await writeStarter(args.file, args.force);
  io.stdout.write(`Wrote ${args.file}. Next:\n  mcpctl validate -f ${args.file}\n  mcpctl plan -f ${args.file}\n`);
  return EXIT.ok;
}
