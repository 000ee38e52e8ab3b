// A unified diff of the target file, with secret-looking values masked on both sides.
import { createTwoFilesPatch } from 'diff';
import { redactToml } from '../redact.js';

export function redactedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(file, file, redactToml(before), redactToml(after), 'current', 'after apply', { context: 3 });
  // drop the "Index:"/"=====" preamble some versions add; keep ---/+++ and hunks
  return patch.replace(/^Index:.*\n=+\n/, '');
}
