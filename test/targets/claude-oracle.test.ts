// The real Claude Code (2.1.328) reads back what `mcpctl apply` writes for it, in each scope: project
// (.mcp.json beside mcp.yaml), user (~/.claude.json), local (projects[<git root>] of ~/.claude.json) and
// user with CLAUDE_CONFIG_DIR (the file moves; ~/.claude.json is not read). For each scope: `claude mcp get`
// accepts every server (exit 0) and shows what was meant, `claude mcp list` skips none and warns about none,
// and its health check starts them: the stdio server gets the literal, the ${env:} value, the fallback and
// the secret (through `mcpctl exec`); the HTTP servers receive the literal and ${env:} headers, and the
// secret header through the headersHelper line (Claude runs it). No file in HOME or the project holds the
// secret's value.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { allFiles } from '../helpers/spawn-client.js';
import { claude, diagnostics, FIRST_RUN, parseGet } from '../helpers/claude.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import type { HeaderRecorder } from '../helpers/header-recorder.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const SECRET = 'oracle-Sekr3t-value-9f1c2e7d';
const FROM_ENV = 'from-the-environment';
const NAMES = ['reporter', 'direct', 'web', 'helped'];

type Scope = 'project' | 'user' | 'local' | 'config-dir';

function spec(report: string, web: HeaderRecorder, helped: HeaderRecorder, scope: string): string {
  return `version: 1
targets:
  claude-code: {scope: ${scope}}
servers:
  reporter:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}", "LIT", "FROM_ENV", "WITH_DEFAULT", "TOKEN"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      WITH_DEFAULT: "\${env:ORACLE_UNSET | value:fallback}"
      TOKEN: \${secret:oracle/token}
  direct:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}.direct", "LIT", "FROM_ENV", "WITH_DEFAULT"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      WITH_DEFAULT: "\${env:ORACLE_UNSET | value:fallback}"
  web:
    url: ${web.url}
    headers: {X-Lit: v1, X-From-Env: "Bearer \${env:ORACLE_X}"}
    claude-code: {timeout: 30000}
  helped:
    url: ${helped.url}
    headers: {X-Static: s1, Authorization: "Bearer \${secret:oracle/token}"}
`;
}

