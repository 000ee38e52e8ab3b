// How random a string looks. Used for values under secret-looking keys, where no vendor format
// applies: `API_KEY: 3fQ9…` is a secret, `API_KEY_FILE: ./keys/dev.pem` is not.

/** Counts of ASCII characters, reused by every call (and left zeroed): no Map for the usual token. */
const asciiCounts = new Int32Array(128);

/** Shannon entropy in bits per character (0 for the empty string). */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  let other: Map<number, number> | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) asciiCounts[c] = (asciiCounts[c] ?? 0) + 1;
    else (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  let bits = 0;
  const add = (n: number) => {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) {
    const n = asciiCounts[c] ?? 0;
    if (n === 0) continue;
    add(n);
    asciiCounts[c] = 0;
  }
  if (other) for (const n of other.values()) add(n);
  return bits;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
const INTEGRITY = /^(?:sha(?:1|224|256|384|512)|md5)[-:=]/i;
const DATA_URI = /^data:[A-Za-z0-9.+/-]{1,100}(?:;[A-Za-z0-9=.+-]{1,100}){0,4},/;
const URL = /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//;
const URL_PASSWORD = /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:@/]{0,128}:[^\s@/]{1,256}@/;
const SEMVER = /^[v^~=<>]{0,2}[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}(?:[-+][0-9A-Za-z.+-]{1,100})?$/;
const PATH_START = /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/]|\\\\)/;
/** Words joined by separators: `my-server-name`, `GITHUB_TOKEN`, `org.example.name`. */
const WORDS = /^[A-Za-z]{1,40}(?:[-_.:][A-Za-z]{1,40}){0,20}$/;

/** A UUID, or a lowercase/uppercase hex string as hashes and IDs are written. */
export function isUuidOrHex(value: string): boolean {
  return UUID.test(value) || HEX.test(value);
}

/** What a generic secret must not be: a hash, an id, a path, a URL, a version, an image. */
function _isKnownNonSecret(value: string): boolean {
  if (isUuidOrHex(value) || INTEGRITY.test(value) || DATA_URI.test(value) || SEMVER.test(value)) return true;
  if (URL.test(value)) return !URL_PASSWORD.test(value);
  if (PATH_START.test(value)) return true;
  // `@scope/pkg`, `dir/sub/file.txt`: slash-separated lower-case segments. Base64 secrets that
  // contain `/` also contain upper case, so they are not caught here.
  if (value.includes('/') && /^[a-z0-9@._/-]+$/.test(value)) return true;
  return WORDS.test(value) && !_caseLooksRandom(value);
}

/**
 * Looks like a generated secret: at least 16 characters, no whitespace, at least two of
 * lower case / upper case / digits, and entropy close to what random text of that length has.
 * Hex strings and UUIDs are treated as hashes and ids (false); see `isUuidOrHex`.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 16 || value.length > 8192 || /\s/.test(value)) return false;
  if (_isKnownNonSecret(value)) return false;
  if (URL.test(value)) return true; // a URL that carries a password
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  if ((lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) < 2) return false;
  if (!digit && !_caseLooksRandom(value)) return false;
  // Random text of length n over a large alphabet has close to log2(n) bits per character.
  const needed = Math.min(3.5, Math.log2(value.length) - 1);
  return shannonEntropy(value) >= needed;
}

/** Letters-only strings: CamelCase words have few capitals, random letters about half. */
function _caseLooksRandom(value: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (const ch of value) {
    if (/[A-Za-z]/.test(ch)) letters++;
    if (/[A-Z]/.test(ch)) capitals++;
  }
  const ratio = letters === 0 ? 0 : capitals / letters;
  return letters >= 20 && ratio >= 0.25 && ratio <= 0.75;
}
