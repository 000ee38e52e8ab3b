// A small seeded PRNG (mulberry32) for tests that pick random moments: the seed comes from
// MCPCTL_TEST_SEED when set (to replay a failure), else a fresh one, and is printed with any failure.
import { randomInt } from 'node:crypto';

export interface SeededRandom {
  seed: number;
  /** An integer in [0, below). */
  int(below: number): number;
}

export function seededRandom(env: NodeJS.ProcessEnv = process.env): SeededRandom {
  const given = env['MCPCTL_TEST_SEED'];
  if (given !== undefined && given !== '' && !/^\d+$/.test(given))
    throw new Error(`MCPCTL_TEST_SEED=${given} is not a whole number`);
  const seed = given !== undefined && given !== '' ? Number(given) >>> 0 : randomInt(2 ** 32);
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, int: (below) => Math.floor(next() * below) };
}
