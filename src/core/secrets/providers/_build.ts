// The shape of a provider rule and the small helpers the vendor tables are written with.
// Every pattern is linear-time: each repetition is bounded, no quantified group contains an
// unbounded quantifier, and tokens are anchored so that they cannot start or end inside a word.
import type { Severity } from '../../errors.js';

export interface ProviderRule {
  /** Stable id, `secret/<vendor>-<kind>`: shown in findings, SARIF and suppressions. */
  id: string;
  title: string;
  /** Lowercase literals; the rule runs only when one of them occurs in the lowercased text. */
  keywords: readonly string[];
  /** Bounded, linear-time pattern. A named group `secret` marks the secret inside a longer match. */
  pattern: RegExp;
  /** What to do about it: where to revoke, and how to reference it instead. */
  hint: string;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropyMin?: number;
  /** Default `error`. */
  severity?: Severity;
  /** Structural check on the secret (decodes, mixes character classes, …); false drops the match. */
  check?: (secret: string) => boolean;
}

/** Characters that make up most tokens; a token must not touch them on either side. */
const WORD = 'A-Za-z0-9_';
export const WORD_DASH = 'A-Za-z0-9_-';

/** A case-insensitive literal without the `i` flag, so the token's own classes stay exact. */
export function ci(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower === upper ? ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&') : `[${upper}${lower}]`;
  }
  return out;
}

/**
 * A token standing alone: `body` may not be glued to a character of `edge` on either side. `=` only
 * ever ends a token (base64 padding): on the left it is the `KEY=token` of a .env file, so it never
 * blocks a match there.
 */
export function token(body: string, edge: string = WORD): RegExp {
  return new RegExp(`(?<![${edge.replace('=', '')}])${body}(?![${edge}])`);
}

/**
 * A value assigned to a name that says what it is: `CLOUDFLARE_API_TOKEN=…`, `"twilio_auth": "…"`,
 * `heroku.key: …`. The value is the named group `secret`.
 */
export function assigned(name: string, value: string, edge: string = WORD_DASH): RegExp {
  return new RegExp(
    `${name}[A-Za-z0-9_.-]{0,40}["']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["'\`]?(?<secret>${value})(?![${edge}])`,
  );
}

/** The standard advice: revoke the leaked value, then keep only a reference in the file. */
export function revoke(where: string): string {
  return `Revoke it (${where}), then keep the new value out of the file: reference it as \${secret:NAME} or \${env:NAME}.`;
}

/** At least two of lower case, upper case and digits: random tokens almost always are. */
export function mixesClasses(s: string): boolean {
  const classes = (/[a-z]/.test(s) ? 1 : 0) + (/[A-Z]/.test(s) ? 1 : 0) + (/[0-9]/.test(s) ? 1 : 0);
  return classes >= 2;
}

/** Both upper and lower case letters (tokens whose alphabet has no digits). */
export function mixesCase(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s);
}

/** Decodes base64 or base64url to text; null when it is not valid base64 of printable text. */
function decodeBase64Text(s: string): string | null {
  const std = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (std.length % 4 === 1) return null;
  let bin: string;
  try {
    bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return null;
  }
  return /^[\x20-\x7e\t\r\n]*$/.test(bin) ? bin : null;
}

/** `Basic` credentials decode to `user:password`. */
export function isBasicCredential(s: string): boolean {
  const text = decodeBase64Text(s);
  if (text === null) return false;
  const colon = text.indexOf(':');
  return colon > 0 && colon < text.length - 1 && !/\s/.test(text);
}

/** A JWT's first segment is a JSON header naming its algorithm. */
export function isJwt(s: string): boolean {
  const header = decodeBase64Text(s.slice(0, s.indexOf('.')));
  return header !== null && /^\s*\{/.test(header) && header.includes('"alg"');
}

/** Base64 body of at least 40 characters: a real key block, not `-----BEGIN … KEY-----\n...`. */
export function hasKeyMaterial(s: string): boolean {
  return /[A-Za-z0-9+/]{40}/.test(s);
}

const TRIVIAL_PASSWORDS = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'secret',
  'admin',
  'root',
  'user',
  'username',
  'guest',
  'test',
  'postgres',
  'mysql',
  'mongo',
  'redis',
  'rabbit',
  'changeit',
  'changeme',
  'example',
  'default',
  'token',
  'x-oauth-basic',
]);

/** A password in a URL that is not a documentation stand-in (`user:password@`, `:pass@`). */
export function isRealPassword(s: string): boolean {
  return s.length >= 3 && !TRIVIAL_PASSWORDS.has(s.toLowerCase());
}
