// What reaches a server Copilot starts from the file mcpctl wrote: a real Copilot session (offline, against a
// closed model port, so it fails after starting every MCP server) starts the launcher line, which resolves a
// ${secret:} from the store; Copilot itself fills in ${VAR} and ${VAR:-d}. Slow (about 25 s): one test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { copilot, copilotCache } from '../helpers/copilot.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const SECRET = 'pat-0b9e8d7c6a5f4e31'; // a test value: it must appear in no file we write

test('a Copilot session starts the server with the secret, the variables and the fallbacks filled in', () => {
  const home = tempDir('mcpctl-copilot-run-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  const report = join(home, 'report.json');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1
targets:
  copilot: {scope: user}
servers:
  reporter:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}", GH, TOK, LVL, "--mode=\${env:MODE | value:fast}", "--who=\${env:WHO}"]
    env: {GH: "\${secret:gh/pat}", TOK: "\${env:TOKEN}", LVL: "\${env:LEVEL | value:info}"}
`,
  );
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  assert.is(mcpctl(['secret', 'set', 'gh/pat'], { cwd: dir, env, input: `${SECRET}\n` }).code, 0);
  const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(apply.code, 0, apply.stderr);
  assert.not.ok(readFileSync(join(home, '.copilot', 'mcp-config.json'), 'utf8').includes(SECRET));
  copilot(['-p', 'hi', '--allow-all-tools', '--disable-client-telemetry'], {
    home,
    cwd: dir,
    cache: copilotCache(),
    env: {
      COPILOT_OFFLINE: 'true',
      COPILOT_PROVIDER_BASE_URL: 'http://127.0.0.1:9/v1',
      COPILOT_PROVIDER_API_KEY: 'k',
      COPILOT_MODEL: 'gpt-4o',
      TOKEN: 'tok-1',
      WHO: 'copilot',
    },
  });
  assert.ok(existsSync(report), 'Copilot did not start the server');
  const got: { env: Record<string, string | null>; argv: string[] } = JSON.parse(readFileSync(report, 'utf8'));
  assert.equal([got.env['GH'], got.env['TOK'], got.env['LVL']], [SECRET, 'tok-1', 'info']);
  assert.equal(got.argv.slice(-2), ['--mode=fast', '--who=copilot']);
});

test.run();
