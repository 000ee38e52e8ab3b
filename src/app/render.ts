// `mcpctl render`: the whole config.toml as apply would write it, every secret-looking value redacted.
import { redactToml } from '../core/redact.js';
import type { TargetOptions } from '../core/target-path.js';
import { planFor } from './pipeline.js';
import type { Context } from './pipeline.js';

export async function renderedConfig(file: string, target: TargetOptions, ctx: Context): Promise<string> {
  const result = await planFor(file, target, ctx);
  return redactToml(result.newText);
}
