// SHA-256 as hex, the digest a plan takes of each entry it manages (drift), and apply of what it writes.
// node:crypto costs about 3 ms to load (it brings some thirty internal modules, node's streams among them):
// more than a plan of ten servers spends on everything else it hashes. So a run's first few kilobytes are
// hashed here, in plain JavaScript (FIPS 180-4; @noble/hashes took three times as long cold), and node:crypto
// is loaded once a run has hashed more: before V8 optimises it, this loop hashes about 2 KiB a millisecond, so
// past 4 KiB node's module pays for its loading. Both give the same digest (test/core/sha256.test.ts).

/** How much (bytes, or UTF-16 units of a string) is hashed here before node:crypto is loaded. */
const JS_BUDGET = 4 * 1024;
let hashedInJs = 0;
let crypto: typeof import('node:crypto') | undefined;

/** The SHA-256 of `data` (a string as its UTF-8 bytes), in lower-case hex. */
export function sha256Hex(data: string | Uint8Array): string {
  if (crypto === undefined && hashedInJs + data.length <= JS_BUDGET) {
    hashedInJs += data.length;
    return sha256InJs(typeof data === 'string' ? new TextEncoder().encode(data) : data);
  }
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto.hash('sha256', data, 'hex');
}

// prettier-ignore
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const W = new Int32Array(64);

/** SHA-256 in JavaScript: what sha256Hex uses below its budget (exported for the differential test). */
export function sha256InJs(bytes: Uint8Array): string {
  // the message, its 0x80 end mark and its length in bits (big-endian, 64 bits), padded to 64-byte blocks
  const n = bytes.length;
  const total = ((n + 9 + 63) >>> 6) << 6;
  const m = new Uint8Array(total);
  m.set(bytes);
  m[n] = 0x80;
  const view = new DataView(m.buffer);
  view.setUint32(total - 8, Math.floor(n / 0x20000000));
  view.setUint32(total - 4, (n << 3) >>> 0);
  const h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  for (let at = 0; at < total; at += 64) {
    for (let i = 0; i < 16; i++) W[i] = view.getInt32(at + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!;
      const y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, k] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (k + s1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + k;
  }
  let hex = '';
  for (const v of h) hex += (v >>> 0).toString(16).padStart(8, '0');
  return hex;
}
