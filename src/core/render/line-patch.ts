// jsdiff's structuredPatch (diff 9) for two texts, line by line: the same greedy Myers walk with the same choice
// wherever several equal lines could be the changed one, and the same hunks, so formatPatch prints the same bytes
// (test/core/line-patch.test.ts compares the two on thousands of texts). jsdiff keeps its paths in an array
// indexed by negative diagonals (a dictionary to V8) and makes objects at every step: ~40 ms to show a thousand
// servers added to a JSON file, which made an apply to five clients' files mostly diffing. Here the paths are
// typed arrays and the components three growing ones, and each line is cut once. Lines only added or only
// removed (oneSidedHunks) are printed from whole runs, without the walk.
import type { StructuredPatch, StructuredPatchHunk } from 'diff';

/** Components of the edit script: lines kept, added or removed (jsdiff's change objects, without the text). */
const SAME = 0;
const ADDED = 1;
const REMOVED = 2;

export function linePatch(
  file: string,
  before: string,
  after: string,
  labels: [string, string],
  context: number,
): StructuredPatch {
  const [a, b] = [lines(before), lines(after)];
  return {
    oldFileName: file,
    newFileName: file,
    oldHeader: labels[0],
    newHeader: labels[1],
    hunks: hunksOf(editScript(a, b), a, b, context),
  };
}

/** The lines of a text, each with its line break (\n or \r\n), as jsdiff's line tokenizer cuts them. */
function lines(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', at)) {
    out.push(text.slice(at, nl + 1));
    at = nl + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** The edit script as runs: [kind, count, kind, count, …]. */
type Runs = number[];

/**
 * jsdiff's Diff.diffWithOptionsObj without options: for each edit length, each diagonal's furthest path takes one
 * more step from a neighbour (an addition from the diagonal above when that one reaches further into the old
 * text, else a removal), then follows equal lines; diagonals past an edge of the edit graph are no longer
 * considered. Components form linked lists shared between paths, as jsdiff's do.
 */
function editScript(a: string[], b: string[]): Runs {
  const oldLen = a.length;
  const newLen = b.length;
  let components = new Int32Array(3 * 64); // count, kind, previous component (-1: none)
  let used = 0;
  const component = (count: number, kind: number, previous: number): number => {
    if (used + 3 > components.length) {
      const grown = new Int32Array(components.length * 2);
      grown.set(components);
      components = grown;
    }
    components[used] = count;
    components[used + 1] = kind;
    components[used + 2] = previous;
    used += 3;
    return used - 3;
  };
  // the furthest path of each diagonal (old position minus new position), from -newLen - 1 to oldLen + 1
  const off = newLen + 1;
  const has = new Uint8Array(oldLen + newLen + 3);
  const oldAt = new Int32Array(oldLen + newLen + 3);
  const lastAt = new Int32Array(oldLen + newLen + 3);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 0; edits <= oldLen + newLen; edits++) {
    let d = edits === 0 ? 0 : Math.max(minDiagonal, -edits);
    // diagonals below -newLen and above oldLen have no path on either side: jsdiff visits them to no effect
    if (d < -newLen) d += Math.ceil((-newLen - d) / 2) * 2;
    // (the upper bound is read again at every diagonal: a path reaching the old text's end lowers it, as in jsdiff)
    for (; d <= Math.min(maxDiagonal, edits, oldLen); d += 2) {
      let oldPos = -1;
      let last = -1;
      if (edits > 0) {
        const removeOld = oldAt[off + d - 1]!;
        const canRemove = has[off + d - 1] === 1 && removeOld + 1 < oldLen;
        has[off + d - 1] = 0;
        const addOld = oldAt[off + d + 1]!;
        const canAdd = has[off + d + 1] === 1 && addOld - d >= 0 && addOld - d < newLen;
        if (!canAdd && !canRemove) {
          has[off + d] = 0;
          continue;
        }
        // one more step from the neighbour reaching further into the old text (a removal on a tie)
        const adding = !canRemove || (canAdd && removeOld < addOld);
        const from = adding ? lastAt[off + d + 1]! : lastAt[off + d - 1]!;
        const kind = adding ? ADDED : REMOVED;
        oldPos = adding ? addOld : removeOld + 1;
        // one more of the same kind is a new component counting one more: components are shared between paths
        last =
          from !== -1 && components[from + 1] === kind
            ? component(components[from]! + 1, kind, components[from + 2]!)
            : component(1, kind, from);
      }
      // then the equal lines that follow
      let newPos = oldPos - d;
      const start = oldPos;
      while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
        newPos++;
        oldPos++;
      }
      if (oldPos > start) last = component(oldPos - start, SAME, last);
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
        const runs: Runs = [];
        for (let c = last; c !== -1; c = components[c + 2]!) runs.push(components[c]!, components[c + 1]!);
        return runs;
      }
      has[off + d] = 1;
      oldAt[off + d] = oldPos;
      lastAt[off + d] = last;
      if (edits > 0 && oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, d - 1);
      if (edits > 0 && newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, d + 1);
    }
  }
  throw new Error('no edit script found'); // unreachable: oldLen + newLen edits always reach the end
}

