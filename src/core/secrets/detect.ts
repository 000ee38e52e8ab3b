// The secret-detection API. Pure: no fs, no printing. Used to redact values in every output and
// by the lint and scan rules.
//
// findSecrets runs in two passes: the keyword prefilter (keyword-prefilter.ts) decides which provider
// rules can match at all, and only those rules' bounded, linear-time patterns run over the text
// (provider-matches.ts); where their matches overlap, the earliest-listed rule wins (overlaps.ts).
// Whether a key names a secret is sensitive-keys.ts's.
import { isUuidOrHex, looksRandom, shannonEntropy } from './entropy.js';
import { keywordPass } from './keyword-prefilter.js';
import { isPlaceholderOrReference } from './placeholders.js';
import { collectCandidates, type Candidate, type CompiledRule } from './provider-matches.js';
import { resolveOverlaps } from './overlaps.js';
import { isPasswordKey, isSensitiveKey } from './sensitive-keys.js';

export interface SecretMatch {
  ruleId: string;
  title: string;
  /** UTF-16 offsets of the secret itself in the scanned text; `end` is exclusive. */
  start: number;
  end: number;
  hint: string;
}

export const GENERIC_RULE_ID = 'secret/generic-high-entropy';

/**
 * Short values are looked at several times in one run (lint, the masked diff, the plan JSON): remember
 * their answer. Bounded, and only for short texts, so memory stays small.
 */
const memo = new Map<string, SecretMatch[]>();
const MEMO_TEXT = 512;
const MEMO_SIZE = 50_000;
/** No provider format is shorter than this. */
const SHORTEST_TOKEN = 8;

/** Provider-format secrets anywhere in `text`, in order of position; references never match. */
export function findSecrets(text: string): SecretMatch[] {
  if (text.length < SHORTEST_TOKEN) return [];
  if (text.length > MEMO_TEXT) return _find(text);
  let hit = memo.get(text);
  if (hit === undefined) {
    hit = _find(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, hit);
  }
  return hit.map((m) => ({ ...m }));
}

function _find(text: string): SecretMatch[] {
  return _matches(text, keywordPass(text, false).active);
}

function _matches(text: string, active: readonly CompiledRule[]): SecretMatch[] {
  const found: Candidate[] = [];
  for (const compiled of active) collectCandidates(compiled, text, found);
  return resolveOverlaps(found).map(({ rule, start, end }) => ({
    ruleId: rule.id,
    title: rule.title,
    start,
    end,
    hint: rule.hint,
  }));
}

/**
 * findSecrets for a whole file, plus the starts of the lines where a key may be sensitive (holding a
 * SENSITIVE_FRAGMENTS entry, in any case): the generic rule parses only those. The same keyword pass
 * finds both.
 */
export function findSecretsInFile(text: string): { matches: SecretMatch[]; sensitiveLines: number[] } {
  const hits = keywordPass(text, true);
  return { matches: _matches(text, hits.active), sensitiveLines: hits.sensitiveLines ?? [] };
}

/** A generated-looking value: random text, or a hex string / UUID long enough to be a key. */
function _looksGenerated(value: string): boolean {
  if (looksRandom(value)) return true;
  return isUuidOrHex(value) && value.length >= 20 && shannonEntropy(value) >= 3;
}

/**
 * A value under a secret-looking key that no provider rule recognises but that looks generated.
 * Offsets are relative to `value`. Null for references, placeholders, ordinary words, and values
 * that findSecrets already reports under a provider rule.
 */
export function genericSecretAt(key: string, value: string): SecretMatch | null {
  if (!isSensitiveKey(key) || isPlaceholderOrReference(value)) return null;
  if (!_looksGenerated(value) || findSecrets(value).length > 0) return null;
  return {
    ruleId: GENERIC_RULE_ID,
    title: 'High-entropy value under a secret-looking key',
    start: 0,
    end: value.length,
    hint: 'Move the value out of the file: reference it as ${secret:NAME} or ${env:NAME}. If it is not a secret, rename the key.',
  };
}

/**
 * Whether to redact `value` in output: a provider-format secret anywhere in it, or a
 * generated-looking literal under a secret-looking key. Under password- and secret-named keys
 * any literal of 4+ characters counts, because a human-chosen password is still a password.
 */
export function looksSecret(key: string | undefined, value: string): boolean {
  if (findSecrets(value).length > 0) return true;
  if (key === undefined || !isSensitiveKey(key) || isPlaceholderOrReference(value)) return false;
  if (_looksGenerated(value)) return true;
  return value.trim().length >= 4 && isPasswordKey(key);
}

/**
 * The only way a secret may be shown: its first 4 characters and its length, `ghp_…(40 chars)`.
 * Secrets shorter than 12 characters show no characters at all (`…(8 chars)`), since 4 of 8
 * would give half of it away.
 */
export function fingerprintPreview(secret: string): string {
  const chars = Array.from(secret);
  const shown = chars.length >= 12 ? chars.slice(0, 4).join('') : '';
  return `${shown}…(${chars.length} chars)`;
}
