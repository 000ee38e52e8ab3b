// The pure parts of the probe: the environment and headers Codex builds, reading a server table, the
// classification of network errors, the checks, the pool.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALPHABET, rand } from '../secrets/_gen.js';
import { STORE_ENV } from '../../src/core/compile/codex.js';
import { relativeAge } from '../../src/core/render/age.js';
import { neutralizeControls } from '../../src/core/render/terminal-safe.js';
import { checkHandshake } from '../../src/probe/checks.js';
import { codexHttpHeaders, codexStdioEnv } from '../../src/probe/codex-env.js';
import { diagnose, networkCode } from '../../src/probe/diagnose.js';
import { unsetVariables } from '../../src/probe/needs.js';
import { runPool } from '../../src/probe/pool.js';
import { redactor } from '../../src/probe/redact.js';
import { probeSpecOf } from '../../src/probe/spec.js';
import type { Observed } from '../../src/core/probe-types.js';

test('stdio env: the default variables that are set, then env_vars, then the literal env table', () => {
  const parent = {
    HOME: '/h',
    PATH: '/bin',
    LANG: 'C.UTF-8',
    SECRET_NOT_FORWARDED: 'x',
    GITHUB_TOKEN: 't',
    NODE_OPTIONS: '--x',
  };
  assert.equal(codexStdioEnv({ env: { LOG: 'info', HOME: '/override' }, envVars: ['GITHUB_TOKEN', 'UNSET'] }, parent), {
    HOME: '/override',
    PATH: '/bin',
    LANG: 'C.UTF-8',
    GITHUB_TOKEN: 't',
    LOG: 'info',
  });
});

test('HTTP headers: static, env (blank skipped, unset reported), helper, bearer', () => {
  const h = codexHttpHeaders(
    {
      httpHeaders: { 'X-Team': 'a' },
      envHttpHeaders: { 'X-Key': 'KEY', 'X-Blank': 'BLANK', 'X-None': 'NONE' },
      bearerTokenEnvVar: 'TOK',
    },
    { KEY: 'k', BLANK: ' ', TOK: 'tok' },
    { 'X-Helper': 'h' },
  );
  assert.equal(h.headers, { 'X-Team': 'a', 'X-Key': 'k', 'X-Helper': 'h', Authorization: 'Bearer tok' });
  assert.equal(h.sources['authorization'], 'bearer_token_env_var (TOK)');
  assert.equal(
    h.unset.map((u) => u.envVar),
    ['BLANK', 'NONE'],
  );
});

test('a server table: legacy startup_timeout_ms, env_vars tables, a remote variable refused, both transports refused', () => {
  const s = probeSpecOf('a', {
    command: 'x',
    env_vars: ['A', { name: 'B', source: 'local' }],
    startup_timeout_ms: 2500,
  });
  assert.is(s.transport, 'stdio');
  assert.is(s.startupTimeoutSec, 2.5);
  assert.equal(s.transport === 'stdio' ? s.envVars : null, ['A', 'B']);
  assert.is(probeSpecOf('a', { command: 'x', startup_timeout_sec: 4, startup_timeout_ms: 2500 }).startupTimeoutSec, 4);
  assert.is(probeSpecOf('a', { command: 'x' }).startupTimeoutSec, 10);
  assert.match(
    probeSpecOf('a', { command: 'x', env_vars: [{ name: 'R', source: 'remote' }] }).problems.join(),
    /remote/,
  );
  assert.match(probeSpecOf('a', { command: 'x', url: 'http://h' }).problems.join(), /both command and url/);
  const h = probeSpecOf('h', { url: 'https://h/mcp', bearer_token_env_var: 'T', enabled: false });
  assert.is(h.transport, 'http');
  assert.is(h.enabled, false);
});

test('network failures are classified from the error cause chain (no traffic needed)', () => {
  const fetchFailed = (code: string) =>
    Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(`getaddrinfo ${code} mcp.example.invalid`), { code }),
    });
  assert.is(networkCode(fetchFailed('ENOTFOUND')), 'ENOTFOUND');
  assert.is(networkCode(new Error('plain')), null);
  const obs: Observed = {
    step: 'initialize',
    error: fetchFailed('ENOTFOUND'),
    timedOut: false,
    spawnError: null,
    exit: null,
    stderrTail: [],
    firstStdout: '',
    noiseLines: [],
    sawJsonRpc: false,
    tooLarge: null,
    http: [],
  };
  const spec = probeSpecOf('remote', { url: 'https://mcp.example.invalid/mcp' });
  const ctx = { timeoutMs: 1000, path: '', cwd: '/', foundElsewhere: null, headers: null, redact: (s: string) => s };
  const dns = diagnose(spec, obs, ctx);
  assert.is(dns.kind, 'dns');
  assert.match(dns.message, /cannot resolve mcp\.example\.invalid/);
  assert.is(diagnose(spec, { ...obs, error: fetchFailed('CERT_HAS_EXPIRED') }, ctx).kind, 'tls');
  assert.match(diagnose(spec, { ...obs, error: fetchFailed('CERT_HAS_EXPIRED') }, ctx).hint, /expired/);
  assert.is(diagnose(spec, { ...obs, error: fetchFailed('ECONNRESET') }, ctx).kind, 'network');
});

