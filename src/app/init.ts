// `mcpctl init`: the starter mcp.yaml, written atomically; an existing file is replaced only when forced.
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { starterYaml } from '../core/starter.js';
import { writeFileAtomic } from '../io/atomic-write.js';

export async function writeStarter(file: string, force: boolean): Promise<void> {
  const path = resolve(file);
  if (!force && (await exists(path))) {
    throw new McpctlError('E_USAGE', `${file} already exists`, {
      hint: 'edit it, or pass --force to replace it with the starter',
    });
  }
  await writeFileAtomic(path, starterYaml(), { mode: 0o644 });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
