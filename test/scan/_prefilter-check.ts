// Run in fresh processes by prefilter.test.ts. keyword-prefilter.ts looks keywords up one by one until 16 K characters
// have been scanned in all, and with an automaton after that; both must activate the same rules, so
// findSecrets agrees, and the automaton must find the same lines for the generic rule as the regex pass.
//   before PART: findSecrets of texts PART, PART+2, … (each half stays under the threshold)
//   after: the automaton built first; findSecrets of every text, and the generic rule's lines both ways
import { findSecrets, findSecretsInFile, GENERIC_RULE_ID } from '../../src/core/secrets/detect.js';
import { sensitiveLineStarts } from '../../src/core/secrets/keyword-prefilter.js';
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
const matches = (t: string) =>
  findSecrets(t)
    .map((m) => `${m.ruleId}@${m.start}-${m.end}`)
    .join(' ');
const [mode, part] = process.argv.slice(2);
if (mode === 'before') {
  const mine = texts.map((t, i) => (i % 2 === Number(part) ? t : null));
  const total = mine.reduce((n, t) => n + (t?.length ?? 0), 0);
  if (total >= 16 * 1024) throw new Error(`half of the texts is ${total} characters: past the automaton's threshold`);
  process.stdout.write(JSON.stringify(mine.map((t) => (t === null ? null : matches(t)))));
} else {
  findSecrets('x'.repeat(200 * 1024)); // past the threshold: the automaton is built
  process.stdout.write(
    JSON.stringify({
      after: texts.map(matches),
      linesByRegex: lineTexts.map(sensitiveLineStarts),
      linesByAutomaton: lineTexts.map((t) => findSecretsInFile(t).sensitiveLines),
    }),
  );
}
