// Canary: known secret values planted in config.toml, mcp.yaml and the store must never show up in any
// output of any command (only `secret get --reveal` prints one, on explicit request).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

test('no command prints a planted secret', () => {
  const home = tempDir('mcpctl-canary-');
  mkdirSync(join(home, '.codex'));
  const inConfig = `ghp_${rand(ALPHABET.alnum, 36)}`;
  const inUrl = `Pw${rand(ALPHABET.alnum, 18)}`;
  const inYaml = `sk-proj-${rand(ALPHABET.alnum, 44)}`;
  const inStore = `xoxb-${rand(ALPHABET.digits, 11)}-${rand(ALPHABET.digits, 12)}-${rand(ALPHABET.alnum, 24)}`;
  const canaries = [inConfig, inUrl, inYaml, inStore].map((c) => c.slice(5));
  writeFileSync(
    join(home, '.codex', 'config.toml'),
    `[mcp_servers.legacy]\ncommand = "legacy"\nargs = ["postgres://app:${inUrl}@db/app"]\n\n[mcp_servers.legacy.env]\nGITHUB_TOKEN = "${inConfig}"\n`,
  );
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nlint:\n  rules:\n    secret/*: warn\nservers:\n  search:\n    command: npx\n    args: ["-y", "search-mcp@2.0.0"]\n    env:\n      SEARCH_API_KEY: "${inYaml}"\n  slack:\n    command: npx\n    args: ["-y", "slack-mcp@1.0.0"]\n    env:\n      SLACK_BOT_TOKEN: \${secret:slack/bot}\n`,
  );
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (args: string[], input?: string) =>
    mcpctl(args, { cwd: home, env, ...(input !== undefined ? { input } : {}) });
  const outputs: Array<[string, { stdout: string; stderr: string }]> = [];
  const n = (secret: string) => String(secret.length);
  /** Runs a command and checks it got as far as handling the secrets: its exit code, and a line that
   * only a run that read, resolved or masked them prints. A command that died early would print
   * nothing and so pass the "no leak" check below without testing it. */
  const record = (args: string[], code: number, reached: RegExp, input?: string) => {
    const r = run(args, input);
    const what = args.join(' ');
    outputs.push([what, r]);
    assert.is(r.code, code, `"${what}" exited ${r.code}: ${r.stderr.slice(0, 400)}`);
    assert.match(r.stdout + r.stderr, reached, `"${what}" did not get to the secrets`);
    return r;
  };
  record(['secret', 'set', 'slack/bot'], 0, new RegExp(`Stored "slack/bot" .*: ${n(inStore)} characters`), inStore);
  const yamlKey = new RegExp(`secret/openai-project-key.*sk-p…\\(${n(inYaml)} chars\\)`);
  const masked = /SEARCH_API_KEY = \\?"\(sensitive\)\\?"/;
  const planned: Array<[string[], RegExp]> = [
    [['validate'], /mcp\.yaml: valid \(2 servers\)/],
    [['validate', '--json'], /"valid": true,\s+"servers": 2/],
    [['render'], masked],
    [['plan'], yamlKey],
    [['plan', '--json'], /"create": 2/],
    [['plan', '--out', 'plan.json'], yamlKey],
    [['apply', '--yes'], yamlKey],
    [['apply', '--yes', '--json'], /"reason": "no changes"/],
    [['backups'], /holds 2 plaintext secrets/],
    [['backups', '--json'], /"secrets": \[\s*"/],
    [['rollback', '--dry-run'], masked],
    [['rollback', '--dry-run', '--json'], masked],
  ];
  for (const [args, reached] of planned) record(args, 0, reached);
  for (const format of ['pretty', 'json', 'sarif', 'github']) {
    record(['lint', '--format', format], 0, /secret\/openai-project-key/);
    record(['lint', '--config', '.codex/config.toml', '--format', format], 0, /secret\/database-url-password/);
    record(['scan', '--format', format, '.codex', 'mcp.yaml'], 1, /secret\/github-pat/);
  }
  record(['import', '--dry-run'], 0, new RegExp(`Would move 3 plaintext secrets[^]*ghp_…\\(${n(inConfig)} chars\\)`));
  record(['import', '--dry-run', '--json'], 0, new RegExp(`"secrets_moved"[^]*ghp_…\\(${n(inConfig)} chars\\)`));
  record(['secret', 'list'], 0, /slack\/bot +file/);
  record(['secret', 'list', '--json'], 0, /"name": "slack\/bot"/);
  record(['secret', 'get', 'slack/bot'], 0, new RegExp(`length: +${n(inStore)} characters`));
  record(['secret', 'get', 'slack/bot', '--json'], 0, new RegExp(`"length": ${n(inStore)}`));
  // exec resolves the stored secret into the child's environment: the child reports only its length
  record(
    [
      'exec',
      '--env',
      'X=${secret:slack/bot}',
      '--',
      'node',
      '-e',
      'process.stdout.write(`resolved ${process.env.X.length}`)',
    ],
    0,
    new RegExp(`^resolved ${n(inStore)}\\b`),
  );
  record(
    ['exec', '--env', 'X=${secret:slack/missing}', '--', 'node', '-e', '0'],
    1,
    /E_SECRET_MISSING: no value for \$\{secret:slack\/missing\}/,
  );
  record(['plan', '--bogus-flag', inConfig], 2, /E_USAGE: Unknown arguments: bogus-flag/);
  // the commands did see the secrets (and masked them): lint and scan report them, render masks them
  const out = (what: string) => outputs.find(([w]) => w === what)?.[1].stdout ?? '';
  assert.match(out('lint --format pretty'), /secret\/openai/);
  assert.match(out('scan --format pretty .codex mcp.yaml'), /secret\/github-pat/);
  assert.match(out('render'), /GITHUB_TOKEN = "\(sensitive\)"/);
  for (const [what, r] of outputs) {
    for (const c of canaries)
      assert.not.ok(r.stdout.includes(c) || r.stderr.includes(c), `"${what}" printed a planted secret`);
  }
  // files mcpctl wrote: the saved plan, the state and the backups journal hold none of them either
  for (const f of [
    'plan.json',
    '.codex/.mcpctl/config.toml.state.json',
    '.codex/.mcpctl/backups/config.toml/journal.jsonl',
  ]) {
    const text = readFileSync(join(home, f), 'utf8');
    for (const c of canaries) assert.not.ok(text.includes(c), `${f} holds a planted secret`);
  }
  // the explicit reveal is the one way out
  assert.ok(run(['secret', 'get', 'slack/bot', '--reveal']).stdout.includes(inStore));
});

test.run();
