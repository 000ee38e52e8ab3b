// Formats that are not tied to one vendor: private keys, JWTs, credentials in URLs and HTTP
// headers, .npmrc auth. They come last: when a match overlaps a vendor rule's match, the vendor
// rule wins (see overlaps.ts).
import {
  ci,
  hasKeyMaterial,
  isBasicCredential,
  isJwt,
  isRealPassword,
  mixesClasses,
  token,
  WORD_DASH,
  type ProviderRule,
} from './_build.js';

const REFERENCE = 'reference it as ${secret:NAME} or ${env:NAME} instead of a literal';
/** RFC 2606 documentation hosts: `https://user:pass@example.com` is an example, not a leak. */
const NOT_EXAMPLE_HOST = String.raw`(?!(?:[A-Za-z0-9-]{1,63}\.){0,4}example\.(?:com|org|net)(?![A-Za-z0-9-]))`;
const DB_SCHEMES =
  'postgres(?:ql)?|mysqlx?|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb';

export const GENERIC_RULES: readonly ProviderRule[] = [
  {
    id: 'secret/private-key',
    title: 'Private key block (RSA, EC, DSA, OpenSSH, PGP, PKCS#8)',
    keywords: ['-----begin'],
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s\\:,.()_-]{40,1000}/,
    hint: 'Treat the key as compromised: replace it, remove the file from history, and load keys from a path outside the repository.',
    check: hasKeyMaterial,
  },
  {
    id: 'secret/jwt',
    title: 'JSON Web Token',
    keywords: ['eyj'],
    pattern: token(String.raw`eyJ[A-Za-z0-9_-]{10,2048}\.ey[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{10,2048}`, WORD_DASH),
    hint: `A signed token grants access until it expires; revoke the session or rotate the signing key, and ${REFERENCE}.`,
    entropyMin: 3,
    check: isJwt,
  },
  {
    id: 'secret/database-url-password',
    title: 'Password in a database or broker connection URL',
    keywords: [
      'postgres',
      'mysql',
      'mariadb',
      'mongodb',
      'redis',
      'amqp',
      'mssql',
      'sqlserver',
      'clickhouse',
      'cockroachdb',
    ],
    pattern: new RegExp(
      `(?<![A-Za-z0-9+.-])(?:${DB_SCHEMES})://[^\\s:@/?#'"]{0,128}:(?<secret>[^\\s@/?#'"]{1,256})@${NOT_EXAMPLE_HOST}`,
    ),
    hint: `Change the database password, then ${REFERENCE}, e.g. postgres://app:\${secret:DB_PASSWORD}@host/db.`,
    check: isRealPassword,
  },
  {
    id: 'secret/url-credentials',
    title: 'Password in a URL (user:password@host)',
    keywords: ['://'],
    pattern: new RegExp(`://[^\\s:@/?#'"]{1,128}:(?<secret>[^\\s@/?#'"]{1,256})@(?=[A-Za-z0-9[])${NOT_EXAMPLE_HOST}`),
    hint: `Change the password, then ${REFERENCE}.`,
    check: isRealPassword,
  },
  {
    id: 'secret/authorization-bearer',
    title: 'Literal bearer token',
    keywords: ['bearer'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])${ci('bearer')}[ \\t]{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])`,
    ),
    hint: 'Revoke the token; for an HTTP server use bearer_token_env_var (mcp.yaml: Authorization: Bearer ${env:NAME}).',
    entropyMin: 3,
    check: mixesClasses,
  },
  {
    id: 'secret/authorization-basic',
    title: 'Literal HTTP Basic credentials',
    keywords: ['basic'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9_])${ci('basic')}[ \\t]{1,4}(?<secret>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])`,
    ),
    hint: `Base64 is not encryption: change the password, then ${REFERENCE}.`,
    check: isBasicCredential,
  },
  {
    id: 'secret/npmrc-auth',
    title: 'Registry credential in .npmrc (_authToken, _auth, _password)',
    keywords: ['_auth', '_password'],
    pattern:
      /(?<![A-Za-z0-9])_(?:authToken|auth|password)[ \t]{0,3}=[ \t]{0,3}["']?(?<secret>[A-Za-z0-9+/=._~:-]{8,512})(?![A-Za-z0-9+/=._~:-])/,
    hint: 'Revoke the token and write `_authToken=${NPM_TOKEN}` instead; npm expands it from the environment.',
    entropyMin: 3,
  },
];
