// A unified diff of the target file, with secret-looking values masked on both sides.
import { createTwoFilesPatch } from 'diff';
import { redactToml } from '../redact.js';

export function redactedDiff(
  file: string,
  before: string,
  after: string,
  labels: [string, string] = ['current', 'after apply'],
): string {
  if (before === after) return '';
  return unifiedDiff(file, redactToml(before), redactToml(after), labels);
}

/** A unified diff of two texts that are already redacted. */
export function unifiedDiff(
  file: string,
  before: string,
  after: string,
  labels: [string, string] = ['current', 'after apply'],
): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(file, file, before, after, labels[0], labels[1], { context: 3 });
  // drop the "Index:"/"=====" preamble some versions add; keep ---/+++ and hunks
  return patch.replace(/^Index:.*\n=+\n/, '');
}
