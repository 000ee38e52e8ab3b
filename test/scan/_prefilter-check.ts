// Run in a fresh process by prefilter.test.ts: findSecrets on the same texts before and after the
// keyword automaton is built (detect.ts switches to it after 128 K characters) must agree.
import { findSecrets, GENERIC_RULE_ID } from '../../src/core/secrets/detect.js';
import { PLANT_BUILDERS } from './_plants.js';
import { reseed } from '../secrets/_gen.js';

reseed(99);
const texts = PLANT_BUILDERS.map((build) => build())
  .filter((p) => p.ruleId !== GENERIC_RULE_ID)
  .map((p) => {
  // upper-case keys, non-ASCII around the value, keywords glued to other keywords
    return `${p.key.toUpperCase()} = "${p.value}" # é ü 𝔘 ${'ACCA aws Bearer'}\n${p.key}: '${p.value}'\n`;
  });
const run = () => texts.map((t) => findSecrets(t).map((m) => `${m.ruleId}@${m.start}-${m.end}`).join(' '));
const before = run();
findSecrets('x'.repeat(200 * 1024)); // past the threshold: the automaton is built
const after = run();
process.stdout.write(JSON.stringify({ before, after }));
