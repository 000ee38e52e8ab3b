// The real OpenCode (opencode-ai 1.18.33) reads back what `mcpctl apply` writes for it, in each scope:
// project (opencode.json beside mcp.yaml, or the opencode.jsonc already there), user (~/.config/opencode/
// opencode.jsonc) and user with XDG_CONFIG_HOME. `opencode debug config` resolves every server as mcp.yaml
// means it ({env:X} filled in); `opencode mcp list` starts them: the local server gets the literal, the
// ${env:} value and the secret (through `mcpctl exec`), a literal "{env:HOME}" reaches its server as text,
// and the remote server receives its headers. OpenCode leaves the file as mcpctl wrote it (it starts with
// "$schema"), and no file holds the secret's value.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { allFiles } from '../helpers/spawn-client.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import type { HeaderRecorder } from '../helpers/header-recorder.js';
import { listStatus, opencode, resolvedMcp } from '../helpers/opencode.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const SECRET = 'opencode-Sekr3t-value-7c2e9a41';
const FROM_ENV = 'from-the-environment';

type Scope = 'project' | 'project-jsonc' | 'user' | 'xdg';

function spec(report: string, web: HeaderRecorder, scope: 'project' | 'user'): string {
  return `version: 1
targets:
  opencode: {scope: ${scope}}
servers:
  reporter:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}", "LIT", "FROM_ENV", "TOKEN"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      TOKEN: \${secret:oracle/token}
    opencode: {timeout: 60000}
  direct:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}.direct", "LIT", "FROM_ENV", "UNSET"]
    env:
      LIT: plain
      FROM_ENV: \${env:ORACLE_X}
      UNSET: \${env:ORACLE_UNSET}
    opencode: {timeout: 60000}
  braces:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}.braces", "{env:HOME}"]
    opencode: {timeout: 60000}
  web:
    url: ${web.url}
    headers: {X-Lit: v1, X-From-Env: "Bearer \${env:ORACLE_X}"}
`;
}

async function oracle(scope: Scope): Promise<void> {
  const root = tempDir('mcpctl-opencode-');
  const home = join(root, 'home');
  const dir = join(root, 'proj');
  const xdg = join(root, 'xdg');
  mkdirSync(home);
  mkdirSync(dir);
  const env: Record<string, string> = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  if (scope === 'xdg') env['XDG_CONFIG_HOME'] = xdg;
  const existing = join(dir, 'opencode.jsonc');
  const original = '{\n  "$schema": "https://opencode.ai/config.json",\n  // mine\n  "autoupdate": false,\n}\n';
  if (scope === 'project-jsonc') writeFileSync(existing, original);
  assert.is(mcpctl(['secret', 'set', 'oracle/token'], { cwd: dir, env, input: SECRET }).code, 0);

  const report = join(root, 'report.json');
  const web = await headerRecorder();
  try {
    writeFileSync(join(dir, 'mcp.yaml'), spec(report, web, scope.startsWith('project') ? 'project' : 'user'));
    const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
    assert.is(apply.code, 0, apply.stderr + apply.stdout);
    assert.not.ok((apply.stdout + apply.stderr).includes(SECRET));
    const written = {
      project: join(dir, 'opencode.json'),
      'project-jsonc': existing,
      user: join(home, '.config', 'opencode', 'opencode.jsonc'),
      xdg: join(xdg, 'opencode', 'opencode.jsonc'),
    }[scope];
    const text = readFileSync(written, 'utf8');
    if (scope === 'project-jsonc') {
      assert.not.ok(existsSync(join(dir, 'opencode.json')), 'opencode.json written beside the .jsonc');
      assert.ok(
        text.startsWith('{\n  "$schema": "https://opencode.ai/config.json",\n  // mine\n  "autoupdate": false,\n'),
      );
    } else assert.ok(text.startsWith('{\n  "$schema": "https://opencode.ai/config.json",\n  "mcp": {\n'), text);
    const before = readFileSync(written);

    const o = { cwd: dir, env: { ...env, ORACLE_X: FROM_ENV } };
    const mcp = await resolvedMcp(o);
    assert.equal(Object.keys(mcp), ['reporter', 'direct', 'braces', 'web']);
    assert.equal(mcp['direct'], {
      type: 'local',
      command: [process.execPath, REPORTER, `${report}.direct`, 'LIT', 'FROM_ENV', 'UNSET'],
      environment: { LIT: 'plain', FROM_ENV, UNSET: '' },
      timeout: 60000,
    });
    const reporter = mcp['reporter'] as { command: string[]; environment: Record<string, string> };
    assert.equal(reporter.command.slice(0, 5), [process.execPath, BIN, 'exec', '--server', 'reporter']);
    assert.ok(reporter.command.includes('TOKEN=%24%7Bsecret:oracle/token}'), JSON.stringify(reporter.command));
    assert.equal(reporter.environment, { LIT: 'plain', FROM_ENV });
    const braces = mcp['braces'] as { command: string[] };
    assert.ok(braces.command.includes('%7Benv:HOME}'), JSON.stringify(braces.command));
    assert.equal(mcp['web'], { type: 'remote', url: web.url, headers: { 'X-Lit': '***', 'X-From-Env': '***' } });

    const list = await opencode(['mcp', 'list'], o);
    assert.is(list.code, 0, list.stderr);
    const status = listStatus(list.stdout);
    for (const n of ['reporter', 'direct', 'braces']) assert.is(status.get(n), 'connected', list.stdout);
    assert.equal(JSON.parse(readFileSync(report, 'utf8')).env, { LIT: 'plain', FROM_ENV, TOKEN: SECRET });
    assert.equal(JSON.parse(readFileSync(`${report}.direct`, 'utf8')).env, { LIT: 'plain', FROM_ENV, UNSET: '' });
    assert.equal(JSON.parse(readFileSync(`${report}.braces`, 'utf8')).argv, [`${report}.braces`, '{env:HOME}']);
    assert.ok(
      web.seen.some((h) => h['x-lit'] === 'v1' && h['x-from-env'] === `Bearer ${FROM_ENV}`),
      JSON.stringify(web.seen),
    );

    assert.ok(readFileSync(written).equals(before), 'opencode left the file as mcpctl wrote it');
    for (const f of [...allFiles(home), ...allFiles(dir), ...allFiles(xdg)]) {
      if (f.endsWith('.age')) continue;
      assert.not.ok(readFileSync(f, 'latin1').includes(SECRET), f);
    }
  } finally {
    web.close();
  }
}

for (const scope of ['project', 'project-jsonc', 'user', 'xdg'] as const) {
  test(`${scope}: opencode debug config resolves every server, and mcp list starts them with their values`, () =>
    oracle(scope));
}

test.run();
