// The detection API: references and placeholders never match, key sensitivity, redaction
// decisions, decoys that look random but are not secrets, offsets and overlap resolution.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  findSecrets,
  fingerprintPreview,
  genericSecretAt,
  GENERIC_RULE_ID,
  looksSecret,
} from '../../src/core/secrets/detect.js';
import { isSensitiveKey } from '../../src/core/secrets/sensitive-keys.js';
import { looksRandom, shannonEntropy } from '../../src/core/secrets/entropy.js';
import { isPlaceholderOrReference } from '../../src/core/secrets/placeholders.js';
import { ALPHABET as A, rand, reseed, uuid } from './_gen.js';

reseed(7);
const an = (n: number) => rand(A.alnum, n);
const hex = (n: number) => rand(A.hex, n);
const ghp = () => `ghp_${an(36)}`;

const PLACEHOLDERS = [
  '${env:GITHUB_TOKEN}',
  '${secret:github}',
  '${input:token}',
  '${GITHUB_TOKEN}',
  '${TOKEN:-default}',
  '$GITHUB_TOKEN',
  '{{ secrets.token }}',
  '${{ secrets.GH_TOKEN }}',
  '%API_KEY%',
  '<your-token>',
  'your-token-here',
  'YOUR_API_KEY_HERE',
  'xxxxxxxxxxxxxxxxxxxx',
  'XXXX-XXXX-XXXX',
  '***',
  '********',
  'changeme',
  'example-token-1234',
  'dummy-secret',
  'placeholder',
  'redacted',
  '(sensitive)',
  'AKIA' + 'IOSFODNN7EXAMPLE',
  'sk-...',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '0000000000000000',
  'op://vault/item/field',
  '"${env:TOKEN}"',
  'Bearer ${env:API_TOKEN}',
  'null',
  'true',
  '',
  '$(pass show github/token)',
  '[GITHUB_PAT]',
];

test('placeholders and references are recognised', () => {
  for (const p of PLACEHOLDERS) assert.ok(isPlaceholderOrReference(p), p);
});

test('placeholders and references are never findings, whatever the prefix or key', () => {
  const lines = [
    ...PLACEHOLDERS.map((p) => `API_TOKEN=${p}`),
    `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`,
    `ghp_${'A'.repeat(36)}`,
    'Authorization: Bearer ${env:API_TOKEN}',
    'Authorization: Bearer <token>',
    'postgres://app:${secret:DB_PASSWORD}@db:5432/app',
    'https://user:$PASSWORD@host/x',
    `sk-proj-your-key-here-${'x'.repeat(60)}`,
  ];
  for (const line of lines) assert.equal(findSecrets(line), [], line);
  for (const p of PLACEHOLDERS) {
    assert.is(looksSecret('API_TOKEN', p), false, p);
    assert.is(genericSecretAt('API_TOKEN', p), null, p);
  }
});

test('real-looking values are not placeholders', () => {
  for (const v of [ghp(), an(32), hex(40), 'hunter2', `sk_live_${an(40)}`])
    assert.is(isPlaceholderOrReference(v), false, v);
});

const SENSITIVE: Array<[string, boolean]> = [
  ['API_KEY', true],
  ['apiKey', true],
  ['X-API-Key', true],
  ['api-key', true],
  ['APIKey', true],
  ['GITHUB_TOKEN', true],
  ['githubToken', true],
  ['GITHUBTOKEN', true],
  ['access_token', true],
  ['CLIENT_SECRET', true],
  ['clientSecret', true],
  ['DB_PASSWORD', true],
  ['PGPASSWORD', true],
  ['MYSQL_PWD', true],
  ['db_passwd', true],
  ['passphrase', true],
  ['AWS_SECRET_ACCESS_KEY', true],
  ['GOOGLE_APPLICATION_CREDENTIALS_JSON', true],
  ['credentials', true],
  ['Authorization', true],
  ['AUTH', true],
  ['Cookie', true],
  ['SESSION', true],
  ['session_cookie', true],
  ['PRIVATE_KEY', true],
  ['privateKey', true],
  ['SIGNING_KEY', true],
  ['KEY', true],
  ['GITLAB_PAT', true],
  ['KEYBOARD_LAYOUT', false],
  ['MONKEY', false],
  ['keyboard', false],
  ['TOKENIZER_PATH', false],
  ['max_tokens', false],
  ['MAX_TOKEN_LENGTH', false],
  ['bearer_token_env_var', false],
  ['AUTHOR', false],
  ['author_email', false],
  ['token_url', false],
  ['TOKEN_ENDPOINT', false],
  ['PUBLIC_KEY', false],
  ['API_KEY_FILE', false],
  ['SECRET_NAME', false],
  ['secretary', false],
  ['compass', false],
  ['SESSION_TIMEOUT', false],
  ['HOME', false],
  ['PATH', false],
  ['LOG_LEVEL', false],
  ['', false],
];

test('isSensitiveKey: word-ish, case-insensitive', () => {
  for (const [key, expected] of SENSITIVE) assert.is(isSensitiveKey(key), expected, key);
});

test('looksSecret: a provider format anywhere, with or without a key', () => {
  assert.ok(looksSecret(undefined, ghp()));
  assert.ok(looksSecret('args', `--token=${ghp()}`));
  assert.ok(looksSecret('url', `https://deploy:${an(24)}@git.internal.dev/x.git`));
});

