// Inline suppression: a comment holding `mcpctl:allow <rule-id>` (or `mcpctl:allow all`) on the line.

const MARK = 'mcpctl:allow';

/** Rule ids allowed on this line of text (empty when none). */
export function allowedOnLine(line: string): string[] {
  const at = line.indexOf(MARK);
  if (at === -1) return [];
  return line
    .slice(at + MARK.length)
    .split(/[\s,]+/)
    .filter((w) => /^([a-z0-9-]+\/[a-z0-9*-]+|all)$/.test(w));
}

export function isAllowed(line: string, ruleId: string): boolean {
  const ids = allowedOnLine(line);
  return ids.includes('all') || ids.includes(ruleId) || ids.includes(`${ruleId.slice(0, ruleId.indexOf('/'))}/*`);
}