async function oracle(scope: Scope): Promise<void> {
  const root = tempDir('mcpctl-claude-');
  const home = join(root, 'home');
  const repo = join(root, 'repo');
  // local scope keys the project by its git root, even for an mcp.yaml (and a claude) in a subfolder
  const dir = scope === 'local' ? join(repo, 'sub') : repo;
  mkdirSync(home);
  mkdirSync(dir, { recursive: true });
  spawnSync('git', ['init', '-q', repo]);
  const configDir = join(root, 'claude-config');
  const userFile = scope === 'config-dir' ? join(configDir, '.claude.json') : join(home, '.claude.json');
  mkdirSync(configDir);
  // Claude's first-run keys (so it leaves the file's bytes alone), and the folder trusted with its project
  // servers approved: only then does Claude start project servers and run a project's headersHelper
  const seeded = JSON.stringify(
    {
      ...FIRST_RUN,
      numStartups: 7,
      projects: {
        [repo]: {
          allowedTools: [],
          hasTrustDialogAccepted: true,
          // (Claude drops approvals of names no .mcp.json has, rewriting the file: only where they exist)
          ...(scope === 'project' ? { enabledMcpjsonServers: NAMES } : {}),
        },
      },
    },
    null,
    2,
  );
  writeFileSync(userFile, seeded);
  const env: Record<string, string> = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  if (scope === 'config-dir') env['CLAUDE_CONFIG_DIR'] = configDir;
  assert.is(mcpctl(['secret', 'set', 'oracle/token'], { cwd: dir, env, input: SECRET }).code, 0);

  const report = join(root, 'report.json');
  const web = await headerRecorder();
  const helped = await headerRecorder();
  try {
    writeFileSync(join(dir, 'mcp.yaml'), spec(report, web, helped, scope === 'config-dir' ? 'user' : scope));
    const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
    assert.is(apply.code, 0, apply.stderr + apply.stdout);
    assert.not.ok((apply.stdout + apply.stderr).includes(SECRET));

    const written = scope === 'project' ? join(dir, '.mcp.json') : userFile;
    const parsed: unknown = JSON.parse(readFileSync(written, 'utf8'));
    const servers = scope === 'local' ? ['projects', repo, 'mcpServers'] : ['mcpServers'];
    let at: unknown = parsed;
    for (const k of servers) at = typeof at === 'object' && at !== null ? Reflect.get(at, k) : undefined;
    assert.equal(Object.keys(at ?? {}), NAMES, `servers at ${servers.join('.')} of ${written}`);
    if (scope === 'config-dir') assert.not.ok(existsSync(join(home, '.claude.json')), '~/.claude.json untouched');
    if (scope === 'local' || scope === 'user' || scope === 'config-dir') {
      // every key mcpctl did not write is still there, in its order
      const keys = Object.keys(typeof parsed === 'object' && parsed !== null ? parsed : {});
      assert.equal(keys.slice(0, Object.keys(FIRST_RUN).length), Object.keys(FIRST_RUN));
    }

    // the health check's connect timeout: harmless servers answer at once, but mcpctl's launcher opening the
    // age store may take seconds on a loaded machine (MCP_TIMEOUT's 2 s is for servers that hang)
    const claudeEnv = { ...env, ORACLE_X: FROM_ENV, MCP_TIMEOUT: '20000' };
    const cwd = dir;
    const before = readFileSync(written);
    const gets = await Promise.all(NAMES.map((n) => claude(['mcp', 'get', n], { cwd, env: claudeEnv })));
    const list = await claude(['mcp', 'list'], { cwd, env: claudeEnv });
    assert.fixture(readFileSync(written, 'utf8'), before.toString('utf8'), 'claude left the file as mcpctl wrote it');

    const scopeLine = {
      project: 'Project config (shared via .mcp.json)',
      user: 'User config (available in all your projects)',
      'config-dir': 'User config (available in all your projects)',
      local: 'Local config (private to you in this project)',
    }[scope];
    gets.forEach((g, i) => assert.is(g.code, 0, `claude mcp get ${NAMES[i]}: ${g.stdout}${g.stderr}`));
    const [reporter, direct, webGot, helpedGot] = gets.map((g) => parseGet(g.stdout));
    for (const s of [reporter, direct, webGot, helpedGot]) assert.is(s?.scope, scopeLine);

    // no secret: Claude starts the server itself and resolves ${X} and ${X:-default} (no launcher)
    assert.is(direct?.type, 'stdio');
    assert.is(direct?.command, process.execPath);
    assert.is(direct?.args, `${REPORTER} ${report}.direct LIT FROM_ENV WITH_DEFAULT`);
    assert.equal(Object.keys(direct?.env ?? {}), ['LIT', 'FROM_ENV', 'WITH_DEFAULT']);
    assert.is(direct?.env?.['FROM_ENV'], '${ORACLE_X}');

    assert.is(reporter?.type, 'stdio');
    assert.is(reporter?.command, process.execPath); // mcpctl's launcher: it resolves the secret at spawn time
    assert.match(reporter?.args ?? '', / exec --server reporter .*--env TOKEN=\$\{secret:oracle\/token\} -- /);
    assert.ok(reporter?.args?.endsWith(`-- ${process.execPath} ${REPORTER} ${report} LIT FROM_ENV WITH_DEFAULT TOKEN`));
    assert.is(reporter?.env?.['LIT'], 'plain');
    assert.is(reporter?.env?.['FROM_ENV'], '${ORACLE_X}');
    // `get` prints ${VAR:-default} without its default (its display); the start below shows the fallback works
    assert.match(reporter?.env?.['WITH_DEFAULT'] ?? '', /^\$\{ORACLE_UNSET/);
    assert.not.ok('TOKEN' in (reporter?.env ?? {}));

    assert.is(webGot?.type, 'http');
    assert.is(webGot?.url, web.url);
    assert.equal(webGot?.headers, { 'X-Lit': 'v1', 'X-From-Env': 'Bearer ${ORACLE_X}' });
    assert.is(webGot?.timeout, '30000ms');
    assert.is(helpedGot?.type, 'http');
    assert.is(helpedGot?.url, helped.url);
    assert.equal(helpedGot?.headers, { 'X-Static': 's1' }); // the secret header is not in the file

    const diag = diagnostics(list.stdout).join('\n');
    assert.not.match(list.stdout, /Skipped/);
    for (const n of NAMES) assert.not.ok(diag.includes(`[${n}]`), `diagnostics mention ${n}:\n${diag}`);
    for (const n of NAMES) assert.match(list.stdout, new RegExp(`^${n}: `, 'm'));

    // the health check started the stdio server through the launcher…
    const got = JSON.parse(readFileSync(report, 'utf8'));
    assert.equal(got.env, { LIT: 'plain', FROM_ENV, WITH_DEFAULT: 'fallback', TOKEN: SECRET });
    const gotDirect = JSON.parse(readFileSync(`${report}.direct`, 'utf8'));
    assert.equal(gotDirect.env, { LIT: 'plain', FROM_ENV, WITH_DEFAULT: 'fallback' });
    // …and connected to the HTTP servers: Claude ran the headersHelper line and sent its header
    assert.ok(
      web.seen.some((h) => h['x-lit'] === 'v1' && h['x-from-env'] === `Bearer ${FROM_ENV}`),
      JSON.stringify(web.seen),
    );
    assert.ok(
      helped.seen.some((h) => h['authorization'] === `Bearer ${SECRET}` && h['x-static'] === 's1'),
      JSON.stringify(helped.seen),
    );

    // no file in HOME, in the Claude config folder or in the project holds the secret (the store is encrypted)
    for (const f of [...allFiles(home), ...allFiles(configDir), ...allFiles(repo)]) {
      if (f.endsWith('.age') || f.startsWith(report)) continue;
      assert.not.ok(readFileSync(f, 'latin1').includes(SECRET), f);
    }
  } finally {
    web.close();
    helped.close();
  }
}

for (const scope of ['project', 'user', 'local', 'config-dir'] as const) {
  test(`${scope}: every server reads back through claude mcp get/list and starts with its values`, () => oracle(scope));
}

test.run();
