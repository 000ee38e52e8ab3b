import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, McpctlError } from '../../core/errors.js';
import { starterYaml } from '../../core/starter.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import type { Io } from '../output.js';

export async function initAction(args: { file: string; force: boolean }, io: Io): Promise<number> {
  const path = resolve(args.file);
  if (!args.force && (await exists(path))) {
    throw new McpctlError('E_USAGE', `${args.file} already exists`, {
      hint: 'edit it, or pass --force to replace it with the starter',
    });
  }
  await writeFileAtomic(path, starterYaml(), { mode: 0o644 });
  io.stdout.write(`Wrote ${args.file}. Next:\n  mcpctl validate -f ${args.file}\n  mcpctl plan -f ${args.file}\n`);
  return EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
