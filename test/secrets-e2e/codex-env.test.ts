// End to end under Codex's real environments: the headers helper gets only HOME, TERM, PATH, LANG, SHELL and
// PWD (no XDG_*, no DBUS_SESSION_BUS_ADDRESS, no MCPCTL_*, no env_vars), a stdio server only Codex's default
// variables plus env_vars. The real Codex (app-server) starts every server; what reaches them is checked.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import type { RunResult } from '../helpers/cli.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const WITH_KEYRING = join(ROOT, 'test', 'helpers', 'with-keyring.sh');

function httpSpec(url: string): string {
  return `version: 1\nservers:\n  remote:\n    url: ${url}\n    headers:\n      Authorization: "Bearer \${secret:e2e/token}"\n      X-Team: "team-\${secret:e2e/team}"\n`;
}

test('composed ${env:} in args and env reach a stdio server under Codex; the variable itself does not', async () => {
  const home = tempDir('mcpctl-e2e-env-');
  const report = join(home, 'report.json');
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nservers:\n  reporter:\n    command: ${process.execPath}\n    args: ["${REPORTER}", "${report}", "U", "T", "--token=\${env:T}"]\n    env:\n      U: "https://u:\${env:T}@x"\n`,
  );
  const apply = mcpctl(['apply', '--yes'], { cwd: home, env: { HOME: home } });
  assert.is(apply.code, 0, apply.stderr);
  const status = await codexServerStatus(home, { T: 'tok-123' });
  const reporter = status.find((s) => s.name === 'reporter');
  assert.is(reporter?.toolsError ?? null, null, reporter?.toolsError ?? JSON.stringify(status));
  const got = JSON.parse(readFileSync(report, 'utf8'));
  assert.is(got.env.U, 'https://u:tok-123@x');
  assert.is(got.env.T, null);
  assert.ok(got.argv.includes('--token=tok-123'), JSON.stringify(got.argv));
});

test('a composed ${env:} in a header is refused before anything is written: the helper could never read it', () => {
  const home = tempDir('mcpctl-e2e-env-');
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\nservers:\n  remote:\n    url: https://x.example/mcp\n    headers:\n      X-Team: "team-\${env:T}"\n`,
  );
  const apply = mcpctl(['apply', '--yes'], { cwd: home, env: { HOME: home, T: 'x' } });
  assert.is(apply.code, 2, apply.stderr);
  assert.match(apply.stderr, /E_REF: server "remote": header X-Team = "team-\$\{env:T\}" cannot be written/);
  assert.match(apply.stderr, /X-Team: "\$\{env:T\}", sent with env_http_headers/);
  assert.not.ok(existsSync(join(home, '.codex', 'config.toml')));
});

test("a file store moved with XDG_CONFIG_HOME, MCPCTL_SECRETS_FILE and MCPCTL_AGE_IDENTITY: Codex's helper finds it", async () => {
  const home = tempDir('mcpctl-e2e-env-');
  const env = {
    HOME: home,
    MCPCTL_SECRET_BACKEND: 'file',
    XDG_CONFIG_HOME: join(home, 'elsewhere-config'),
    MCPCTL_SECRETS_FILE: join(home, 'vault', 'team.age'),
    MCPCTL_AGE_IDENTITY: join(home, 'vault', 'key.txt'),
  };
  const token = `lin_api_${rand(ALPHABET.alnum, 40)}`;
  assert.is(mcpctl(['secret', 'set', 'e2e/token'], { env, input: token }).code, 0);
  assert.is(mcpctl(['secret', 'set', 'e2e/team'], { env, input: 'blue' }).code, 0);
  const rec = await headerRecorder();
  try {
    writeFileSync(join(home, 'mcp.yaml'), httpSpec(rec.url));
    const apply = mcpctl(['apply', '--yes'], { cwd: home, env });
    assert.is(apply.code, 0, apply.stderr);
    const config = readFileSync(join(home, '.codex', 'config.toml'), 'utf8');
    assert.not.ok(config.includes(token));
    // Codex itself runs with none of the store's variables: the line carries them
    await codexServerStatus(home);
    assert.ok(rec.seen.length > 0, 'Codex did not call the server: the helper failed');
    assert.is(rec.seen[0]?.['authorization'], `Bearer ${token}`);
    assert.is(rec.seen[0]?.['x-team'], 'team-blue');
  } finally {
    rec.close();
  }
});

test('a helper that cannot run the way Codex runs it: plan says apply would refuse, apply refuses with E_HELPER and writes nothing', () => {
  const home = tempDir('mcpctl-e2e-env-');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  assert.is(mcpctl(['secret', 'set', 'e2e/token'], { env, input: 'tok' }).code, 0);
  assert.is(mcpctl(['secret', 'set', 'e2e/team'], { env, input: 'blue' }).code, 0);
  writeFileSync(join(home, 'mcp.yaml'), httpSpec('https://x.example/mcp'));
  // a packager's launcher that is not where it says: Codex's sh would not find it either
  const plan = mcpctl(['plan', '--detailed-exitcode'], {
    cwd: home,
    env: { ...env, MCPCTL_LAUNCHER: join(home, 'no-such-mcpctl') },
  });
  assert.is(plan.code, 1, plan.stdout + plan.stderr);
  assert.match(
    plan.stderr,
    /error E_HELPER: server "remote": http_headers_helper exited with code 127 when run as Codex runs it/,
  );
  assert.match(plan.stdout, /Apply would refuse this plan/);
  const apply = mcpctl(['apply', '--yes'], {
    cwd: home,
    env: { ...env, MCPCTL_LAUNCHER: join(home, 'no-such-mcpctl') },
  });
  assert.is(apply.code, 1, apply.stderr);
  assert.match(apply.stderr, /E_HELPER/);
  assert.match(apply.stderr, /server "remote": http_headers_helper exited with code 127 when run as Codex runs it/);
  assert.match(apply.stderr, /only HOME, TERM, PATH, LANG, SHELL and PWD/);
  assert.not.ok(existsSync(join(home, '.codex', 'config.toml')));
});

