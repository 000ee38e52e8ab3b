// Masks provider-format tokens in free text (error messages, usage errors, unparseable files). Kept apart
// from redact.ts so that printing an error does not load the TOML parser.
import { looksSecret } from './secrets/detect.js';

export const SENSITIVE_MARK = '(sensitive)';

export function maskTokens(text: string): string {
  return text.replace(/[^\s"'`=:,;()[\]{}<>]{16,}/g, (word) => (looksSecret(undefined, word) ? SENSITIVE_MARK : word));
}
