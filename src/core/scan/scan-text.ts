// Scan one text file for plain-text secrets: provider formats anywhere (findSecrets) and generated-
// looking literals under secret-looking keys (the generic rule). Pure and linear in the text: a few
// bounded passes, then line/column from one newline index built only when something was found.
import type { Finding } from '../lint/finding.js';
import { findSecretsInFile, fingerprintPreview } from '../secrets/detect.js';
import type { SecretMatch } from '../secrets/detect.js';
import { providerById } from '../secrets/providers.js';
import { genericSecrets } from './assignments.js';
import { secretFingerprint } from './fingerprint.js';
import { LineIndex } from './line-index.js';
import { allowedByLine, ALLOW_MARKER, isAllowed } from './suppress.js';

/** Said of every secret found in a file: it was exposed, so removing it is not enough. */
export const ROTATE_HINT = 'Removing it is not enough, since it was exposed: rotate it, and store the new value with "mcpctl secret set NAME" or in the environment.';

export function scanText(text: string, file: string): Finding[] {
  const { matches: provider, sensitiveLines } = findSecretsInFile(text);
  const matches = _merge(provider, genericSecrets(text, sensitiveLines));
  if (matches.length === 0) return [];
  const index = new LineIndex(text);
  const allowed = text.includes(ALLOW_MARKER) ? allowedByLine(text, index) : undefined;
  const findings: Finding[] = [];
  for (const m of matches) {
    const start = index.at(m.start);
    if (allowed && isAllowed(allowed, start.line, m.ruleId)) continue;
    const end = index.at(m.end);
    const secret = text.slice(m.start, m.end);
    const preview = fingerprintPreview(secret);
    findings.push({
      ruleId: m.ruleId,
      severity: providerById(m.ruleId)?.severity ?? 'error',
      message: `${m.title} in plain text: ${preview}`,
      file,
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      hint: `${m.hint} ${ROTATE_HINT}`,
      secret: { fingerprint: secretFingerprint(m.ruleId, secret), preview },
    });
  }
  return findings;
}

/**
 * Both lists are sorted by position. Provider matches win: a generic match that overlaps one is the
 * same secret seen through its key (`aws_secret_access_key = …`) and is dropped.
 */
function _merge(providers: SecretMatch[], generic: SecretMatch[]): SecretMatch[] {
  if (generic.length === 0) return providers;
  const out: SecretMatch[] = [];
  let p = 0;
  const takeUntil = (pos: number) => {
    for (let m = providers[p]; m !== undefined && m.end <= pos; m = providers[++p]) out.push(m);
  };
  for (const g of generic) {
    takeUntil(g.start);
    const next = providers[p];
    if (next === undefined || next.start >= g.end) out.push(g);
  }
  takeUntil(Infinity);
  return out;
}
