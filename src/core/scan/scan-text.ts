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
export const ROTATE_HINT =
  'Removing it is not enough, since it was exposed: rotate it, and store the new value with "mcpctl secret set NAME" or in the environment.';

export function scanText(text: string, file: string): Finding[] {
  const out: Finding[] = [];
  for (const s of scanSecrets(text, file)) if (!s.allowed) out.push(s.finding);
  return out;
}

/** A secret found in a text: the finding, where it starts, and whether an `mcpctl:allow` comment covers it. */
export interface ScannedSecret {
  finding: Finding;
  /** What it is ("GitHub personal access token"), for messages that add their own context. */
  title: string;
  /** Offset of the secret in the text. */
  start: number;
  allowed: boolean;
}

/**
 * Every secret in the text, allowed or not: scan drops the allowed ones; lint decides itself, since an
 * organisation policy may refuse a suppression. One engine for both, so the rule id, the position and the
 * fingerprint of a literal are the same in either, and a baseline or an allow comment carries over.
 */
export function scanSecrets(text: string, file: string): ScannedSecret[] {
  const { matches: provider, sensitiveLines } = findSecretsInFile(text);
  const matches = _merge(provider, genericSecrets(text, sensitiveLines));
  if (matches.length === 0) return [];
  const index = new LineIndex(text);
  const allowed = text.includes(ALLOW_MARKER) ? allowedByLine(text, index) : undefined;
  const found: ScannedSecret[] = [];
  for (const m of matches) {
    const start = index.at(m.start);
    const end = index.at(m.end);
    const secret = text.slice(m.start, m.end);
    const preview = fingerprintPreview(secret);
    const finding: Finding = {
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
    };
    found.push({
      finding,
      title: m.title,
      start: m.start,
      allowed: allowed !== undefined && isAllowed(allowed, start.line, m.ruleId),
    });
  }
  return found;
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
