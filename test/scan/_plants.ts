// One planted secret per provider format, built at run time from random characters (no test file
// holds a token), each with the key it is assigned to and where in the value the secret sits.
// Shared by the corpus test and `npm run bench`.
import { ALPHABET as A, base64url, pem, rand, uuid } from '../secrets/_gen.js';

export interface Plant {
  ruleId: string;
  /** The key the value is assigned to; it matters for rules that need a name (`aws_secret_access_key`). */
  key: string;
  /** The value as a program reads it (may span lines). */
  value: string;
  /** The part of `value` that the finding must cover. */
  secret: string;
  /** Written as a nested object in JSON files (a service account key file), else as a string. */
  object?: Record<string, string>;
  /** What must never be printed, when it is not `secret` (a key block's body). */
  leak?: string;
}

const d = (n: number) => rand(A.digits, n);
const hex = (n: number) => rand(A.hex, n);
const an = (n: number) => rand(A.alnum, n);
const b64u = (n: number) => rand(A.base64url, n);
const b64 = (n: number) => rand(A.base64, n);
const ud = (n: number) => rand(A.upperDigit, n);

/** The token is the whole value. */
const bare = (ruleId: string, key: string, token: string): Plant => ({ ruleId, key, value: token, secret: token });
/** The secret is part of a longer value (a URL, a header). */
const inside = (ruleId: string, key: string, value: string, secret: string): Plant => ({ ruleId, key, value, secret });