/**
 * jsdiff's hunks from the edit script (given last run first): changes with `context` lines around, close changes
 * joined; lines without their \n, and one without a line break followed by jsdiff's marker.
 */
function hunksOf(runs: Runs, a: string[], b: string[], context: number): StructuredPatchHunk[] {
  const hunks: StructuredPatchHunk[] = [];
  const out = (to: string[], sign: string, l: string) => {
    if (l.endsWith('\n')) to.push(sign + l.slice(0, -1));
    else to.push(sign + l, '\\ No newline at end of file');
  };
  let [oldStart, newStart, oldLine, newLine, oldPos, newPos] = [0, 0, 1, 1, 0, 0];
  let range: string[] = [];
  // the lines of the run before (the context a hunk opens with)
  let [previous, previousFrom] = [-1, 0];
  for (let r = runs.length - 2; r >= -2; r -= 2) {
    // one empty run of equal lines after the last closes the last hunk, as jsdiff's sentinel does
    const [count, kind] = r >= 0 ? [runs[r]!, runs[r + 1]!] : [0, SAME];
    if (kind !== SAME) {
      if (!oldStart) {
        [oldStart, newStart] = [oldLine, newLine];
        if (previous !== -1 && context > 0) {
          const kept = Math.min(previous, context);
          for (let i = previousFrom + previous - kept; i < previousFrom + previous; i++) out(range, ' ', b[i]!);
          oldStart -= kept;
          newStart -= kept;
        }
      }
      if (kind === ADDED) {
        for (let i = newPos; i < newPos + count; i++) out(range, '+', b[i]!);
        newPos += count;
        newLine += count;
      } else {
        for (let i = oldPos; i < oldPos + count; i++) out(range, '-', a[i]!);
        oldPos += count;
        oldLine += count;
      }
    } else {
      if (oldStart) {
        // close the hunk unless the next change is near enough to join (and this is not the last run)
        const join = count <= context * 2 && r > 0;
        const kept = join ? count : Math.min(count, context);
        for (let i = newPos; i < newPos + kept; i++) out(range, ' ', b[i]!);
        if (!join) {
          hunks.push({
            oldStart,
            oldLines: oldLine - oldStart + kept,
            newStart,
            newLines: newLine - newStart + kept,
            lines: range,
          });
          [oldStart, newStart, range] = [0, 0, []];
        }
      }
      [previous, previousFrom] = [count, newPos];
      oldPos += count;
      newPos += count;
      oldLine += count;
      newLine += count;
    }
    if (kind !== SAME) previous = -1;
  }
  return hunks;
}

/**
 * formatPatch's hunks (from the first "@@" line, each line ending in \n) of what linePatch gives when one text
 * only adds lines to the other, or only removes lines from it (a plan that only creates servers); undefined when
 * it does both. Then no edit script is shorter than the lines added, and the walk reaches the end by additions
 * alone, on the diagonal d = -edits: each step from the path on the diagonal above (the only one that can be
 * there after that many edits) is one addition, then the equal lines that follow. So the script is: equal lines
 * as long as they last, lines added up to the next one equal to the line the shorter text is at, again, to the
 * end. Here a run of added lines is found with one search of the text and printed with one replace, without
 * cutting either text into lines: a thousand servers added are one run, where a line at a time cost a plan
 * most of its diff (before V8 has optimised a loop, each turn of it is slow). Line numbers start after `skipped`.
 */
