// A secret's stable fingerprint: sha256 over the rule id and the secret's own sha256, cut to 128 bits.
// Neither the file nor the line takes part, so moving the secret does not change it; the same
// formula as `mcpctl lint` uses, so one baseline serves both. Unsalted: for a short, human-chosen
// password the hash can be guessed by brute force, which is one more reason to rotate it.

/** node:crypto loads some twenty internal modules: only scans that find something pay for them. */
let crypto: typeof import('node:crypto') | undefined;

export function secretFingerprint(ruleId: string, secret: string): string {
  crypto ??= process.getBuiltinModule('node:crypto');
  // crypto.hash (one shot) costs a quarter of createHash for short inputs
  return crypto.hash('sha256', `${ruleId}\n${crypto.hash('sha256', secret)}`).slice(0, 32);
}
