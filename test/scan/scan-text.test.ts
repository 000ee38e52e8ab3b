// scanText on snippets of every file kind mcpctl meets: planted tokens are reported with their exact
// rule, line and column; references and placeholders never are; the generic rule sees the usual
// assignment shapes; `mcpctl:allow` comments suppress; no output field carries the secret.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../../src/core/lint/finding.js';
import { scanText } from '../../src/core/scan/scan-text.js';
import { ALPHABET as A, pem, rand, reseed } from '../secrets/_gen.js';

reseed(2026);
const an = (n: number) => rand(A.alnum, n);
const ghp = `ghp_${an(36)}`;
const openai = `sk-proj-${rand(A.base64url, 74)}T3BlbkFJ${rand(A.base64url, 74)}`;
const slack = `xoxb-${rand(A.digits, 12)}-${rand(A.digits, 13)}-${an(24)}`;
const stripeTest = `sk_test_${an(99)}`;
const glpat = `glpat-${rand(A.base64url, 20)}`;
const generic = `${an(12)}/${an(12)}+${an(8)}`;

/** [rule, line, col, endLine, endCol] of each finding. */
const where = (fs: Finding[]) => fs.map((f) => [f.ruleId, f.line, f.col, f.endLine, f.endCol]);

test('TOML: a token in an env table', () => {
  const text = `[mcp_servers.github]\ncommand = "npx"\n[mcp_servers.github.env]\nGITHUB_TOKEN = "${ghp}"\n`;
  assert.equal(where(scanText(text, 'config.toml')), [['secret/github-pat', 4, 17, 4, 57]]);
});

test('JSON: nested object, token as a string value', () => {
  const text = `{\n  "mcpServers": {\n    "ai": {\n      "env": { "OPENAI_API_KEY": "${openai}" }\n    }\n  }\n}\n`;
  const [f] = scanText(text, '.cursor/mcp.json');
  assert.equal(where(scanText(text, 'x')), [['secret/openai-project-key', 4, 35, 4, 35 + openai.length]]);
  assert.is(f?.file, '.cursor/mcp.json');
  assert.is(f?.severity, 'error');
});

test('YAML: plain and quoted scalars; a test-mode key is a warning', () => {
  const text = `servers:\n  slack:\n    env:\n      SLACK_BOT_TOKEN: ${slack}\n      STRIPE: '${stripeTest}'\n`;
  const found = scanText(text, 'mcp.yaml');
  assert.equal(where(found), [
    ['secret/slack-bot-token', 4, 24, 4, 24 + slack.length],
    ['secret/stripe-test-key', 5, 16, 5, 16 + stripeTest.length],
  ]);
  assert.equal(
    found.map((f) => f.severity),
    ['error', 'warn'],
  );
});

test('.env: KEY=v, export KEY=v, quoted, CRLF line ends', () => {
  const text = `# local settings\r\nexport GITLAB_TOKEN=${glpat}\r\nSTRIPE_KEY="${stripeTest}"\r\n`;
  assert.equal(where(scanText(text, '.env')), [
    ['secret/gitlab-pat', 2, 21, 2, 21 + glpat.length],
    ['secret/stripe-test-key', 3, 13, 3, 13 + stripeTest.length],
  ]);
});

test('Markdown: a token pasted into prose and a code block', () => {
  const text = `# Setup\n\nUse the token \`${ghp}\` for now.\n\n\`\`\`sh\ncurl -H "Authorization: Bearer ${glpat}" https://x\n\`\`\`\n`;
  assert.equal(where(scanText(text, 'README.md')), [
    ['secret/github-pat', 3, 16, 3, 56],
    ['secret/gitlab-pat', 6, 32, 6, 32 + glpat.length],
  ]);
});

test('a private key block: start and end position', () => {
  const block = pem('RSA PRIVATE KEY', 4);
  const text = `tls:\n  key: |\n    ${block.trimEnd().split('\n').join('\n    ')}\n`;
  const found = scanText(text, 'deploy.yaml');
  assert.is(found.length, 1);
  assert.equal([found[0]?.ruleId, found[0]?.line, found[0]?.col], ['secret/private-key', 3, 5]);
  assert.ok((found[0]?.endLine ?? 0) > 3, 'the finding spans the key block');
});

test('generic rule: every assignment shape, exact column of the value', () => {
  const cases: Array<[string, number]> = [
    [`API_KEY = "${generic}"`, 12], // TOML
    [`API_KEY: ${generic}`, 10], // YAML
    [`  "API_KEY": "${generic}",`, 15], // JSON
    [`API_KEY=${generic}`, 9], // .env
    [`export API_KEY=${generic}`, 16], // shell
    [`api_key: '${generic}'`, 11], // YAML single-quoted
    [`"X-Api-Key" = "${generic}"`, 16], // TOML quoted key
    [`clientSecret := "${generic}"`, 18], // Go
    [`command: "env API_KEY=${generic} node server.js"`, 23], // inside a longer value
  ];
  for (const [line, col] of cases) {
    assert.equal(
      where(scanText(`${line}\n`, 'f')),
      [['secret/generic-high-entropy', 1, col, 1, col + generic.length]],
      line,
    );
  }
});

