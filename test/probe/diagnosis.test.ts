// Each broken server gets its own diagnosis: a fixture per failure (fixtures/servers/), probed through the
// CLI as a user would, checked for the kind of failure, the evidence and a next step.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttps } from 'node:https';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';
import { fixture, freePort, home, NODE, server, testJson, testJsonAsync, yamlString } from './_helpers.js';
import type { TestJson } from './_helpers.js';

// made up at run time: no value in this file looks like a credential
const SECRET = `correct-horse-${rand(ALPHABET.lower, 12)}`;
const WRONG_TOKEN = `wrong-${rand(ALPHABET.alnum, 24)}`;
let stdio: { code: number; doc: TestJson; stdout: string; stderr: string };
let http: { code: number; doc: TestJson; stdout: string; stderr: string };
/** Why the throw-away certificate could not be made (the TLS test fails with it), or null. */
let tlsError: string | null = null;

function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ port: number; close: () => void }> {
  const s = createServer(handler);
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      resolve({ port: a !== null && typeof a === 'object' ? a.port : 0, close: () => s.close() });
    }),
  );
}

test.before(async () => {
  const f = (name: string) => yamlString(fixture(name));
  const h = home(`version: 1
servers:
  crash:
    command: ${yamlString(NODE)}
    args: [${f('crash-on-start.mjs')}]
    env:
      FIXTURE_TOKEN: \${secret:fx/token}
  hang:
    command: ${yamlString(NODE)}
    args: [${f('hang-before-initialize.mjs')}, mcpctl-diag-hang]
  banner:
    command: ${yamlString(NODE)}
    args: [${f('banner-stdout.mjs')}]
  old:
    command: ${yamlString(NODE)}
    args: [${f('old-protocol.mjs')}]
  slow:
    command: ${yamlString(NODE)}
    args: [${f('slow-start.mjs')}, "1500"]
    startup_timeout_sec: 1
  missing:
    command: no-such-mcp-command-xyz
  missing-via-launcher:
    command: no-such-mcp-command-xyz
    env:
      RENAMED: \${env:HOME}
  not-mcp:
    command: ${yamlString(NODE)}
    args: ["-e", "console.log('Usage: some-cli [--port N]'); process.exit(0)"]
  tools:
    command: ${yamlString(NODE)}
    args: [${f('old-protocol.mjs')}, "2025-06-18"]
    enabled_tools: [alpha, gamma, delta]
    disabled_tools: [betta]
`);
  const env = { MCPCTL_SECRET_BACKEND: 'file' };
  const set = h.run(['secret', 'set', 'fx/token'], env, SECRET);
  if (set.code !== 0) throw new Error(set.stderr);
  stdio = testJson((args) => h.run(args, env), ['--timeout', '3', '--concurrency', '9']);

  const ok = await listen((req, res) => {
    if (req.url !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Cannot ${req.method} ${req.url}`);
      return;
    }
    res
      .writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': 'Bearer realm="fixture", error="invalid_token"',
      })
      .end('{"error":"unauthorized"}');
  });
  const closed = await freePort();
  const tls = await selfSignedServer().catch((err: unknown) => {
    tlsError = err instanceof Error ? err.message : String(err);
    return null;
  });
  const hh = home(`version: 1
servers:
  auth-unset:
    url: http://127.0.0.1:${ok.port}/mcp
    headers:
      Authorization: "Bearer \${env:FIXTURE_API_TOKEN}"
  auth-wrong:
    url: http://127.0.0.1:${ok.port}/mcp
    headers:
      Authorization: "Bearer \${env:FIXTURE_WRONG_TOKEN}"
  auth-none:
    url: http://127.0.0.1:${ok.port}/mcp
  wrong-path:
    url: http://127.0.0.1:${ok.port}/api/v1
  refused:
    url: http://127.0.0.1:${closed}/mcp
${tls ? `  tls:\n    url: https://127.0.0.1:${tls.port}/mcp\n` : ''}`);
  try {
    http = await testJsonAsync(hh.dir, ['--timeout', '5'], { FIXTURE_WRONG_TOKEN: WRONG_TOKEN });
  } finally {
    ok.close();
    tls?.close();
  }
});

test('crash on start: exit code, the last stderr lines, the secret redacted', () => {
  const s = server(stdio.doc, 'crash');
  assert.is(s.failure?.kind, 'exited-early');
  assert.is(s.failure?.details['exit_code'], 3);
  const lines = s.failure?.details['stderr'];
  assert.ok(
    Array.isArray(lines) && lines.some((l) => String(l).includes('the API rejected token (sensitive)')),
    JSON.stringify(lines),
  );
  assert.not.ok(stdio.stdout.includes(SECRET) || stdio.stderr.includes(SECRET), 'the secret never appears');
  assert.ok(s.failure?.hint);
});

test('gone before the first request (a shell that exits at once): its exit code and stderr, not the failed write', () => {
  // alone, so nothing else slows the start: the first write meets a closed pipe
  const { run } = home(
    'version: 1\nservers:\n  gone:\n    command: /bin/sh\n    args: ["-c", "echo \'npm error code E404\' >&2; exit 1"]\n',
  );
  const s = server(testJson(run).doc, 'gone');
  assert.is(s.failure?.kind, 'exited-early', JSON.stringify(s.failure));
  assert.is(s.failure?.details['exit_code'], 1);
  const lines = s.failure?.details['stderr'];
  assert.ok(
    Array.isArray(lines) && lines.some((l) => String(l).includes('npm error code E404')),
    JSON.stringify(lines),
  );
});

test('hangs before initialize: a timeout at the initialize step', () => {
  const s = server(stdio.doc, 'hang');
  assert.is(s.failure?.kind, 'timeout');
  assert.is(s.failure?.step, 'initialize');
  assert.match(s.failure?.message ?? '', /no answer to initialize within 3\.0 s/);
});

test('banner on stdout: healthy with a warning, since Codex skips the line', () => {
  const s = server(stdio.doc, 'banner');
  assert.is(s.status, 'warn');
  assert.equal(
    s.findings.map((f) => f.code),
    ['stdout-noise'],
  );
  assert.match(s.findings[0]?.message ?? '', /Banner Server v1\.2 ready on stdio/);
});

test('old protocol version: named, with what Codex speaks', () => {
  const s = server(stdio.doc, 'old');
  assert.is(s.protocol_version, '2024-10-07');
  assert.is(s.status, 'warn');
  assert.equal(
    s.findings.map((f) => f.code),
    ['protocol-version'],
  );
  assert.match(s.findings[0]?.message ?? '', /2024-10-07.*asks for 2025-06-18/);
  assert.equal(s.tools?.names, ['alpha', 'beta', 'gamma'], 'tools/list followed every page');
});

test('slow start-up: slower than startup_timeout_sec is a failure, with the time it took', () => {
  const s = server(stdio.doc, 'slow');
  assert.is(s.status, 'fail');
  assert.is(s.failure, null);
  const f = s.findings.find((x) => x.code === 'slow-startup');
  assert.is(f?.severity, 'error');
  assert.match(f?.message ?? '', /took 1\.\d s; Codex gives this server 1\.0 s/);
  assert.ok((s.timings_ms['startup'] ?? 0) >= 1400);
});

test('command not found: the PATH that was searched, and what to do', () => {
  const s = server(stdio.doc, 'missing');
  assert.is(s.failure?.kind, 'command-not-found');
  assert.is(s.failure?.step, 'spawn');
  assert.equal(s.failure?.details['path'], (process.env['PATH'] ?? '').split(':').filter(Boolean));
  assert.match(s.failure?.hint ?? '', /absolute path/);
});

test("command not found behind the launcher: same diagnosis, from the launcher's exit 127", () => {
  const s = server(stdio.doc, 'missing-via-launcher');
  assert.is(s.failure?.kind, 'command-not-found');
  assert.match(s.failure?.message ?? '', /no-such-mcp-command-xyz/);
  assert.ok(Array.isArray(s.failure?.details['path']));
});

test('not an MCP server: the first bytes it wrote', () => {
  const s = server(stdio.doc, 'not-mcp');
  assert.is(s.failure?.kind, 'not-mcp');
  assert.match(String(s.failure?.details['first_bytes']), /Usage: some-cli/);
});

test('enabled_tools / disabled_tools naming tools the server lacks', () => {
  const s = server(stdio.doc, 'tools');
  assert.is(s.status, 'fail');
  const msgs = s.findings.map((f) => `${f.code}: ${f.message} | ${f.hint}`);
  assert.ok(
    msgs.some((m) => m.startsWith('unknown-enabled-tool') && m.includes('"delta"')),
    msgs.join('\n'),
  );
  assert.ok(
    msgs.some(
      (m) => m.startsWith('unknown-disabled-tool') && m.includes('"betta"') && m.includes('did you mean "beta"'),
    ),
    msgs.join('\n'),
  );
  assert.not.ok(msgs.some((m) => m.includes('"alpha"') || m.includes('"gamma"')));
});

test('exit code 1 when any server fails; the JSON says which', () => {
  assert.is(stdio.code, 1);
  assert.not.ok(stdio.doc.healthy);
});

test('the bearer variable unset: named before any request (test/probe/needs.test.ts has the rest)', () => {
  const s = server(http.doc, 'auth-unset');
  assert.is(s.failure?.kind, 'env-unset');
  assert.equal(s.failure?.details['unset_env_vars'], ['FIXTURE_API_TOKEN']);
  assert.match(s.failure?.message ?? '', /^FIXTURE_API_TOKEN is not set: bearer_token_env_var/);
});

test('HTTP 401 with a refused token: says which header and variable carried it, never the token', () => {
  const s = server(http.doc, 'auth-wrong');
  assert.is(s.failure?.kind, 'http-auth');
  assert.match(
    s.failure?.hint ?? '',
    /Authorization header \(from bearer_token_env_var \(FIXTURE_WRONG_TOKEN\)\) was refused/i,
  );
  assert.not.ok(http.stdout.includes(WRONG_TOKEN) || http.stderr.includes(WRONG_TOKEN));
});

test('HTTP 401 with no credential configured: how to add one', () => {
  const s = server(http.doc, 'auth-none');
  assert.is(s.failure?.kind, 'http-auth');
  assert.match(s.failure?.hint ?? '', /Authorization: "Bearer \$\{env:TOKEN\}"/);
});

test('wrong URL path: 404, with the usual paths', () => {
  const s = server(http.doc, 'wrong-path');
  assert.is(s.failure?.kind, 'http-not-found');
  assert.match(s.failure?.hint ?? '', /\/mcp/);
});

test('nothing listening: connection refused', () => {
  assert.is(server(http.doc, 'refused').failure?.kind, 'connection-refused');
});

test('TLS: a self-signed certificate on loopback', () => {
  if (tlsError !== null)
    throw new Error(
      `this test needs openssl to make a throw-away certificate: apt-get install -y openssl (${tlsError})`,
    );
  const s = http.doc.servers.find((x) => x.name === 'tls');
  assert.ok(s, 'the tls server was probed');
  assert.is(s.failure?.kind, 'tls');
  assert.match(s.failure?.message ?? '', /SELF_SIGNED|DEPTH_ZERO/);
});

/** An HTTPS server on loopback with a throw-away self-signed certificate (made with openssl at test time). */
async function selfSignedServer(): Promise<{ port: number; close: () => void }> {
  const dir = tempDir('mcpctl-tls-');
  mkdirSync(dir, { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'k.pem'),
      '-out',
      join(dir, 'c.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const s = createHttps(
    { key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) },
    (_req, res) => res.end('{}'),
  );
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      resolve({ port: a !== null && typeof a === 'object' ? a.port : 0, close: () => s.close() });
    }),
  );
}

test.run();
