// `mcpctl render`: each target file as apply would write it, every secret-looking value redacted.
import { planFor } from './pipeline.js';
import type { Context } from './pipeline.js';
import type { TargetChoice } from './target-files.js';

export interface Rendered {
  path: string;
  clients: string[];
  text: string;
}

export async function renderedConfig(file: string, target: TargetChoice, ctx: Context): Promise<Rendered[]> {
  const planned = await planFor(file, target, ctx);
  return planned.files.map((f) => ({
    path: f.target.path,
    clients: f.target.clients.map((c) => c.title),
    text: f.target.reread(f.newText).redacted(),
  }));
}
