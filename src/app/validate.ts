// `mcpctl validate`: mcp.yaml loaded and compiled for Codex (nothing else read or written); every problem as
// a diagnostic.
import { compileCodex } from '../core/compile/codex.js';
import type { Diagnostic } from '../core/errors.js';
import { launcherFor } from '../io/launcher.js';
import { loadSpec } from './pipeline.js';
import type { Context } from './pipeline.js';

export interface Validation {
  diagnostics: Diagnostic[];
  /** How many diagnostics are errors. */
  errors: number;
  /** How many servers mcp.yaml declares. */
  servers: number;
}

export async function validateSpec(file: string, ctx: Context): Promise<Validation> {
  const loaded = await loadSpec(file, ctx);
  const compiled = compileCodex(loaded.spec, loaded.doc, { launcher: launcherFor(ctx.env, ctx.home) });
  const diagnostics = [...loaded.warnings, ...compiled.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const servers = Object.keys(loaded.spec.servers ?? {}).length;
  return { diagnostics, errors, servers };
}