export function oneSidedHunks(before: string, after: string, context: number, skipped = 0): string | undefined {
  const adding = before.length <= after.length;
  const kind = adding ? ADDED : REMOVED;
  // each run of changed lines printed as it is found (its line count comes with it)
  const printed: string[] = [];
  const runs = adding ? walkRuns(before, after, '+', printed) : walkRuns(after, before, '-', printed);
  if (runs === undefined) return undefined;
  const long = adding ? after : before;
  const hunks: string[] = [];
  let chunks: string[] = [];
  let [oldStart, newStart, oldLine, newLine] = [0, 0, 1, 1];
  let previous = -1; // the run of equal lines before this one, -1 after a change
  const count = runs.length / 3;
  for (let r = 0; r <= count; r++) {
    // one empty run of equal lines after the last closes the last hunk, as jsdiff's sentinel does
    const [from, n] = r < count ? [runs[3 * r]!, runs[3 * r + 2]!] : [0, 0];
    const same = r === count || r % 2 === 0;
    if (!same) {
      if (!oldStart) {
        [oldStart, newStart] = [oldLine, newLine];
        const kept = previous === -1 ? 0 : Math.min(runs[3 * previous + 2]!, context);
        if (kept > 0) {
          const [pFrom, pTo] = [runs[3 * previous]!, runs[3 * previous + 1]!];
          chunks.push(signed(long, lastLines(long, pFrom, pTo, kept), pTo, ' '));
          oldStart -= kept;
          newStart -= kept;
        }
      }
      chunks.push(printed[r]!);
      if (kind === ADDED) newLine += n;
      else oldLine += n;
      previous = -1;
      continue;
    }
    if (oldStart) {
      // close the hunk unless the next change is near enough to join (and this is not the last run)
      const join = n <= context * 2 && r < count - 1;
      const kept = join ? n : Math.min(n, context);
      if (kept > 0) chunks.push(signed(long, from, firstLines(long, from, kept), ' '));
      if (!join) {
        const [oldLines, newLines] = [oldLine - oldStart + kept, newLine - newStart + kept];
        const o = oldStart + skipped - (oldLines === 0 ? 1 : 0);
        const w = newStart + skipped - (newLines === 0 ? 1 : 0);
        hunks.push(`@@ -${o},${oldLines} +${w},${newLines} @@\n${chunks.join('\n')}\n`);
        [oldStart, newStart, chunks] = [0, 0, []];
      }
    }
    previous = r;
    oldLine += n;
    newLine += n;
  }
  return hunks.join('');
}

/**
 * The walk's runs for `short` and `long` as [from, to, lines] triples of offsets into `long`: equal lines and
 * lines only `long` has, taking turns (equal lines first, perhaps none, and last); undefined when `short` is not
 * `long` without some of its lines. Each run of lines only `long` has is printed with `sign` into `printed`, at
 * its run's index, and counted from what was printed (one replace each, not two).
 */
function walkRuns(short: string, long: string, sign: string, printed: string[]): number[] | undefined {
  const runs: number[] = [];
  let [p, q] = [0, 0];
  while (q < long.length) {
    // equal lines, each with its line break
    const from = q;
    let n = 0;
    while (p < short.length) {
      const pe = lineEnd(short, p);
      const qe = lineEnd(long, q);
      if (pe - p !== qe - q || !long.startsWith(short.slice(p, pe), q)) break;
      [p, q] = [pe, qe];
      n++;
    }
    runs.push(from, q, n);
    if (q === long.length) break;
    // then lines of `long` up to the next one that is the line `short` is at (every line left when none is)
    let to = long.length;
    if (p < short.length) {
      const line = short.slice(p, lineEnd(short, p));
      if (line.endsWith('\n')) {
        const at = long.indexOf(`\n${line}`, q);
        if (at !== -1) to = at + 1;
      } else if (long.endsWith(`\n${line}`) && long.length - line.length > q) to = long.length - line.length;
    }
    const text = signed(long, q, to, sign);
    printed[runs.length / 3] = text;
    runs.push(q, to, linesOf(text, to - q));
    q = to;
  }
  if (p < short.length) return undefined;
  // the walk ends after a change: no equal lines after it
  if (runs.length % 6 === 0) runs.push(long.length, long.length, 0);
  return runs;
}

/** Where the line that starts at `at` ends: after its line break, or at the end of the text. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * How many lines `signed` printed from a part of `length` characters: each line break but the last gained the
 * sign (the first line has it too), and a last line without a line break is followed by the marker.
 */
function linesOf(printed: string, length: number): number {
  if (printed.endsWith(NO_NEWLINE)) return printed.length - NO_NEWLINE.length - length; // 1 + breaks, less 1 + 1
  return printed.length - length + 1;
}

/** Where the first `k` lines from `from` end (before `to`). */
function firstLines(text: string, from: number, k: number): number {
  let at = from;
  for (let i = 0; i < k; i++) at = lineEnd(text, at);
  return at;
}

/** Where the last `k` lines before `to` start (at or after `from`). */
function lastLines(text: string, from: number, to: number, k: number): number {
  let at = to;
  for (let i = 0; i < k && at > from; i++) at = at - 1 <= 0 ? 0 : text.lastIndexOf('\n', at - 2) + 1;
  return Math.max(at, from);
}

/** jsdiff's line after a last line without a line break (with the line break before it). */
const NO_NEWLINE = '\n\\ No newline at end of file';

/** The whole lines of text[from, to), each after `sign` and without its line break, joined by line breaks. */
function signed(text: string, from: number, to: number, sign: string): string {
  const part = text.slice(from, to);
  // a last line without a line break is followed by jsdiff's marker
  if (!part.endsWith('\n')) return `${sign}${part.replaceAll('\n', `\n${sign}`)}${NO_NEWLINE}`;
  return `${sign}${part.slice(0, -1).replaceAll('\n', `\n${sign}`)}`;
}
