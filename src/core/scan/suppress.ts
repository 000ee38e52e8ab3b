// Inline suppression: a comment holding `mcpctl:allow <rule-id>` (several ids separated by spaces or
// commas, or `all`) silences findings of those rules on the same line, whatever the comment syntax
// (`#`, `//`, `<!-- -->`, `/* */`). Text after the ids is ignored, so a reason may follow:
// `# mcpctl:allow secret/jwt -- a test fixture, not a real token`.
import type { LineIndex } from './line-index.js';

export const ALLOW_MARKER = 'mcpctl:allow';
/** Ids after the marker; a reason after them is read as more words and simply never matches. */
const IDS = /^[ \t]{1,8}([A-Za-z0-9/_.,*-]{1,200}(?:[ \t]{1,8}[A-Za-z0-9/_.,*-]{1,200}){0,20})/;

/** Line number → rule ids allowed on it (`all` for every rule). Empty when the text has no marker. */
export function allowedByLine(text: string, index: LineIndex): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let i = text.indexOf(ALLOW_MARKER); i !== -1; i = text.indexOf(ALLOW_MARKER, i + ALLOW_MARKER.length)) {
    const m = IDS.exec(text.slice(i + ALLOW_MARKER.length, i + ALLOW_MARKER.length + 512));
    if (!m?.[1]) continue;
    const { line } = index.at(i);
    const ids = out.get(line) ?? new Set<string>();
    for (const id of m[1].split(/[\s,]+/)) if (id) ids.add(id);
    out.set(line, ids);
  }
  return out;
}

export function isAllowed(allowed: Map<number, Set<string>>, line: number, ruleId: string): boolean {
  const ids = allowed.get(line);
  return (
    ids !== undefined && (ids.has(ruleId) || ids.has('all') || ids.has(`${ruleId.slice(0, ruleId.indexOf('/'))}/*`))
  );
}
