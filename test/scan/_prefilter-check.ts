// Run in a fresh process by prefilter.test.ts: on the same texts before and after the keyword automaton
// is built (detect.ts switches to it after 16 K characters), findSecrets must agree, and so must the
// lines findSecretsInFile gives the generic rule (a regex pass before, the automaton after).
import { findSecrets, findSecretsInFile, GENERIC_RULE_ID } from '../../src/core/secrets/detect.js';
import { PLANT_BUILDERS } from './_plants.js';
import { reseed } from '../secrets/_gen.js';

reseed(99);
const texts = PLANT_BUILDERS.map((build) => build())
  .filter((p) => p.ruleId !== GENERIC_RULE_ID)
  .map((p) => {
  // upper-case keys, non-ASCII around the value, keywords glued to other keywords
    return `${p.key.toUpperCase()} = "${p.value}" # é ü 𝔘 ${'ACCA aws Bearer'}\n${p.key}: '${p.value}'\n`;
  });
// where the generic rule looks: fragments in any case, glued to words, on CRLF lines, first and last line
// (no final newline), next to non-ASCII (ſ and K, the long s and the Kelvin sign, fold to nothing here)
const lineTexts = [
  'ApiToKen: x\r\nplain line\r\nDB_PASSWORD=y',
  'first\nmonkeys and paths\n\nnothing\nx_jwt',
  'ſecret: no\nKey: yes\n  "Authorization": "Bearer z"\n🔑 session',
  'no fragment at all\nreally none\n',
  ...texts,
];
const run = () => texts.map((t) => findSecrets(t).map((m) => `${m.ruleId}@${m.start}-${m.end}`).join(' '));
const lines = () => lineTexts.map((t) => findSecretsInFile(t).sensitiveLines);
const before = run();
const linesBefore = lines();
findSecrets('x'.repeat(200 * 1024)); // past the threshold: the automaton is built
const after = run();
const linesAfter = lines();
process.stdout.write(JSON.stringify({ before, after, linesBefore, linesAfter }));
