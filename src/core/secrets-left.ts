// Which plaintext secrets a file holds, by fingerprint (never the value), with the scan engine: used to tell
// which backups still hold a token that apply removed from the target (import moved it to the store). Pure.
import { scanText } from './scan/scan-text.js';

export interface HeldSecret {
  fingerprint: string;
  /** A short masked preview, e.g. ghp_…(40 chars). */
  preview: string;
}

/** Every distinct secret in the text (suppression comments do not hide one: a backup is not reviewed code). */
export function secretsIn(text: string): Map<string, HeldSecret> {
  const out = new Map<string, HeldSecret>();
  for (const f of scanText(text.replaceAll('mcpctl:allow', 'mcpctl_allow'), 'backup')) {
    if (f.secret && !out.has(f.secret.fingerprint)) out.set(f.secret.fingerprint, { fingerprint: f.secret.fingerprint, preview: f.secret.preview });
  }
  return out;
}

/** Secrets the old text held that the new one no longer does: after the write they live on only in backups. */
export function secretsRemoved(before: string, after: string): HeldSecret[] {
  const now = secretsIn(after);
  return [...secretsIn(before).values()].filter((s) => !now.has(s.fingerprint));
}
