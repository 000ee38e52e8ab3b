// Overlap resolution: of candidate spans that overlap, the earliest-listed rules win and the result is
// disjoint and in order of position, so one secret is never reported twice under two rules.

/** A candidate span: `order` is its rule's position in the table (lower wins), `end` is exclusive. */
export interface RankedSpan {
  order: number;
  start: number;
  end: number;
}

/**
 * Within a group of overlapping candidates, keep the earliest-listed rules that do not overlap.
 * `kept` stays sorted and disjoint, so one binary search finds the only neighbour that can clash.
 */
function _pick<T extends RankedSpan>(cluster: T[]): T[] {
  if (cluster.length === 1) return cluster;
  const kept: T[] = [];
  for (const c of [...cluster].sort((a, b) => a.order - b.order || a.start - b.start)) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = kept[mid];
      if (k !== undefined && k.start < c.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before === undefined || before.end <= c.start) kept.splice(lo, 0, c);
  }
  return kept;
}

/** The disjoint spans to report, by position; sorts `found` in place. */
export function resolveOverlaps<T extends RankedSpan>(found: T[]): T[] {
  if (found.length <= 1) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = 0;
  for (const c of found) {
    if (cluster.length > 0 && c.start >= clusterEnd) {
      out.push(..._pick(cluster));
      cluster = [];
    }
    if (cluster.length === 0) clusterEnd = c.end;
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  out.push(..._pick(cluster));
  return out;
}
