// One row per provider rule: at least one true positive (and the exact secret it must report) and
// at least one near miss (wrong length, wrong prefix, glued into a longer word, placeholder).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findSecrets } from '../../src/core/secrets/detect.js';
import { PROVIDERS, providerById } from '../../src/core/secrets/providers.js';
import { CASES } from './_cases.js';

test('every provider rule has a true positive and a near-miss negative', () => {
  const covered = new Set(CASES.map((c) => c.id));
  const missing = PROVIDERS.map((r) => r.id).filter((id) => !covered.has(id));
  assert.equal(missing, []);
  for (const c of CASES) assert.ok(providerById(c.id), `unknown rule ${c.id}`);
  assert.ok(CASES.every((c) => c.positives.length > 0 && c.negatives.length > 0));
});

for (const c of CASES) {
  test(`${c.id}: finds the secret`, () => {
    for (const [text, secret] of c.positives) {
      const hits = findSecrets(text).filter((m) => m.ruleId === c.id);
      assert.is(
        hits.length,
        1,
        `expected one ${c.id} finding in ${JSON.stringify(text.slice(0, 120))}, got ${JSON.stringify(findSecrets(text))}`,
      );
      const hit = hits[0];
      if (hit && secret !== undefined) assert.is(text.slice(hit.start, hit.end), secret);
    }
  });
  test(`${c.id}: ignores near misses`, () => {
    for (const text of c.negatives) {
      const hits = findSecrets(text).filter((m) => m.ruleId === c.id);
      assert.equal(hits, [], `unexpected ${c.id} in ${JSON.stringify(text.slice(0, 120))}`);
    }
  });
}

test('severity: test-mode and identifier rules warn, the rest are errors', () => {
  assert.is(providerById('secret/stripe-test-key')?.severity, 'warn');
  assert.is(providerById('secret/twilio-account-sid')?.severity, 'warn');
  assert.is(providerById('secret/stripe-secret-key')?.severity, undefined);
});

test.run();
