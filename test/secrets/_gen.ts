// Deterministic random strings for secret-detection tests. Tokens are assembled at run time from
// a prefix and random characters, so no test file contains a token that a scanner (ours, or
// GitHub push protection) would flag.

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

export const ALPHABET = {
  lower: LOWER,
  letters: LOWER + UPPER,
  digits: DIGITS,
  hex: DIGITS + 'abcdef',
  alnum: LOWER + UPPER + DIGITS,
  upperDigit: UPPER + DIGITS,
  base64: LOWER + UPPER + DIGITS + '+/',
  base64url: LOWER + UPPER + DIGITS + '-_',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
};

/** mulberry32: small, seedable, good enough to make tokens look random. */
function _prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let next = _prng(20260801);

/** Restart the sequence, so a test file's tokens do not depend on what ran before it. */
export function reseed(seed: number): void {
  next = _prng(seed);
}

/** `n` characters drawn from `alphabet`. */
export function rand(alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet.charAt(Math.floor(next() * alphabet.length));
  return out;
}

export function uuid(): string {
  const h = (n: number) => rand(ALPHABET.hex, n);
  return `${h(8)}-${h(4)}-4${h(3)}-a${h(3)}-${h(12)}`;
}

export function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** A PEM-looking block: header, random base64 lines of 64 characters, footer. */
export function pem(label: string, lines = 10): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(rand(ALPHABET.base64, 64));
  const dashes = '-'.repeat(5);
  return `${dashes}BEGIN ${label}${dashes}\n${body.join('\n')}\n${dashes}END ${label}${dashes}\n`;
}
