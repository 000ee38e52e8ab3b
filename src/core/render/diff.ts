// A unified diff of the target file, with secret-looking values masked on both sides.
import { formatPatch } from 'diff';
import { linePatch, oneSidedHunks } from './line-patch.js';
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
  // Only the changed middle is diffed: a few servers edited in a file of megabytes (~/.claude.json) cost what the
  // edit costs, not what the file costs. The lines cut are the same on both sides and lie beyond the context
  // (test/core/diff.test.ts checks the result against jsdiff's diff of the whole texts). The middle is diffed as
  // jsdiff would, only faster (line-patch.ts).
  const t = trimCommon(before, after, MARGIN);
  // lines only added (a plan that only creates servers) or only removed: printed from whole runs of lines
  const oneSided = oneSidedHunks(t.before, t.after, CONTEXT, t.lines);
  if (oneSided !== undefined) return headerOf(file, labels) + oneSided;
  const patch = linePatch(file, t.before, t.after, labels, CONTEXT);
  for (const h of patch.hunks) {
    h.oldStart += t.lines;
    h.newStart += t.lines;
  }
  // drop the "Index:"/"=====" preamble some versions add; keep ---/+++ and hunks
  return formatPatch(patch).replace(/^Index:.*\n=+\n/, '');
}

/** formatPatch's lines above the hunks: "--- file<TAB>label" and "+++ file<TAB>label". */
function headerOf(file: string, labels: [string, string]): string {
  const none = { oldFileName: file, newFileName: file, oldHeader: labels[0], newHeader: labels[1], hunks: [] };
  return formatPatch(none).replace(/^Index:.*\n=+\n/, '');
}

const CONTEXT = 3;
/** Lines kept beyond the change: twice the context, so jsdiff picks the same lines of a run of equal ones. */
const MARGIN = 10;
const BLOCK = 4096;

/**
 * The two texts without the whole lines they share at the start and at the end, but for `keep` lines of each
 * (the diff's context), and how many lines were cut at the start.
 */
export function trimCommon(
  before: string,
  after: string,
  keep: number,
): { before: string; after: string; lines: number } {
  const { start, end } = changedLines(before, after, keep);
  const cut = before.length - end;
  let lines = 0;
  for (let p = before.indexOf('\n'); p !== -1 && p < start; p = before.indexOf('\n', p + 1)) lines++;
  return { before: before.slice(start, end), after: after.slice(start, after.length - cut), lines };
}

/**
 * Where in `before` the two texts differ, widened to whole lines and `keep` lines more on each side: what a
 * diff with that much context shows of `before` lies in [start, end) (plan redacts only that much of a big file).
 */
export function changedLines(before: string, after: string, keep: number): { start: number; end: number } {
  const n = Math.min(before.length, after.length);
  let i = 0;
  // a block at a time while the blocks are equal (one native compare), then one character at a time
  while (i + BLOCK <= n && before.slice(i, i + BLOCK) === after.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && before.charCodeAt(i) === after.charCodeAt(i)) i++;
  // back to the start of the first line that differs, then `keep` lines more
  let start = i === 0 ? 0 : before.lastIndexOf('\n', i - 1) + 1;
  // (lastIndexOf reads a negative position as 0, where a line break would be found again)
  for (let k = 0; k < keep && start > 0; k++) start = start < 2 ? 0 : before.lastIndexOf('\n', start - 2) + 1;
  let j = 0;
  const room = n - start;
  const blockAt = (s: string, k: number) => s.slice(s.length - k - BLOCK, s.length - k);
  while (j + BLOCK <= room && blockAt(before, j) === blockAt(after, j)) j += BLOCK;
  while (j < room && before.charCodeAt(before.length - 1 - j) === after.charCodeAt(after.length - 1 - j)) j++;
  // forward to the start of a line shared whole (its line break is shared too), then `keep` lines more
  let end = before.length - j;
  if (end < before.length) {
    const nl = before.indexOf('\n', end);
    end = nl === -1 ? before.length : nl + 1;
  }
  for (let k = 0; k < keep && end < before.length; k++) {
    const nl = before.indexOf('\n', end);
    end = nl === -1 ? before.length : nl + 1;
  }
  return { start, end };
}
