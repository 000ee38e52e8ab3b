// One row per provider rule: at least one true positive (and the exact secret it must report) and at
// least one near miss. Used by providers.test.ts, and by the linear-time run (_linear-run.ts), which plants
// a true positive after each adversarial megabyte to prove the pattern scanned all of it.
import { ALPHABET as A, base64url, pem, rand, reseed, uuid } from './_gen.js';

reseed(45);

export interface Case {
  id: string;
  /** [text, the secret the finding must cover (omit to only check the rule id)] */
  positives: Array<[string, string?]>;
  negatives: string[];
}

/** A bare token: found quoted in YAML and on its own, not when glued to the end of a word. */
function tok(id: string, token: string, ...negatives: string[]): Case {
  return {
    id,
    positives: [
      [`value: "${token}"`, token],
      [`${token}`, token],
    ],
    negatives: [`x${token}`, ...negatives],
  };
}

/** A token that only counts next to a name: `NAME=value`. */
function named(id: string, line: string, secret: string, ...negatives: string[]): Case {
  return {
    id,
    positives: [
      [line, secret],
      [`  "${line.replace('=', '": "')}"`, secret],
    ],
    negatives,
  };
}

const d = (n: number) => rand(A.digits, n);
const hex = (n: number) => rand(A.hex, n);
const an = (n: number) => rand(A.alnum, n);
const b64u = (n: number) => rand(A.base64url, n);
const b64 = (n: number) => rand(A.base64, n);
const ud = (n: number) => rand(A.upperDigit, n);

const basic = Buffer.from(`deploy:${an(18)}`).toString('base64');
const jwt = [
  base64url('{"alg":"HS256","typ":"JWT"}'),
  base64url(`{"sub":"${an(12)}","iat":1700000000}`),
  b64u(43),
].join('.');
const notJwt = [base64url('{"foo":"bar","baz":"quxquux"}'), base64url(`{"sub":"${an(12)}"}`), b64u(43)].join('.');
const privateBody = pem('RSA PRIVATE KEY');
const gcpJson = JSON.stringify({
  type: 'service_account',
  private_key_id: hex(40),
  private_key: pem('PRIVATE KEY', 8),
});
const slackWebhook = `hooks.slack.com/services/T${ud(8)}/B${ud(10)}/${an(24)}`;
const awsSecret = b64(40);
const x = (n: number) => 'x'.repeat(n);

