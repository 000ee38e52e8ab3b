// import: adopt an existing Codex config, move its plaintext secrets into the store; after apply Codex sees
// the same servers, the server still gets its token, and config.toml holds none.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codexList } from '../helpers/codex.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');

test('import --dry-run shows what would move (masked) and writes nothing; import + apply removes the plaintext', async () => {
  const home = tempDir('mcpctl-import-');
  mkdirSync(join(home, '.codex'));
  const token = `ghp_${rand(ALPHABET.alnum, 36)}`;
  const report = join(home, 'report.json');
  const config = `# my settings\nmodel = "gpt-5"\n\n[mcp_servers.github]\ncommand = "${process.execPath}"\nargs = ["${REPORTER}", "${report}", "GITHUB_PERSONAL_ACCESS_TOKEN", "LOG"]\nstartup_timeout_ms = 20000\n\n[mcp_servers.github.env]\nGITHUB_PERSONAL_ACCESS_TOKEN = "${token}"\nLOG = "debug"\n\n[mcp_servers.docs]\nurl = "https://docs.example.com/mcp"\n`;
  writeFileSync(join(home, '.codex', 'config.toml'), config);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (...args: string[]) => mcpctl(args, { cwd: home, env });

  const dry = run('import', '--dry-run');
  assert.is(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /GITHUB_PERSONAL_ACCESS_TOKEN: \$\{secret:github\/GITHUB_PERSONAL_ACCESS_TOKEN\}/);
  assert.match(
    dry.stderr,
    /Would move 1 plaintext secret.*\n  mcp_servers\.github\.env\.GITHUB_PERSONAL_ACCESS_TOKEN  →  \$\{secret:github\/GITHUB_PERSONAL_ACCESS_TOKEN\}  \(ghp_…\(40 chars\)\)/,
  );
  assert.not.ok((dry.stdout + dry.stderr).includes(token.slice(4)));
  assert.not.ok(existsSync(join(home, 'mcp.yaml')));
  assert.is(readFileSync(join(home, '.codex', 'config.toml'), 'utf8'), config);

  const imp = run('import');
  assert.is(imp.code, 0, imp.stderr);
  assert.not.ok(readFileSync(join(home, 'mcp.yaml'), 'utf8').includes(token));
  assert.is(run('validate').code, 0);
  const plan = JSON.parse(run('plan', '--json').stdout);
  assert.equal(
    plan.changes.map((c: { name: string; action: string; adopt: boolean }) => [c.name, c.action, c.adopt]),
    [
      ['github', 'update', false],
      ['docs', 'no-op', false],
    ],
  );
  const apply = run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const after = readFileSync(join(home, '.codex', 'config.toml'), 'utf8');
  assert.not.ok(after.includes(token));
  assert.ok(after.startsWith('# my settings\nmodel = "gpt-5"\n'));
  assert.equal(
    codexList(home)
      .map((s) => s['name'])
      .sort(),
    ['docs', 'github'],
  );
  const status = await codexServerStatus(home, { MCPCTL_SECRET_BACKEND: 'file' });
  assert.is(status.find((s) => s.name === 'github')?.toolsError ?? null, null);
  assert.equal(JSON.parse(readFileSync(report, 'utf8')).env, { GITHUB_PERSONAL_ACCESS_TOKEN: token, LOG: 'debug' });
  // a second import refuses to overwrite mcp.yaml
  const again = run('import');
  assert.is(again.code, 4);
  assert.match(again.stderr, /already exists/);
});

test.run();