test('looksSecret: generated values under secret-looking keys only', () => {
  const random = an(32);
  assert.ok(looksSecret('API_KEY', random));
  assert.ok(looksSecret('apiKey', hex(40)));
  assert.ok(looksSecret('HEROKU_API_KEY', uuid()));
  assert.is(looksSecret('SERVER_NAME', random), false);
  assert.is(looksSecret(undefined, random), false);
  assert.is(looksSecret('API_KEY', 'my-service-name'), false);
  assert.is(looksSecret('API_KEY_FILE', './keys/dev.pem'), false);
});

test('looksSecret: any literal of 4+ characters under a password- or secret-named key', () => {
  assert.ok(looksSecret('DB_PASSWORD', 'hunter22'));
  assert.ok(looksSecret('CLIENT_SECRET', 'abcd1'));
  assert.is(looksSecret('DB_PASSWORD', '${secret:db}'), false);
  assert.is(looksSecret('API_KEY', 'hunter22'), false);
});

test('genericSecretAt: generic rule under secret-looking keys, offsets in the value', () => {
  const value = an(32);
  const m = genericSecretAt('API_KEY', value);
  assert.ok(m);
  assert.is(m?.ruleId, GENERIC_RULE_ID);
  assert.is(m?.start, 0);
  assert.is(m?.end, value.length);
  assert.is(genericSecretAt('SERVER_NAME', value), null);
  assert.is(genericSecretAt('API_KEY', ghp()), null, 'provider rules report their own formats');
  assert.is(genericSecretAt('API_KEY', 'not-a-random-value'), null);
});

const DECOYS = [
  uuid(),
  hex(40), // git SHA-1
  hex(64), // sha256
  `sha512-${Buffer.from(rand(A.alnum, 64)).toString('base64')}`,
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'https://api.githubcopilot.com/mcp/',
  'https://mcp.internal.dev:8443/v1/sse?session=abc',
  'git+ssh://git@github.com/org/repo.git',
  '1.2.3',
  'v10.20.30-beta.1+build.5',
  '^4.17.21',
  'internationalization',
  'supercalifragilisticexpialidocious',
  'my-server-name-here',
  'GITHUB_PERSONAL_ACCESS_TOKEN',
  'ModelContextProtocolServer',
  '@modelcontextprotocol/server-filesystem',
  '/usr/local/bin/node',
  './scripts/start-server.sh',
  'C:\\Program Files\\nodejs\\node.exe',
];

test('decoys that look random are not secrets', () => {
  for (const decoy of DECOYS) {
    assert.equal(findSecrets(`value: ${decoy}`), [], decoy);
    assert.is(looksRandom(decoy), false, decoy);
    assert.is(looksSecret(undefined, decoy), false, decoy);
    assert.is(looksSecret('integrity', decoy), false, decoy);
  }
});

test('looksRandom: length, classes and entropy', () => {
  assert.ok(looksRandom(an(24)));
  assert.ok(looksRandom(an(40)));
  assert.ok(looksRandom(`${an(20)}/${an(19)}+`), 'base64 with slashes is not a path');
  assert.is(looksRandom(an(10)), false, 'too short');
  assert.is(looksRandom(`${an(10)} ${an(10)}`), false, 'whitespace');
  assert.is(looksRandom(rand(A.lower, 24)), false, 'one class');
  assert.is(looksRandom('Aa1Aa1Aa1Aa1Aa1Aa1Aa1'), false, 'low entropy');
  assert.ok(looksRandom(`https://u:${an(20)}@host`), 'a URL that carries a password');
});

test('shannonEntropy', () => {
  assert.is(shannonEntropy(''), 0);
  assert.is(shannonEntropy('aaaa'), 0);
  assert.is(shannonEntropy('abab'), 1);
  assert.is(shannonEntropy('abcd'), 2);
});

test('findSecrets: offsets, order and several findings in one text', () => {
  const a = ghp();
  const b = `AKIA${rand(A.upperDigit, 16)}`;
  const text = `first: ${b}\nsecond: "${a}"\n`;
  const found = findSecrets(text);
  assert.equal(
    found.map((m) => m.ruleId),
    ['secret/aws-access-key-id', 'secret/github-pat'],
  );
  assert.equal(
    found.map((m) => text.slice(m.start, m.end)),
    [b, a],
  );
  assert.ok(found.every((m) => m.title.length > 0 && m.hint.length > 0));
  assert.equal(findSecrets(''), []);
});

test('findSecrets: a vendor format beats a generic one that overlaps it', () => {
  const t = ghp();
  const found = findSecrets(`Authorization: Bearer ${t}`);
  assert.equal(
    found.map((m) => m.ruleId),
    ['secret/github-pat'],
  );
  const pw = an(20);
  const db = findSecrets(`postgres://app:${pw}@db/app`);
  assert.equal(
    db.map((m) => m.ruleId),
    ['secret/database-url-password'],
  );
});

test('findSecrets: a keyword inside a longer keyword still enables its rule', () => {
  // `AC` + `ca…` lowercases to `acca…`: the prefilter reports the longer keyword `acca` there,
  // which must still switch on the rules keyed on `ac`.
  const sid = `ACca${hex(30)}`;
  assert.equal(
    findSecrets(`sid: ${sid}`).map((m) => m.ruleId),
    ['secret/twilio-account-sid'],
  );
});

test('findSecrets: the same token twice is two findings', () => {
  const t = ghp();
  assert.is(findSecrets(`${t}\n${t}`).length, 2);
});

test('fingerprintPreview: first 4 characters and the length, nothing more', () => {
  const t = ghp();
  assert.is(fingerprintPreview(t), `ghp_…(40 chars)`);
  assert.is(fingerprintPreview('hunter22'), '…(8 chars)');
  assert.is(fingerprintPreview(''), '…(0 chars)');
  assert.not.ok(fingerprintPreview(t).includes(t.slice(4, 8)));
});

test.run();
