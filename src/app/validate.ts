// `mcpctl validate`: mcp.yaml loaded and compiled for every client it targets (nothing else read or written);
// every problem as a diagnostic.
import type { Diagnostic } from '../core/errors.js';
import { loadSpec, targetDiagnostics } from './pipeline.js';
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
  const diagnostics = [...loaded.warnings, ...targetDiagnostics(loaded, ctx)];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const servers = Object.keys(loaded.spec.servers ?? {}).length;
  return { diagnostics, errors, servers };
}
