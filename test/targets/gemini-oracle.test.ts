// The real Gemini CLI (0.61.0) reads back what `mcpctl apply` writes for it, in each scope: project
// (.gemini/settings.json beside mcp.yaml), user (~/.gemini/settings.json) and user with GEMINI_CLI_HOME (the
// file moves). `gemini mcp list` in a folder it does not trust shows every server as mcp.yaml means it, and
// starts none; trusted, it starts them: the stdio server gets the literal, the ${env:} value, the fallback,
// a variable whose name Gemini would otherwise withhold (…TOKEN), and the secret (through `mcpctl exec`); a
// literal "$HOME" reaches its server unexpanded; the HTTP server receives its headers. Gemini leaves the file
// as mcpctl wrote it, and no file holds the secret's value.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { allFiles } from '../helpers/spawn-client.js';
import { gemini, parseList } from '../helpers/gemini.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import type { HeaderRecorder } from '../helpers/header-recorder.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const SECRET = 'gemini-Sekr3t-value-4b8e1d0a';
const FROM_ENV = 'from-the-environment';
const WITHHELD = 'withheld-unless-listed';
const NAMES = ['reporter', 'direct', 'priced', 'web'];

type Scope = 'project' | 'user' | 'gemini-home';

function spec(report: string, web: HeaderRecorder, scope: 'project' | 'user'): string {
  return `version: 1
targets:
  gemini: {scope: ${scope}}
servers:
  reporter:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}", "LIT", "FROM_ENV", "WITH_DEFAULT", "ORACLE_TOKEN", "TOKEN"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      WITH_DEFAULT: "\${env:ORACLE_UNSET | value:fallback}"
      ORACLE_TOKEN: \${env:ORACLE_TOKEN}
      TOKEN: \${secret:oracle/token}
    gemini: {timeout: 60000}
  direct:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}.direct", "LIT", "FROM_ENV", "WITH_DEFAULT"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      WITH_DEFAULT: "\${env:ORACLE_UNSET | value:fallback}"
    gemini: {timeout: 60000}
  priced:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}.priced", "cost: $HOME"]
    gemini: {timeout: 60000}
  web:
    url: ${web.url}
    headers: {X-Lit: v1, X-From-Env: "Bearer \${env:ORACLE_X}"}
    enabled_tools: [search]
`;
}

async function oracle(scope: Scope): Promise<void> {
  const root = tempDir('mcpctl-gemini-');
  const home = join(root, 'home');
  const dir = join(root, 'proj');
  const moved = join(root, 'gemini-home');
  mkdirSync(home);
  mkdirSync(dir);
  const env: Record<string, string> = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  if (scope === 'gemini-home') env['GEMINI_CLI_HOME'] = moved;
  assert.is(mcpctl(['secret', 'set', 'oracle/token'], { cwd: dir, env, input: SECRET }).code, 0);

  const report = join(root, 'report.json');
  const web = await headerRecorder();
  try {
    writeFileSync(join(dir, 'mcp.yaml'), spec(report, web, scope === 'project' ? 'project' : 'user'));
    const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
    assert.is(apply.code, 0, apply.stderr + apply.stdout);
    assert.not.ok((apply.stdout + apply.stderr).includes(SECRET));
    const written = {
      project: join(dir, '.gemini', 'settings.json'),
      user: join(home, '.gemini', 'settings.json'),
      'gemini-home': join(moved, '.gemini', 'settings.json'),
    }[scope];
    assert.ok(existsSync(written), written);
    if (scope === 'gemini-home') assert.not.ok(existsSync(join(home, '.gemini', 'settings.json')));
    const before = readFileSync(written);

    // not trusted: every server listed as written, none started
    const untrusted = await gemini(['mcp', 'list'], { cwd: dir, env: { ...env, ORACLE_X: FROM_ENV } });
    assert.is(untrusted.code, 0, untrusted.stderr);
    const listed = parseList(untrusted.stderr);
    assert.equal([...listed.keys()], NAMES, untrusted.stderr);
    for (const n of NAMES) assert.is(listed.get(n)?.status, 'Disabled', n);
    assert.is(listed.get('direct')?.what, `${process.execPath} ${REPORTER} ${report}.direct LIT FROM_ENV WITH_DEFAULT`);
    assert.is(listed.get('direct')?.transport, 'stdio');
    assert.ok(listed.get('reporter')?.what.startsWith(`${process.execPath} ${BIN} exec --server reporter `));
    assert.ok(listed.get('priced')?.what.startsWith(`${process.execPath} ${BIN} exec --server priced `));
    assert.equal(listed.get('web'), { what: web.url, transport: 'http', status: 'Disabled' });
    assert.not.ok(existsSync(report), 'an untrusted list started a server');

    // trusted: Gemini starts each stdio server and connects to the url
    const trusted = await gemini(['mcp', 'list'], {
      cwd: dir,
      env: { ...env, ORACLE_X: FROM_ENV, ORACLE_TOKEN: WITHHELD, GEMINI_CLI_TRUST_WORKSPACE: 'true' },
    });
    assert.is(trusted.code, 0, trusted.stderr);
    const started = parseList(trusted.stderr);
    for (const n of ['reporter', 'direct', 'priced']) assert.is(started.get(n)?.status, 'Connected', trusted.stderr);
    const got = JSON.parse(readFileSync(report, 'utf8'));
    assert.equal(got.env, { LIT: 'plain', FROM_ENV, WITH_DEFAULT: 'fallback', ORACLE_TOKEN: WITHHELD, TOKEN: SECRET });
    const direct = JSON.parse(readFileSync(`${report}.direct`, 'utf8'));
    assert.equal(direct.env, { LIT: 'plain', FROM_ENV, WITH_DEFAULT: 'fallback' });
    const priced = JSON.parse(readFileSync(`${report}.priced`, 'utf8'));
    assert.equal(priced.argv, [`${report}.priced`, 'cost: $HOME']);
    assert.ok(
      web.seen.some((h) => h['x-lit'] === 'v1' && h['x-from-env'] === `Bearer ${FROM_ENV}`),
      JSON.stringify(web.seen),
    );

    assert.ok(readFileSync(written).equals(before), 'gemini left the file as mcpctl wrote it');
    for (const f of [...allFiles(home), ...allFiles(dir), ...allFiles(moved)]) {
      if (f.endsWith('.age')) continue;
      assert.not.ok(readFileSync(f, 'latin1').includes(SECRET), f);
    }
  } finally {
    web.close();
  }
}

for (const scope of ['project', 'user', 'gemini-home'] as const) {
  test(`${scope}: every server reads back through gemini mcp list and starts with its values`, () => oracle(scope));
}

test.run();