export const CASES: Case[] = [
  tok('secret/github-pat', `ghp_${an(36)}`, `ghp_${an(35)}`, `ghp_${x(36)}`),
  tok('secret/github-fine-grained-pat', `github_pat_${an(22)}_${an(59)}`, `github_pat_${an(40)}`),
  tok('secret/github-oauth-token', `gho_${an(36)}`, `gho_${an(30)}`),
  tok('secret/github-user-to-server-token', `ghu_${an(36)}`, `ghu_${an(30)}`),
  tok('secret/github-server-to-server-token', `ghs_${an(36)}`, `ghs_${an(30)}`),
  tok('secret/github-refresh-token', `ghr_${an(36)}`, `ghr_${an(30)}`),
  (() => {
    const t = an(40);
    return {
      id: 'secret/github-oauth-basic-url',
      positives: [[`"repository": "https://${t}:x-oauth-basic@github.com/o/r.git"`, t]],
      negatives: ['https://user:x-oauth-basic@github.com/o/r'],
    };
  })(),
  tok('secret/gitlab-pat', `glpat-${b64u(20)}`, `glpat-${b64u(12)}`),
  { id: 'secret/gitlab-pat', positives: [[`glpat-${an(27)}.01.${hex(9)} `]], negatives: [`glpat-${x(20)}`] },
  tok('secret/gitlab-deploy-token', `gldt-${b64u(20)}`, `gldt-${b64u(10)}`),
  tok('secret/gitlab-runner-token', `glrt-${b64u(20)}`, `glrt-${b64u(10)}`),
  tok('secret/gitlab-token', `glptt-${hex(40)}`, `glptt-${hex(10)}`, `glxyz-${hex(40)}`),
  tok('secret/npm-token', `npm_${an(36)}`, `npm_${an(20)}`, `npm_${rand(A.lower, 36)}`),
  tok('secret/docker-hub-token', `dckr_pat_${b64u(27)}`, `dckr_pat_${b64u(12)}`),
  tok('secret/pypi-token', `pypi-AgEIcHlwaS5vcmc${b64u(70)}`, `pypi-AgEIcHlwaS5vcmc${b64u(20)}`, `pypi-${b64u(80)}`),
  tok(
    'secret/openai-project-key',
    `sk-proj-${b64u(74)}T3BlbkFJ${b64u(74)}`,
    `sk-proj-${b64u(20)}`,
    `sk-proj-your-key-here-${x(40)}`,
  ),
  tok('secret/openai-service-account-key', `sk-svcacct-${b64u(74)}T3BlbkFJ${b64u(74)}`, `sk-svcacct-${b64u(10)}`),
  tok('secret/openai-admin-key', `sk-admin-${b64u(74)}T3BlbkFJ${b64u(74)}`, `sk-admin-${b64u(10)}`),
  tok('secret/openai-legacy-key', `sk-${an(20)}T3BlbkFJ${an(20)}`, `sk-${an(20)}T3BlbkFJ${an(10)}`, `sk-${an(48)}`),
  tok(
    'secret/anthropic-api-key',
    `sk-ant-api03-${b64u(93)}AA`,
    `sk-ant-api03-${b64u(40)}AA`,
    `sk-ant-api03-${x(93)}AA`,
  ),
  tok('secret/anthropic-admin-key', `sk-ant-admin01-${b64u(93)}AA`, `sk-ant-admin01-${b64u(30)}AA`),
  tok('secret/anthropic-oauth-token', `sk-ant-oat01-${b64u(95)}`, `sk-ant-oat01-${b64u(20)}`),
  tok('secret/groq-api-key', `gsk_${an(52)}`, `gsk_${an(51)}`),
  tok('secret/replicate-api-token', `r8_${an(37)}`, `r8_${an(20)}`),
  tok('secret/perplexity-api-key', `pplx-${an(48)}`, `pplx-${an(20)}`),
  tok('secret/openrouter-api-key', `sk-or-v1-${hex(64)}`, `sk-or-v1-${hex(63)}`),
  tok('secret/xai-api-key', `xai-${an(80)}`, `xai-${an(40)}`),
  tok('secret/huggingface-token', `hf_${rand(A.letters, 34)}`, `hf_${rand(A.letters, 20)}`, `hf_${rand(A.lower, 34)}`),
  tok('secret/huggingface-org-token', `api_org_${rand(A.letters, 34)}`, `api_org_${rand(A.letters, 20)}`),
  (() => {
    const t = `BSA${an(28)}`;
    return named(
      'secret/brave-search-api-key',
      `BRAVE_API_KEY=${t}`,
      t,
      `SEARCH_KEY=${t}`,
      'BRAVE_API_KEY=${env:BRAVE_API_KEY}',
    );
  })(),
  tok('secret/aws-access-key-id', `AKIA${ud(16)}`, `AKIA${ud(12)}`, ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('')),
  tok('secret/aws-access-key-id', `ASIA${ud(16)}`, `ASIA${ud(17)}`),
  named(
    'secret/aws-secret-access-key',
    `aws_secret_access_key=${awsSecret}`,
    awsSecret,
    `aws_secret_access_key = ${['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/')}`,
    `aws_region = us-east-1`,
    `aws_session_name = ${rand(A.lower, 40)}`,
  ),
  tok('secret/google-api-key', `AIza${b64u(35)}`, `AIza${b64u(30)}`),
  tok('secret/google-oauth-client-secret', `GOCSPX-${b64u(28)}`, `GOCSPX-${b64u(20)}`),
  {
    id: 'secret/gcp-service-account-key',
    positives: [[gcpJson]],
    negatives: [
      '{"private_key": "${secret:GCP_KEY}"}',
      '{"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"}',
    ],
  },
  (() => {
    const k = `${b64(86)}==`;
    return {
      id: 'secret/azure-storage-key',
      positives: [
        [`DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${k};EndpointSuffix=core.windows.net`, k],
      ],
      negatives: ['AccountKey=${secret:AZURE_KEY}', `AccountKey=${b64(20)}`],
    };
  })(),
  tok('secret/azure-ad-client-secret', `${an(3)}8Q~${an(34)}`, `${an(3)}8Q~${an(10)}`),
  tok('secret/digitalocean-token', `dop_v1_${hex(64)}`, `dop_v1_${hex(60)}`, `doq_v1_${hex(64)}`),
  (() => {
    const t = b64u(40);
    return named(
      'secret/cloudflare-api-token',
      `CLOUDFLARE_API_TOKEN=${t}`,
      t,
      `CLOUDFLARE_ACCOUNT_ID=${hex(32)}`,
      'CLOUDFLARE_API_TOKEN=${env:CF_TOKEN}',
    );
  })(),
  (() => {
    const t = hex(37);
    return named('secret/cloudflare-global-api-key', `CLOUDFLARE_API_KEY=${t}`, t, `CLOUDFLARE_ZONE_ID=${hex(32)}`);
  })(),
  tok('secret/cloudflare-origin-ca-key', `v1.0-${hex(24)}-${hex(146)}`, `v1.0-${hex(24)}-${hex(100)}`),
  tok('secret/heroku-api-key', `HRKU-AA${b64u(58)}`, `HRKU-${b64u(30)}`),
  (() => {
    const t = uuid();
    return named('secret/heroku-api-key-legacy', `HEROKU_API_KEY=${t}`, t, 'HEROKU_APP_NAME=my-app', `REQUEST_ID=${t}`);
  })(),
  tok('secret/vercel-token', `vcp_${an(24)}`, `vcp_${an(10)}`),
  tok('secret/supabase-key', `sbp_${hex(40)}`, `sbp_${hex(20)}`),
  tok('secret/databricks-token', `dapi${hex(32)}`, `dapi${hex(20)}`),
  tok(
    'secret/slack-bot-token',
    `xoxb-${d(12)}-${d(13)}-${an(24)}`,
    `xoxb-${d(12)}`,
    'xoxb-1-2',
    'xoxb-your-bot-token-here-1234',
  ),
  tok('secret/slack-bot-token', `xoxb-${d(10)}-${an(24)}`),
  tok('secret/slack-user-token', `xoxp-${d(12)}-${d(12)}-${d(13)}-${hex(32)}`, 'xoxp-abc'),
  tok('secret/slack-workspace-token', `xoxa-2-${an(40)}`, 'xoxr-abc'),
  tok('secret/slack-legacy-token', `xoxs-${d(10)}-${d(10)}-${d(12)}-${hex(64)}`, `xoxs-${d(10)}`),
  tok('secret/slack-app-token', `xapp-1-A${ud(10)}-${d(13)}-${hex(64)}`, 'xapp-1-abc'),
  tok('secret/slack-config-token', `xoxe.xoxp-1-${an(160)}`, `xoxe-1-${an(20)}`),
  {
    id: 'secret/slack-webhook-url',
    positives: [[`url: https://${slackWebhook}`, slackWebhook]],
    negatives: [`https://hooks.slack.com/services/T00000000/B00000000/${'X'.repeat(24)}`, 'https://hooks.slack.com/'],
  },
  (() => {
    const t = `M${b64u(23)}.${b64u(6)}.${b64u(38)}`;
    return named('secret/discord-bot-token', `DISCORD_BOT_TOKEN=${t}`, t, `BOT_TOKEN=${t}`);
  })(),
  (() => {
    const t = b64u(68);
    return {
      id: 'secret/discord-webhook-url',
      positives: [[`https://discord.com/api/webhooks/${d(18)}/${t}`, t]],
      negatives: [`https://discord.com/api/webhooks/${d(18)}/short`],
    };
  })(),
  (() => {
    const t = `${d(10)}:AA${b64u(33)}`;
    return {
      id: 'secret/telegram-bot-token',
      positives: [[`https://api.telegram.org/bot${t}/getMe`, t]],
      negatives: [`${d(10)}:AA${b64u(20)}`, `${d(10)}:BB${b64u(33)}`],
    };
  })(),
  tok('secret/twilio-api-key', `SK${hex(32)}`, `SK${hex(31)}`),
  (() => {
    const t = hex(32);
    return named(
      'secret/twilio-auth-token',
      `TWILIO_AUTH_TOKEN=${t}`,
      t,
      'TWILIO_AUTH_TOKEN=${env:TWILIO_AUTH_TOKEN}',
      `AUTH_TOKEN=${t}`,
    );
  })(),
  tok('secret/twilio-account-sid', `AC${hex(32)}`, `AC${hex(20)}`),
  tok('secret/sendgrid-api-key', `SG.${b64u(22)}.${b64u(43)}`, 'SG.abc.def'),
  tok('secret/mailgun-api-key', `key-${hex(32)}`, `key-${hex(16)}`, `monkey-${hex(32)}`),
  tok('secret/mailchimp-api-key', `${hex(32)}-us14`, `${hex(32)}-eu1`, `${hex(20)}-us14`),
  tok('secret/stripe-secret-key', `sk_live_${an(99)}`, 'sk_live_abc'),
  tok('secret/stripe-restricted-key', `rk_live_${an(99)}`, 'rk_live_abc'),
  tok('secret/stripe-test-key', `sk_test_${an(99)}`, 'sk_test_abc', `pk_test_${an(99)}`),
  tok('secret/stripe-webhook-secret', `whsec_${an(32)}`, 'whsec_abc'),
  tok('secret/shopify-access-token', `shpat_${hex(32)}`, `shpat_${hex(16)}`),
  tok('secret/shopify-shared-secret', `shpss_${hex(32)}`, `shpss_${hex(16)}`),
  tok('secret/square-access-token', `EAAA${b64u(60)}`, `EAAA${b64u(10)}`),
  tok('secret/square-access-token', `sq0atp-${b64u(22)}`, 'sq0atp-abc'),
  tok('secret/square-oauth-secret', `sq0csp-${b64u(43)}`, `sq0csp-${b64u(20)}`),
  tok('secret/dropbox-token', `sl.${b64u(138)}`, `sl.${b64u(40)}`),
  tok('secret/linear-api-key', `lin_api_${an(40)}`, `lin_api_${an(10)}`),
  tok('secret/notion-token', `ntn_${d(11)}${an(35)}`, 'ntn_abc'),
  tok('secret/notion-legacy-token', `secret_${an(43)}`, `secret_${rand(A.lower, 43)}`),
  tok('secret/figma-token', `figd_${b64u(40)}`, `figd_${b64u(20)}`),
  tok('secret/sentry-org-token', `sntrys_eyJ${b64(120)}`, 'sntrys_eyJabc'),
  tok('secret/sentry-user-token', `sntryu_${hex(64)}`, `sntryu_${hex(32)}`),
  (() => {
    const t = hex(32);
    return {
      id: 'secret/sentry-dsn',
      positives: [[`SENTRY_DSN=https://${t}@o${d(6)}.ingest.sentry.io/${d(7)}`, t]],
      negatives: ['https://sentry.io/organizations/acme/', `https://${hex(20)}@sentry.io/1`],
    };
  })(),
  tok('secret/atlassian-api-token', `ATATT3${b64u(186)}`, `ATATT3${b64u(50)}`),
  tok('secret/doppler-token', `dp.pt.${an(43)}`, `dp.pt.${an(10)}`),
  tok('secret/vault-token', `hvs.${b64u(95)}`, `hvs.${b64u(20)}`),
  tok('secret/pulumi-token', `pul-${hex(40)}`, `pul-${hex(39)}`),
  tok('secret/terraform-cloud-token', `${an(14)}.atlasv1.${b64u(67)}`, `${an(14)}.atlasv1.short`),
  tok('secret/postman-api-key', `PMAK-${hex(24)}-${hex(34)}`, `PMAK-${hex(24)}`),
  tok('secret/grafana-cloud-token', `glc_${b64(80)}`, `glc_${b64(10)}`),
  tok('secret/grafana-service-account-token', `glsa_${an(32)}_${hex(8)}`, `glsa_${an(32)}`),
  tok('secret/grafana-api-key', `eyJrIjoi${an(100)}`, `eyJrIjoi${an(20)}`),
  tok('secret/new-relic-key', `NRAK-${ud(27)}`, `NRAK-${ud(10)}`),
  tok('secret/1password-service-account-token', `ops_eyJ${b64(300)}`, `ops_eyJ${b64(20)}`),
  tok('secret/1password-secret-key', `A3-${ud(6)}-${ud(11)}-${ud(5)}-${ud(5)}-${ud(5)}`, `A3-${ud(6)}-${ud(4)}`),
  tok('secret/age-secret-key', `AGE-SECRET-KEY-1${rand(A.bech32, 58)}`, `AGE-SECRET-KEY-1${rand(A.bech32, 57)}`),
  {
    id: 'secret/private-key',
    positives: [
      [privateBody],
      [pem('PRIVATE KEY')],
      [pem('EC PRIVATE KEY')],
      [pem('OPENSSH PRIVATE KEY')],
      [pem('DSA PRIVATE KEY')],
      [pem('ENCRYPTED PRIVATE KEY')],
      [pem('PGP PRIVATE KEY BLOCK').replace('\n', '\nVersion: GnuPG v2\n\n')],
    ],
    negatives: ['-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', pem('PUBLIC KEY'), pem('CERTIFICATE')],
  },
  tok('secret/jwt', jwt, notJwt, jwt.split('.').slice(0, 2).join('.')),
  (() => {
    const pw = an(20);
    return {
      id: 'secret/database-url-password',
      positives: [
        [`DATABASE_URL=postgres://app:${pw}@db.internal:5432/app`, pw],
        [`mongodb+srv://svc:${pw}@cluster0.mongodb.net/x`, pw],
        [`redis://:${pw}@cache:6379/0`, pw],
      ],
      negatives: [
        'postgres://app:${secret:DB_PASSWORD}@db/app',
        'postgres://user:password@localhost/db',
        'postgres://db.internal:5432/app',
        'mysql://root:<password>@db/x',
        `postgres://app:${pw}@db.example.com/app`,
      ],
    };
  })(),
  (() => {
    const pw = an(24);
    return {
      id: 'secret/url-credentials',
      positives: [[`git clone https://deploy:${pw}@git.internal.dev/repo.git`, pw]],
      negatives: [
        'https://git.internal.dev:8443/path',
        'https://user@host/x',
        'https://user:${env:GIT_PASSWORD}@host/x',
        `https://abc:${an(12)}@example.com/`,
      ],
    };
  })(),
  (() => {
    const t = b64u(40);
    return {
      id: 'secret/authorization-bearer',
      positives: [
        [`Authorization: Bearer ${t}`, t],
        [`-H "authorization: bearer ${t}"`, t],
      ],
      negatives: [
        'Authorization: Bearer ${env:API_TOKEN}',
        'Bearer token-based-authentication',
        'Authorization: Bearer <token>',
        `Authorization: Bearer ${x(40)}`,
      ],
    };
  })(),
  {
    id: 'secret/authorization-basic',
    positives: [[`Authorization: Basic ${basic}`, basic]],
    negatives: [
      `Basic ${Buffer.from('no-colon-in-here').toString('base64')}`,
      'basic usage of the tool',
      'Authorization: Basic ${env:BASIC}',
    ],
  },
  (() => {
    const t = uuid();
    return {
      id: 'secret/npmrc-auth',
      positives: [[`//registry.npmjs.org/:_authToken=${t}`, t]],
      negatives: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', `has_auth=${uuid()}`],
    };
  })(),
];
