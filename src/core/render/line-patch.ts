// jsdiff's structuredPatch (diff 9) for two texts, line by line: the same greedy Myers walk with the same choice
// wherever several equal lines could be the changed one, and the same hunks, so formatPatch prints the same bytes
// (test/core/line-patch.test.ts compares the two on thousands of texts). jsdiff keeps its paths in an array
// indexed by negative diagonals (a dictionary to V8) and makes objects at every step: ~40 ms to show a thousand
// servers added to a JSON file, which made an apply to five clients' files mostly diffing. Here the paths are
// typed arrays and the components three growing ones, and each line is cut once.
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
  const oneSided = a.length <= b.length ? onlyOneKind(a, b, ADDED) : onlyOneKind(b, a, REMOVED);
  if (oneSided !== undefined) return oneSided;
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
 * The walk's edit script when one text only adds lines to the other (or only removes lines from it), in one
 * pass: what a plan that only creates servers shows. Then no edit script is shorter than the added lines, and
 * the walk reaches the end by additions alone, on the diagonal d = -edits: each step from the path on the
 * diagonal above (the only one that can be there after that many edits) is one addition, then the equal lines
 * that follow. So the path is: equal lines as long as they last, one line added, again, to the end. Walking it
 * costs the lines; the walk itself spends a step on every diagonal it can reach for each line added (~5 ms
 * per thousand servers added, cold). The same for removals, with the texts' roles swapped. Undefined when
 * `short` is not what is left of `long` without some of its lines: then both add and remove.
 */
function onlyOneKind(short: string[], long: string[], kind: typeof ADDED | typeof REMOVED): Runs | undefined {
  const forward: number[] = []; // [count, kind, …], first run first
  let [i, j] = [0, 0];
  const add = (count: number, k: number) => {
    if (forward.length && forward[forward.length - 1] === k) forward[forward.length - 2]! += count;
    else forward.push(count, k);
  };
  while (j < long.length) {
    const from = i;
    while (i < short.length && j < long.length && short[i] === long[j]) {
      i++;
      j++;
    }
    if (i > from) add(i - from, SAME);
    if (j === long.length) break;
    add(1, kind);
    j++;
  }
  if (i < short.length) return undefined;
  // last run first, as editScript gives them
  const runs: Runs = [];
  for (let r = forward.length - 2; r >= 0; r -= 2) runs.push(forward[r]!, forward[r + 1]!);
  return runs;
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
