// Diagnostics as text: "file:line:col: error CODE message" then an indented hint.
import type { Diagnostic } from '../errors.js';
import { formatLocation } from '../errors.js';

export function diagnosticText(d: Diagnostic): string {
  const where = formatLocation(d);
  const head = `${where ? `${where}: ` : ''}${d.severity} ${d.code}: ${d.message}`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}
