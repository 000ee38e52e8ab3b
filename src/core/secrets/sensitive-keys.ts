// Key-name sensitivity: whether a key (`API_KEY`, `githubToken`, `max_tokens`) names a secret, and the
// fragments every such key contains, which the keyword prefilter looks for to find where keys may be sensitive.

/**
 * A necessary condition for isSensitiveKey, cheap enough to look for in every byte of a large tree: each
 * word and suffix that counts as sensitive below contains one of these (token, key, secret, password/
 * passwd/pass/passphrase, pwd, credential(s)/creds, auth/authorization, cookie, session, private,
 * bearer, jwt, pat). Keep it a superset of SENSITIVE_WORDS and SENSITIVE_SUFFIXES when they grow.
 */
export const SENSITIVE_FRAGMENTS: readonly string[] = [
  'tok',
  'key',
  'secret',
  'pass',
  'pwd',
  'cred',
  'auth',
  'cookie',
  'session',
  'priv',
  'bearer',
  'jwt',
  'pat',
];

const SENSITIVE_WORDS = new Set([
  'token',
  'tokens',
  'key',
  'keys',
  'secret',
  'secrets',
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'credential',
  'credentials',
  'creds',
  'auth',
  'authorization',
  'cookie',
  'cookies',
  'session',
  'private',
  'bearer',
  'jwt',
  'pat',
  'apikey',
  'apikeys',
  'privatekey',
  'secretkey',
  'accesskey',
  'authkey',
  'signingkey',
  'encryptionkey',
  'masterkey',
  'clientsecret',
]);
/** One-word compounds: `githubtoken`, `pgpassword`, `clientsecret`. */
const SENSITIVE_SUFFIXES = ['token', 'secret', 'password', 'passwd', 'credential', 'credentials', 'apikey', 'cookie'];
/** The key names something about a secret, not the secret: `TOKEN_URL`, `KEY_FILE`, `private_key_id`, `bearer_token_env_var`. */
const NON_SECRET_LAST_WORDS = new Set([
  'url',
  'uri',
  'endpoint',
  'host',
  'hostname',
  'port',
  'file',
  'path',
  'dir',
  'type',
  'kind',
  'mode',
  'name',
  'env',
  'var',
  'vars',
  'helper',
  'prefix',
  'format',
  'enabled',
  'disabled',
  'required',
  'length',
  'size',
  'count',
  'limit',
  'ttl',
  'timeout',
  'expiry',
  'expires',
  'expiration',
  'at',
  'id',
  'provider',
  'method',
  'scheme',
  'algorithm',
  'alg',
  'version',
  'location',
  'command',
  'cmd',
  'policy',
  'scope',
  'scopes',
  'field',
  'label',
  'description',
  'pattern',
]);
/** `max_tokens`, `PUBLIC_KEY`, `use_auth`: a setting about a secret or a public value. */
const NON_SECRET_WORDS = new Set([
  'max',
  'min',
  'num',
  'public',
  'publishable',
  'use',
  'enable',
  'disable',
  'is',
  'has',
  'no',
  'skip',
]);
const PASSWORD_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'secrets',
  'clientsecret',
]);

/** `apiKey` → [api, key]; `X-API-Key` → [x, api, key]; `PGPASSWORD` → [pgpassword]. */
function _words(key: string): string[] {
  const spaced = key
    .slice(0, 256)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function _isSensitiveWord(word: string): boolean {
  return SENSITIVE_WORDS.has(word) || SENSITIVE_SUFFIXES.some((s) => word.length > s.length && word.endsWith(s));
}

/** Keys repeat (`API_KEY`, `token` in every file of a tree): each verdict is worked out once. Bounded. */
const sensitiveKeys = new Map<string, boolean>();

/** `API_KEY`, `githubToken`, `DB_PASSWORD`, `Cookie` yes; `KEYBOARD_LAYOUT`, `MONKEY`, `max_tokens` no. */
export function isSensitiveKey(key: string): boolean {
  let verdict = sensitiveKeys.get(key);
  if (verdict === undefined) {
    if (sensitiveKeys.size >= 4096) sensitiveKeys.clear();
    verdict = _isSensitiveKey(key);
    sensitiveKeys.set(key, verdict);
  }
  return verdict;
}

function _isSensitiveKey(key: string): boolean {
  const words = _words(key);
  const last = words[words.length - 1];
  if (last === undefined || NON_SECRET_LAST_WORDS.has(last)) return false;
  if (words.some((w) => NON_SECRET_WORDS.has(w))) return false;
  return words.some(_isSensitiveWord);
}

/** A password- or secret-named key (`DB_PASSWORD`, `clientSecret`): any literal under it counts, chosen by a human or not. */
export function isPasswordKey(key: string): boolean {
  return _words(key).some((w) => PASSWORD_WORDS.has(w) || w.endsWith('password'));
}