test('checks: protocol versions Codex knows raise nothing; an unknown one warns', () => {
  const spec = probeSpecOf('a', { command: 'x' });
  for (const v of ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'])
    assert.equal(checkHandshake(spec, { tools: [], protocolVersion: v, startupMs: 10, noiseLines: [] }), []);
  assert.equal(
    checkHandshake(spec, { tools: [], protocolVersion: '1.0', startupMs: 10, noiseLines: [] }).map((f) => [
      f.code,
      f.severity,
    ]),
    [['protocol-version', 'warn']],
  );
  assert.equal(
    checkHandshake(spec, { tools: [], protocolVersion: null, startupMs: 8000, noiseLines: [] }).map((f) => [
      f.code,
      f.severity,
    ]),
    [['slow-startup', 'warn']],
  );
});

test('redaction: known values first, then anything token-shaped', () => {
  const token = `ghp_${rand(ALPHABET.alnum, 36)}`;
  const r = redactor(['hunter2-but-longer']);
  assert.is(r(`pw=hunter2-but-longer and ${token}`), 'pw=(sensitive) and (sensitive)');
});

test("needed variables: each read where Codex puts it (launcher and helper environments), fallbacks and the store's optional variables left alone", () => {
  const parent = { HOME: '/h', PATH: '/bin', NOT_FORWARDED: 'v', BLANK: ' ', SETK: 'k' };
  const launcher = probeSpecOf('l', {
    command: '/node',
    args: [
      '/m.cjs',
      'exec',
      '--server',
      'l',
      '--env',
      'A=a-${env:NOT_FORWARDED}',
      '--env',
      'B=${env:GONE | value:x}',
      '--keep',
      'XDG_CONFIG_HOME',
      '--',
      'srv',
    ],
    env_vars: [...STORE_ENV, 'FWD'],
  });
  assert.equal(
    unsetVariables(launcher, parent).map((u) => [u.name, u.setButNotPassed]),
    [
      ['XDG_CONFIG_HOME', false],
      ['FWD', false],
      ['NOT_FORWARDED', true],
    ],
  );
  const http = probeSpecOf('h', {
    url: 'https://h/mcp',
    bearer_token_env_var: 'BLANK',
    env_http_headers: { 'X-K': 'SETK' },
    http_headers_helper:
      "'/node' '/m.cjs' headers --server h --header 'X-T=t-${env:HOME}' --header 'X-U=u-${env:SETK}'",
  });
  assert.equal(
    unsetVariables(http, parent).map((u) => [u.name, u.setButNotPassed]),
    [
      ['BLANK', false],
      ['SETK', true],
    ],
  );
  assert.equal(
    unsetVariables(probeSpecOf('p', { command: 'docker', args: ['exec', '--env', 'X=${env:NOPE}', 'c'] }), parent),
    [],
    'not the launcher: its arguments are not templates',
  );
});

test('control characters and bidi overrides become visible escapes; tabs and text stay', () => {
  assert.is(neutralizeControls('a\u001b[2J\tb\u202ec\u009b1m\nd ✔'), 'a\\x1b[2J\tb\\u202ec\\x9b1m\\x0ad ✔');
});

test('pool: never more than the limit at once, results in order', async () => {
  let running = 0;
  let peak = 0;
  const out = await runPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, 5 * (8 - n)));
    running--;
    return n * 10;
  });
  assert.is(peak, 3);
  assert.equal(out, [10, 20, 30, 40, 50, 60, 70]);
});

test('relative age', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  assert.is(relativeAge('2026-11-29T11:59:30Z', now), 'just now');
  assert.is(relativeAge('2026-11-29T11:30:00Z', now), '30 min ago');
  assert.is(relativeAge('2026-11-27T11:00:00Z', now), '2 d ago');
});

test.run();