test('generic rule: ordinary keys, references and placeholders are not findings', () => {
  const lines = [
    `build_id = "${generic}"`, // not a secret-looking key
    `max_tokens = 4096`,
    `token_url: https://auth.example/token`,
    `API_KEY = "\${env:API_KEY}"`,
    `API_KEY: \${{ secrets.API_KEY }}`,
    `"GITHUB_TOKEN": "\${secret:github}"`,
    `OPENAI_API_KEY=$OPENAI_API_KEY`,
    `password: "{{ vault_password }}"`,
    `API_KEY=your-api-key-here`,
    `token = "<your-token>"`,
    `password: changeme`,
    `SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    `GITHUB_TOKEN=ghp_${'x'.repeat(36)}`,
    `aws_access_key_id = "${['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')}"`,
    `Authorization: Bearer \${env:API_TOKEN}`,
    `DATABASE_URL=postgres://app:\${secret:DB_PASSWORD}@db:5432/app`,
    `integrity: sha512-${rand(A.base64, 86)}==`,
    `"checksum": "${rand(A.hex, 64)}"`,
    `request_id = "${rand(A.hex, 8)}-${rand(A.hex, 4)}-4${rand(A.hex, 3)}-a${rand(A.hex, 3)}-${rand(A.hex, 12)}"`,
    `icon: data:image/png;base64,iVBORw0KGgo${rand(A.base64, 300)}`,
  ];
  for (const line of lines) assert.equal(scanText(`${line}\n`, 'f'), [], line);
});

test('mcpctl:allow suppresses the rule it names on its own line only', () => {
  const line = `GITHUB_TOKEN = "${ghp}"`;
  assert.equal(scanText(`${line} # mcpctl:allow secret/github-pat\n`, 'f'), []);
  assert.equal(scanText(`${line} // mcpctl:allow all -- a revoked test token\n`, 'f'), []);
  assert.equal(scanText(`${line} # mcpctl:allow secret/jwt, secret/github-pat\n`, 'f'), []);
  assert.equal(where(scanText(`${line} # mcpctl:allow secret/jwt\n`, 'f')), [['secret/github-pat', 1, 17, 1, 57]]);
  assert.equal(where(scanText(`# mcpctl:allow all\n${line}\n`, 'f')), [['secret/github-pat', 2, 17, 2, 57]]);
  assert.equal(
    where(scanText(`${line} # mcpctl:allow\n`, 'f')),
    [['secret/github-pat', 1, 17, 1, 57]],
    'a marker without ids allows nothing',
  );
});

test('many findings on one long line (minified JSON): each at its own column, the next line counted right', () => {
  reseed(11);
  const tokens = Array.from({ length: 300 }, () => `ghp_${rand(A.alnum, 36)}`);
  const text = `{${tokens.map((t, i) => `"k${i}":"${t}"`).join(',')}}\n{"last":"${tokens[0]}"}\n`;
  const found = scanText(text, 'min.json');
  assert.is(found.length, 301);
  tokens.forEach((t, i) => assert.equal([found[i]?.line, found[i]?.col], [1, text.indexOf(t) + 1], `token ${i}`));
  assert.equal([found[300]?.line, found[300]?.col], [2, text.indexOf('"last":"') + 9 - text.indexOf('\n') - 1]);
});

test('findings carry a fingerprint and a preview, never the secret', () => {
  const text = `A = "${ghp}"\nB: ${openai}\nAPI_KEY=${generic}\n`;
  const found = scanText(text, 'f');
  assert.is(found.length, 3);
  for (const f of found) {
    const shown = JSON.stringify(f);
    for (const secret of [ghp, openai, generic])
      assert.not.ok(shown.includes(secret.slice(4)), `${f.ruleId} shows the secret: ${shown}`);
    assert.match(f.secret?.fingerprint ?? '', /^[0-9a-f]{32}$/);
    assert.match(f.hint, /rotate/);
  }
  assert.is(found[0]?.secret?.preview, `${ghp.slice(0, 4)}…(40 chars)`);
  assert.match(found[0]?.message ?? '', /^GitHub personal access token in plain text: ghp_…\(40 chars\)$/);
});

test('fingerprint: the same secret anywhere gives the same one; another secret another', () => {
  const a = scanText(`X = "${ghp}"\n`, 'a.toml')[0]?.secret?.fingerprint;
  const b = scanText(`\n\n  other: ${ghp}\n`, 'dir/b.yaml')[0]?.secret?.fingerprint;
  const c = scanText(`X = "ghp_${an(36)}"\n`, 'a.toml')[0]?.secret?.fingerprint;
  assert.ok(a);
  assert.is(a, b);
  assert.is.not(a, c);
});

test('a provider match wins over the generic rule on the same value', () => {
  const aws = rand(A.base64, 40);
  assert.equal(
    scanText(`aws_secret_access_key = "${aws}"\n`, 'f').map((f) => f.ruleId),
    ['secret/aws-secret-access-key'],
  );
});

test('adversarial inputs finish (a super-linear pattern would hang here)', () => {
  const big = 1 << 20;
  const inputs = [
    'a:'.repeat(big / 2),
    'a="'.repeat(big / 3),
    `KEY=${'x'.repeat(big)}`,
    `"${'k'.repeat(big)}`,
    `token${' '.repeat(big)}`,
    `API_KEY: '${'a1'.repeat(big / 2)}`,
    'secret='.repeat(big / 7),
  ];
  for (const text of inputs) scanText(text, 'big');
  assert.ok(true);
});

test.run();
