// Scan fixtures hold `<<name>>` where a token goes; the tests write a generated one there (the same
// for a given seed) in a temp copy, so no committed file contains a real-looking token.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALPHABET as A, rand, reseed } from '../secrets/_gen.js';
import { ROOT, tempDir } from '../helpers/cli.js';

export const SCAN_FIXTURES = join(ROOT, 'fixtures', 'scan');

/** The tokens a fixture may name, generated in a fixed order from `seed`. */
export function fixtureTokens(seed = 7): Record<string, string> {
  reseed(seed);
  const an = (n: number) => rand(A.alnum, n);
  return {
    'github-pat': `ghp_${an(36)}`,
    'github-pat-old': `ghp_${an(36)}`,
    generic: `${an(12)}/${an(12)}+${an(8)}`,
    'stripe-test': `sk_test_${an(99)}`,
    'slack-bot': `xoxb-${rand(A.digits, 12)}-${rand(A.digits, 13)}-${an(24)}`,
    integrity: `sha512-${rand(A.base64, 86)}==`,
  };
}

/** Copies fixtures/scan/<name>/input to a temp folder with the tokens written in; returns the folder. */
export function materialize(name: string, tokens = fixtureTokens()): string {
  const dir = tempDir(`mcpctl-scan-${name}-`);
  cpSync(join(SCAN_FIXTURES, name, 'input'), dir, { recursive: true });
  fill(dir, tokens);
  return dir;
}

function fill(dir: string, tokens: Record<string, string>): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      fill(path, tokens);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const filled = text.replace(/<<([a-z0-9-]+)>>/g, (whole, name: string) => tokens[name] ?? whole);
    if (filled !== text) writeFileSync(path, filled);
  }
}
