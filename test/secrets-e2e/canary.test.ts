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
  writeFileSync(join(home, '.codex', 'config.toml'), `[mcp_servers.legacy]\ncommand = "legacy"\nargs = ["postgres://app:${inUrl}@db/app"]\n\n[mcp_servers.legacy.env]\nGITHUB_TOKEN = "${inConfig}"\n`);
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nlint:\n  rules:\n    secret/*: warn\nservers:\n  search:\n    command: npx\n    args: ["-y", "search-mcp@2.0.0"]\n    env:\n      SEARCH_API_KEY: "${inYaml}"\n  slack:\n    command: npx\n    args: ["-y", "slack-mcp@1.0.0"]\n    env:\n      SLACK_BOT_TOKEN: \${secret:slack/bot}\n`,
  );
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (args: string[], input?: string) => mcpctl(args, { cwd: home, env, ...(input !== undefined ? { input } : {}) });
  const outputs: Array<[string, { stdout: string; stderr: string }]> = [];
  const record = (args: string[], input?: string) => {
    const r = run(args, input);
    outputs.push([args.join(' '), r]);
    return r;
  };
  assert.is(record(['secret', 'set', 'slack/bot'], inStore).code, 0);
  for (const args of [['validate'], ['validate', '--json'], ['render'], ['plan'], ['plan', '--json'], ['plan', '--out', 'plan.json'], ['apply', '--yes'], ['apply', '--yes', '--json'], ['backups'], ['backups', '--json'], ['rollback', '--dry-run'], ['rollback', '--dry-run', '--json']]) {
    record(args);
  }
  for (const format of ['pretty', 'json', 'sarif', 'github']) {
    record(['lint', '--format', format]);
    record(['lint', '--config', '.codex/config.toml', '--format', format]);
    record(['scan', '--format', format, '.codex', 'mcp.yaml']);
  }
  record(['import', '--dry-run']);
  record(['import', '--dry-run', '--json']);
  record(['secret', 'list']);
  record(['secret', 'list', '--json']);
  record(['secret', 'get', 'slack/bot']);
  record(['secret', 'get', 'slack/bot', '--json']);
  record(['exec', '--env', 'X=${secret:slack/missing}', '--', 'node', '-e', '0']);
  record(['plan', '--bogus-flag', inConfig]);
  // the commands did see the secrets (and masked them): lint and scan report them, render masks them
  const out = (what: string) => outputs.find(([w]) => w === what)?.[1].stdout ?? '';
  assert.match(out('lint --format pretty'), /secret\/openai/);
  assert.match(out('scan --format pretty .codex mcp.yaml'), /secret\/github-pat/);
  assert.match(out('render'), /GITHUB_TOKEN = "\(sensitive\)"/);
  for (const [what, r] of outputs) {
    for (const c of canaries) assert.not.ok(r.stdout.includes(c) || r.stderr.includes(c), `"${what}" printed a planted secret`);
  }
  // files mcpctl wrote: the saved plan, the state and the backups journal hold none of them either
  for (const f of ['plan.json', '.codex/.mcpctl/config.toml.state.json', '.codex/.mcpctl/backups/config.toml/journal.jsonl']) {
    const text = readFileSync(join(home, f), 'utf8');
    for (const c of canaries) assert.not.ok(text.includes(c), `${f} holds a planted secret`);
  }
  // the explicit reveal is the one way out
  assert.ok(run(['secret', 'get', 'slack/bot', '--reveal']).stdout.includes(inStore));
});

test.run();
