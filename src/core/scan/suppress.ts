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
  _eachMarker(text, (at, ids) => {
    const { line } = index.at(at);
    const set = out.get(line) ?? new Set<string>();
    for (const id of ids) set.add(id);
    out.set(line, set);
  });
  return out;
}

export function isAllowed(allowed: Map<number, Set<string>>, line: number, ruleId: string): boolean {
  const ids = allowed.get(line);
  return ids !== undefined && _allows(ids, ruleId);
}

/** Whether one line's text holds a marker allowing `ruleId`: for a finding, without indexing the whole file. */
export function lineAllows(lineText: string, ruleId: string): boolean {
  if (!lineText.includes(ALLOW_MARKER)) return false;
  const ids = new Set<string>();
  _eachMarker(lineText, (_, found) => found.forEach((id) => ids.add(id)));
  return _allows(ids, ruleId);
}

function _allows(ids: Set<string>, ruleId: string): boolean {
  return ids.has(ruleId) || ids.has('all') || ids.has(`${ruleId.slice(0, ruleId.indexOf('/'))}/*`);
}

/** Calls `found` with the offset of each marker in `text` and the ids after it. */
function _eachMarker(text: string, found: (at: number, ids: string[]) => void): void {
  for (let i = text.indexOf(ALLOW_MARKER); i !== -1; i = text.indexOf(ALLOW_MARKER, i + ALLOW_MARKER.length)) {
    const m = IDS.exec(text.slice(i + ALLOW_MARKER.length, i + ALLOW_MARKER.length + 512));
    if (m?.[1]) found(i, m[1].split(/[\s,]+/).filter((id) => id !== ''));
  }
}