/** Builders, one per provider rule id; each call makes a fresh random secret. */
export const PLANT_BUILDERS: ReadonlyArray<() => Plant> = [
  () => bare('secret/github-pat', 'gh_token', `ghp_${an(36)}`),
  () => bare('secret/github-fine-grained-pat', 'gh_token', `github_pat_${an(22)}_${an(59)}`),
  () => bare('secret/github-oauth-token', 'oauth', `gho_${an(36)}`),
  () => bare('secret/github-user-to-server-token', 'app_token', `ghu_${an(36)}`),
  () => bare('secret/github-server-to-server-token', 'install_token', `ghs_${an(36)}`),
  () => bare('secret/github-refresh-token', 'refresh', `ghr_${an(36)}`),
  () => {
    const t = an(40);
    return inside('secret/github-oauth-basic-url', 'repository', `https://${t}:x-oauth-basic@github.com/o/r.git`, t);
  },
  () => bare('secret/gitlab-pat', 'gitlab', `glpat-${b64u(20)}`),
  () => bare('secret/gitlab-deploy-token', 'deploy', `gldt-${b64u(20)}`),
  () => bare('secret/gitlab-runner-token', 'runner', `glrt-${b64u(20)}`),
  () => bare('secret/gitlab-token', 'trigger', `glptt-${hex(40)}`),
  () => bare('secret/npm-token', 'npm', `npm_${an(36)}`),
  () => bare('secret/docker-hub-token', 'docker', `dckr_pat_${b64u(27)}`),
  () => bare('secret/pypi-token', 'pypi', `pypi-AgEIcHlwaS5vcmc${b64u(70)}`),
  () => bare('secret/openai-project-key', 'openai', `sk-proj-${b64u(74)}T3BlbkFJ${b64u(74)}`),
  () => bare('secret/openai-service-account-key', 'openai', `sk-svcacct-${b64u(74)}T3BlbkFJ${b64u(74)}`),
  () => bare('secret/openai-admin-key', 'openai', `sk-admin-${b64u(74)}T3BlbkFJ${b64u(74)}`),
  () => bare('secret/openai-legacy-key', 'openai', `sk-${an(20)}T3BlbkFJ${an(20)}`),
  () => bare('secret/anthropic-api-key', 'anthropic', `sk-ant-api03-${b64u(93)}AA`),
  () => bare('secret/anthropic-admin-key', 'anthropic', `sk-ant-admin01-${b64u(93)}AA`),
  () => bare('secret/anthropic-oauth-token', 'anthropic', `sk-ant-oat01-${b64u(95)}`),
  () => bare('secret/groq-api-key', 'groq', `gsk_${an(52)}`),
  () => bare('secret/replicate-api-token', 'replicate', `r8_${an(37)}`),
  () => bare('secret/perplexity-api-key', 'perplexity', `pplx-${an(48)}`),
  () => bare('secret/openrouter-api-key', 'openrouter', `sk-or-v1-${hex(64)}`),
  () => bare('secret/xai-api-key', 'xai', `xai-${an(80)}`),
  () => bare('secret/huggingface-token', 'hf', `hf_${rand(A.letters, 34)}`),
  () => bare('secret/huggingface-org-token', 'hf_org', `api_org_${rand(A.letters, 34)}`),
  () => bare('secret/brave-search-api-key', 'BRAVE_API_KEY', `BSA${an(28)}`),
  () => bare('secret/aws-access-key-id', 'aws_access_key_id', `AKIA${ud(16)}`),
  () => bare('secret/aws-secret-access-key', 'aws_secret_access_key', b64(40)),
  () => bare('secret/google-api-key', 'maps', `AIza${b64u(35)}`),
  () => bare('secret/google-oauth-client-secret', 'google_client', `GOCSPX-${b64u(28)}`),
  () => {
    const key = pem('PRIVATE KEY', 8);
    const object = {
      type: 'service_account',
      project_id: 'demo-project',
      private_key_id: hex(40),
      private_key: key,
      client_email: 'svc@demo-project.iam.gserviceaccount.com',
    };
    const json = JSON.stringify(object);
    const start = json.indexOf('-----BEGIN');
    // what the rule reports: the key as it is written in JSON, up to where its pattern stops
    return {
      ruleId: 'secret/gcp-service-account-key',
      key: 'gcp_credentials',
      value: json,
      secret: json.slice(start, start + 20),
      object,
      leak: key.split('\n')[1] ?? key,
    };
  },
  () => {
    const k = `${b64(86)}==`;
    return inside(
      'secret/azure-storage-key',
      'storage',
      `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${k};EndpointSuffix=core.windows.net`,
      k,
    );
  },
  () => bare('secret/azure-ad-client-secret', 'azure_client', `${an(3)}8Q~${an(34)}`),
  () => bare('secret/digitalocean-token', 'do', `dop_v1_${hex(64)}`),
  () => bare('secret/cloudflare-api-token', 'CLOUDFLARE_API_TOKEN', b64u(40)),
  () => bare('secret/cloudflare-global-api-key', 'CLOUDFLARE_API_KEY', hex(37)),
  () => bare('secret/cloudflare-origin-ca-key', 'origin_ca', `v1.0-${hex(24)}-${hex(146)}`),
  () => bare('secret/heroku-api-key', 'heroku', `HRKU-AA${b64u(58)}`),
  () => bare('secret/heroku-api-key-legacy', 'HEROKU_API_KEY', uuid()),
  () => bare('secret/vercel-token', 'vercel', `vcp_${an(24)}`),
  () => bare('secret/supabase-key', 'supabase', `sbp_${hex(40)}`),
  () => bare('secret/databricks-token', 'databricks', `dapi${hex(32)}`),
  () => bare('secret/slack-bot-token', 'slack', `xoxb-${d(12)}-${d(13)}-${an(24)}`),
  () => bare('secret/slack-user-token', 'slack_user', `xoxp-${d(12)}-${d(12)}-${d(13)}-${hex(32)}`),
  () => bare('secret/slack-workspace-token', 'slack_ws', `xoxa-2-${an(40)}`),
  () => bare('secret/slack-legacy-token', 'slack_legacy', `xoxs-${d(10)}-${d(10)}-${d(12)}-${hex(64)}`),
  () => bare('secret/slack-app-token', 'slack_app', `xapp-1-A${ud(10)}-${d(13)}-${hex(64)}`),
  () => bare('secret/slack-config-token', 'slack_config', `xoxe.xoxp-1-${an(160)}`),
  () => {
    const hook = `hooks.slack.com/services/T${ud(8)}/B${ud(10)}/${an(24)}`;
    return inside('secret/slack-webhook-url', 'webhook', `https://${hook}`, hook);
  },
  () => bare('secret/discord-bot-token', 'DISCORD_BOT_TOKEN', `M${b64u(23)}.${b64u(6)}.${b64u(38)}`),
  () => {
    const t = b64u(68);
    return inside('secret/discord-webhook-url', 'discord_hook', `https://discord.com/api/webhooks/${d(18)}/${t}`, t);
  },
  () => {
    const t = `${d(10)}:AA${b64u(33)}`;
    return inside('secret/telegram-bot-token', 'telegram', `https://api.telegram.org/bot${t}/getMe`, t);
  },
  () => bare('secret/twilio-api-key', 'twilio_key', `SK${hex(32)}`),
  () => bare('secret/twilio-auth-token', 'TWILIO_AUTH_TOKEN', hex(32)),
  () => bare('secret/twilio-account-sid', 'twilio_account', `AC${hex(32)}`),
  () => bare('secret/sendgrid-api-key', 'sendgrid', `SG.${b64u(22)}.${b64u(43)}`),
  () => bare('secret/mailgun-api-key', 'mailgun', `key-${hex(32)}`),
  () => bare('secret/mailchimp-api-key', 'mailchimp', `${hex(32)}-us14`),
  () => bare('secret/stripe-secret-key', 'stripe', `sk_live_${an(99)}`),
  () => bare('secret/stripe-restricted-key', 'stripe', `rk_live_${an(99)}`),
  () => bare('secret/stripe-test-key', 'stripe_test', `sk_test_${an(99)}`),
  () => bare('secret/stripe-webhook-secret', 'stripe_webhook', `whsec_${an(32)}`),
  () => bare('secret/shopify-access-token', 'shopify', `shpat_${hex(32)}`),
  () => bare('secret/shopify-shared-secret', 'shopify_shared', `shpss_${hex(32)}`),
  () => bare('secret/square-access-token', 'square', `EAAA${b64u(60)}`),
  () => bare('secret/square-oauth-secret', 'square_oauth', `sq0csp-${b64u(43)}`),
  () => bare('secret/dropbox-token', 'dropbox', `sl.${b64u(138)}`),
  () => bare('secret/linear-api-key', 'linear', `lin_api_${an(40)}`),
  () => bare('secret/notion-token', 'notion', `ntn_${d(11)}${an(35)}`),
  () => bare('secret/notion-legacy-token', 'notion_legacy', `secret_${an(43)}`),
  () => bare('secret/figma-token', 'figma', `figd_${b64u(40)}`),
  () => bare('secret/sentry-org-token', 'sentry', `sntrys_eyJ${b64(120)}`),
  () => bare('secret/sentry-user-token', 'sentry_user', `sntryu_${hex(64)}`),
  () => {
    const t = hex(32);
    return inside('secret/sentry-dsn', 'SENTRY_DSN', `https://${t}@o${d(6)}.ingest.sentry.io/${d(7)}`, t);
  },
  () => bare('secret/atlassian-api-token', 'atlassian', `ATATT3${b64u(186)}`),
  () => bare('secret/doppler-token', 'doppler', `dp.pt.${an(43)}`),
  () => bare('secret/vault-token', 'vault', `hvs.${b64u(95)}`),
  () => bare('secret/pulumi-token', 'pulumi', `pul-${hex(40)}`),
  () => bare('secret/terraform-cloud-token', 'tfc', `${an(14)}.atlasv1.${b64u(67)}`),
  () => bare('secret/postman-api-key', 'postman', `PMAK-${hex(24)}-${hex(34)}`),
  () => bare('secret/grafana-cloud-token', 'grafana_cloud', `glc_${b64(80)}`),
  () => bare('secret/grafana-service-account-token', 'grafana_sa', `glsa_${an(32)}_${hex(8)}`),
  () => bare('secret/grafana-api-key', 'grafana', `eyJrIjoi${an(100)}`),
  () => bare('secret/new-relic-key', 'newrelic', `NRAK-${ud(27)}`),
  () => bare('secret/1password-service-account-token', 'op_service', `ops_eyJ${b64(300)}`),
  () => bare('secret/1password-secret-key', 'op_secret', `A3-${ud(6)}-${ud(11)}-${ud(5)}-${ud(5)}-${ud(5)}`),
  () => bare('secret/age-secret-key', 'age', `AGE-SECRET-KEY-1${rand(A.bech32, 58)}`),
  () => {
    const block = pem('RSA PRIVATE KEY', 6);
    return {
      ruleId: 'secret/private-key',
      key: 'tls_key',
      value: block,
      secret: block.slice(0, 20),
      leak: block.split('\n')[1] ?? block,
    };
  },
  () => {
    const jwt = [
      base64url('{"alg":"HS256","typ":"JWT"}'),
      base64url(`{"sub":"${an(12)}","iat":1700000000}`),
      b64u(43),
    ].join('.');
    return bare('secret/jwt', 'session_jwt', jwt);
  },
  () => {
    const pw = an(20);
    return inside('secret/database-url-password', 'database_url', `postgres://app:${pw}@db.internal:5432/app`, pw);
  },
  () => {
    const pw = an(24);
    return inside('secret/url-credentials', 'remote', `https://deploy:${pw}@git.internal.dev/repo.git`, pw);
  },
  () => {
    const t = b64u(40);
    return inside('secret/authorization-bearer', 'Authorization', `Bearer ${t}`, t);
  },
  () => {
    const basic = Buffer.from(`deploy:${an(18)}`).toString('base64');
    return inside('secret/authorization-basic', 'Authorization', `Basic ${basic}`, basic);
  },
  () => {
    const t = uuid();
    return inside('secret/npmrc-auth', 'npmrc', `//registry.npmjs.org/:_authToken=${t}`, t);
  },
  () => bare('secret/generic-high-entropy', 'API_KEY', `${an(12)}/${an(12)}+${an(12)}`),
  () => bare('secret/generic-high-entropy', 'db_password', an(24)),
];
