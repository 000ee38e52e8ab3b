// Which plaintext secrets a config.toml (or a backup of one) holds: what the scan engine finds in the text,
// and what import moves to the store (a value under a secret-looking key of a server's env or headers, a
// human-chosen password included). Used to tell which backups still hold a token that apply removed from
// the target. The values stay in memory; only masked previews leave this module's callers. Pure.
import { genericSecrets } from './scan/assignments.js';
import { findSecretsInFile, fingerprintPreview, looksSecret } from './secrets/detect.js';
import { isEntry } from './value.js';
import type { Entry } from './value.js';

/** The distinct secret values in a config text; `servers` (its parsed mcp_servers, when it parses) adds import's key-based view. */
export function secretValuesIn(text: string, servers?: ReadonlyMap<string, Entry>): Set<string> {
  const { matches, sensitiveLines } = findSecretsInFile(text);
  const out = new Set<string>();
  for (const m of [...matches, ...genericSecrets(text, sensitiveLines)]) out.add(text.slice(m.start, m.end));
  for (const t of servers?.values() ?? []) {
    for (const key of ['env', 'http_headers', 'headers']) {
      const table = t[key];
      if (!isEntry(table)) continue;
      for (const [k, v] of Object.entries(table)) if (typeof v === 'string' && looksSecret(k, v)) out.add(v);
    }
  }
  return out;
}

/** Secrets of the old text that the new text no longer holds anywhere: after the write they live on only in backups. */
export function secretsRemoved(before: ReadonlySet<string>, afterText: string): string[] {
  return [...before].filter((v) => !afterText.includes(v));
}

/** Masked previews, for output: `ghp_…(40 chars)`. */
export function previews(values: Iterable<string>): string[] {
  return [...values].map(fingerprintPreview);
}