/** A D-Bus session with an unlocked gnome-keyring that stays up until stop() (test/helpers/with-keyring.sh). */
async function keyringSession(home: string): Promise<{ bus: string; stop: () => Promise<void> }> {
  const busFile = join(home, 'bus-address');
  const stopFile = join(home, 'stop-session');
  const child = spawn(
    'sh',
    [
      WITH_KEYRING,
      'sh',
      '-c',
      'printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$1"; while [ ! -e "$2" ]; do sleep 0.1; done',
      'session',
      busFile,
      stopFile,
    ],
    {
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home },
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  for (let i = 0; i < 300 && !existsSync(busFile); i++) await new Promise((r) => setTimeout(r, 50));
  const bus = readFileSync(busFile, 'utf8');
  return {
    bus,
    stop: async () => {
      writeFileSync(stopFile, '');
      await exited;
    },
  };
}

test("the keychain on a per-session bus (dbus-run-session): Codex's helper reaches it without DBUS_SESSION_BUS_ADDRESS", async () => {
  const home = tempDir('mcpctl-e2e-keyring-');
  const session = await keyringSession(home);
  const rec = await headerRecorder();
  try {
    const env = { HOME: home, DBUS_SESSION_BUS_ADDRESS: session.bus };
    const token = `lin_api_${rand(ALPHABET.alnum, 40)}`;
    const set = mcpctl(['secret', 'set', 'e2e/token'], { env, input: token });
    assert.match(set.stdout, /in the OS keychain/, set.stderr);
    assert.is(mcpctl(['secret', 'set', 'e2e/team'], { env, input: 'blue' }).code, 0);
    writeFileSync(join(home, 'mcp.yaml'), httpSpec(rec.url));
    const apply: RunResult = mcpctl(['apply', '--yes'], { cwd: home, env });
    assert.is(apply.code, 0, apply.stderr);
    // Codex has the bus (a desktop session does); its helper does not get it
    await codexServerStatus(home, { DBUS_SESSION_BUS_ADDRESS: session.bus });
    assert.ok(rec.seen.length > 0, 'Codex did not call the server: the helper failed');
    assert.is(rec.seen[0]?.['authorization'], `Bearer ${token}`);
    assert.is(rec.seen[0]?.['x-team'], 'team-blue');
  } finally {
    rec.close();
    await session.stop();
  }
});

test('mcpctl test: a launcher or helper that misses a secret the store holds is told as the store it cannot reach, not "set it"', () => {
  const home = tempDir('mcpctl-e2e-env-');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file', XDG_CONFIG_HOME: join(home, 'elsewhere') };
  assert.is(mcpctl(['secret', 'set', 'e2e/token'], { env, input: 'tok-value-1234' }).code, 0);
  // lines as an older mcpctl wrote them: nothing on them says where the store is
  mkdirSync(join(home, '.codex'));
  const config = join(home, '.codex', 'config.toml');
  writeFileSync(
    config,
    `[mcp_servers.remote]\nurl = "http://127.0.0.1:9/mcp"\nhttp_headers_helper = "${process.execPath} ${BIN} headers --server remote --header 'X=\${secret:e2e/token}'"\n\n` +
      `[mcp_servers.local]\ncommand = "${process.execPath}"\nargs = ["${BIN}", "exec", "--server", "local", "--env", "T=\${secret:e2e/token}", "--", "node", "-e", "0"]\n`,
  );
  const r = mcpctl(['test', '--config', config, '--json', '--timeout', '10'], { env });
  assert.is(r.code, 1, r.stderr);
  const doc = JSON.parse(r.stdout);
  for (const name of ['remote', 'local']) {
    const failure = doc.servers.find((x: { name: string }) => x.name === name)?.failure;
    assert.ok(failure, r.stdout);
    assert.match(
      failure.hint,
      /"e2e\/token" is set in the age file \S+elsewhere\/mcpctl\/secrets\.age, but .* opened another store/,
    );
    assert.not.match(failure.hint, /^set it with/);
  }
  assert.not.ok(r.stdout.includes('tok-value-1234'));
});

test('the launcher\'s "command not found" never prints a resolved secret', () => {
  const home = tempDir('mcpctl-e2e-env-');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const token = `ghp_${rand(ALPHABET.alnum, 36)}`;
  assert.is(mcpctl(['secret', 'set', 'e2e/token'], { env, input: token }).code, 0);
  const r = mcpctl(['exec', '--server', 's', '--templates', '--', 'no-such-tool-${secret:e2e/token}', '--x'], { env });
  assert.is(r.code, 127);
  assert.match(r.stderr, /command not found: no-such-tool-\(sensitive\)/);
  assert.not.ok(r.stderr.includes(token), r.stderr);
  const missing = mcpctl(['exec', '--templates', '--', `/nonexistent/\${secret:e2e/token}/bin`], { env });
  assert.not.ok(missing.stderr.includes(token), missing.stderr);
});

test.run();
