// The `mcpctl.error` JSON document printed for a failure under --json. Every string in it (message, hint,
// each diagnostic's message and hint, paths) goes through the same token masking as the pretty output,
// so that a value quoted by a message ("got the string …") never reaches stdout in plain text.
import type { Diagnostic, Location } from '../errors.js';
import { maskTokens } from '../mask-tokens.js';

export interface ErrorLike {
  code: string;
  message: string;
  hint: string | undefined;
  where: Location | undefined;
  diagnostics: Diagnostic[];
}

export function errorDocument(e: ErrorLike): unknown {
  return maskStrings({
    format_version: 1,
    kind: 'mcpctl.error',
    error: { code: e.code, message: e.message, hint: e.hint ?? null, where: e.where ?? null },
    diagnostics: e.diagnostics,
  });
}

/** A deep copy with every string masked (keys too: a key can be a value the user wrote). */
function maskStrings(v: unknown): unknown {
  if (typeof v === 'string') return maskTokens(v);
  if (Array.isArray(v)) return v.map(maskStrings);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[maskTokens(k)] = maskStrings(x);
    return out;
  }
  return v;
}

/** One diagnostic as every JSON document shows it: the same masking as the error document's. */
export function maskDiagnostic(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { ...d, message: maskTokens(d.message) };
  if (d.hint !== undefined) out.hint = maskTokens(d.hint);
  if (d.path !== undefined) out.path = maskTokens(d.path);
  return out;
}
