// Fits a markdown report under a size limit (a PR comment: 65,536 characters; a job summary: 1 MiB)
// by cutting its flexible sections, most expendable first, each with a note saying what was cut.
// Sizes are UTF-8 bytes: never fewer than characters, so a fitted text is under either limit.

export interface Section {
  text: string;
  /** Sections with a cut are shortened when the whole does not fit, highest rank first. */
  cut?: { rank: number; to(budget: number): string };
}

export const size = (s: string): number => Buffer.byteLength(s, 'utf8');

export function fit(sections: Section[], limit: number): string {
  const texts = sections.map((s) => s.text);
  let total = texts.reduce((n, t) => n + size(t), 0);
  const order = sections
    .map((s, i) => ({ i, rank: s.cut?.rank ?? -1 }))
    .filter((s) => s.rank >= 0)
    .sort((a, b) => b.rank - a.rank);
  for (const { i } of order) {
    if (total <= limit) break;
    const was = texts[i] ?? '';
    const cut = sections[i]?.cut;
    if (!cut) continue;
    const now = cut.to(Math.max(0, limit - (total - size(was))));
    texts[i] = now;
    total += size(now) - size(was);
  }
  const out = texts.join('');
  if (total <= limit) return out;
  // Only the fixed sections are left and still too long: cut at a line break, say so.
  const note = '\n\n_(cut here: the report is longer than GitHub allows)_\n';
  let end = Math.max(0, limit - size(note));
  while (size(out.slice(0, end)) > limit - size(note)) end = Math.floor(end * 0.9);
  const nl = out.lastIndexOf('\n', end);
  return out.slice(0, nl > 0 ? nl : end) + note;
}

/**
 * head + the longest prefix of `lines` + tail + note(lines left out) that fits `budget`; the note is
 * added only when lines were left out (after the tail: outside a table or a code block).
 */
export function cutLines(
  head: string,
  lines: readonly string[],
  tail: string,
  note: (left: number) => string,
  budget: number,
): string {
  const whole = head + lines.join('') + tail;
  if (size(whole) <= budget) return whole;
  let used = size(head) + size(tail);
  let n = 0;
  for (; n < lines.length; n++) {
    const next = used + size(lines[n] ?? '');
    if (next + size(note(lines.length - n - 1)) > budget) break;
    used = next;
  }
  return head + lines.slice(0, n).join('') + tail + note(lines.length - n);
}
