// Colour: only on a TTY and never with NO_COLOR. Kept apart from output.ts so that the scan fast path
// can paint without loading what output.ts needs for errors (the TOML parser behind redaction).
import type { Paint } from '../core/render/plan-text.js';

const plain = (s: string) => s;
/**
 * No colour: the same as plan-text.ts's noPaint, defined here so that painting a findings report
 * does not load the plan renderer (one module less on the pre-commit hook's path).
 */
export const noColour: Paint = { add: plain, del: plain, mod: plain, dim: plain, bold: plain, plain: true };

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Paint {
  if (!useColor(stream, env)) return noColour;
  return { add: sgr(32, 39), del: sgr(31, 39), mod: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}
