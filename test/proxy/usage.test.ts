// `mcpctl proxy` as a person or a client file starts it: the help, every bad command line refused with a clear
// error on stderr (stdout stays the protocol's: empty), the server of mcp.yaml by name, an unreachable server,
// a missing secret, and the launcher's own copy (what apply installs when mcpctl runs from npx's cache).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { freePort } from '../helpers/everything-http.js';
import { recordingServer } from '../helpers/recording-mcp-server.js';
import { viaProxy } from './_helpers.js';

const NO_STACK = /\n\s+at /;

test('--help says what it is, with examples; mcpctl --help lists it', () => {
  const help = mcpctl(['proxy', '--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /Usage: mcpctl proxy --url URL/);
  assert.match(help.stdout, /--header 'Authorization=Bearer \$\{secret:linear\/token\}'/);
  const all = mcpctl(['--help']);
  assert.match(all.stdout, /mcpctl proxy\s+Be a local \(stdio\) MCP server for a remote one/);
});

test('a bad command line: exit 2, one clear error on stderr, nothing on stdout, no stack trace', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--url'], /--url needs a value/],
    [['--header', 'Authorization=x'], /needs --url \(or --server NAME alone/],
    [['--url', 'ftp://example.test/mcp'], /must be an http or https URL, got ftp:/],
    [['--url', 'not a url'], /--url is not a URL: "not a url"/],
    [['--url', 'http://127.0.0.1:9/mcp', '--header', 'Authorization'], /--header takes NAME=TEMPLATE/],
    [['--url', 'http://127.0.0.1:9/mcp', '--transport', 'ws'], /--transport is http or sse, got "ws"/],
    [['--url', 'http://127.0.0.1:9/mcp', '--verbose'], /unknown option "--verbose" for mcpctl proxy/],
    // --flag=value reads as --flag value
    [['--url=http://127.0.0.1:9/mcp', '--transport=ws'], /--transport is http or sse, got "ws"/],
  ];
  for (const [args, message] of cases) {
    const r = mcpctl(['proxy', ...args]);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^mcpctl proxy: error E_USAGE: /);
    assert.match(r.stderr, message);
    assert.is(r.stdout, '');
    assert.not.match(r.stderr, NO_STACK);
  }
});

test('a missing secret stops it before any request, naming the secret and how to set it', async () => {
  const server = await recordingServer();
  try {
    const home = tempDir('mcpctl-proxy-home-');
    const r = mcpctl(['proxy', '--url', server.url, '--header', 'Authorization=Bearer ${secret:remote/none}'], {
      env: { HOME: home, MCPCTL_SECRET_BACKEND: 'file' },
    });
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, /error E_SECRET_MISSING: server|no value for \$\{secret:remote\/none\}/);
    assert.match(r.stderr, /mcpctl secret set remote\/none/);
    assert.is(r.stdout, '');
    assert.is(server.seen.length, 0, 'nothing was sent');
  } finally {
    await server.stop();
  }
});

test('an unreachable server: the client gets an error naming it, and the proxy exits 1', async () => {
  const port = await freePort();
  const p = await viaProxy(['--url', `http://127.0.0.1:${port}/mcp?key=q1`], { refused: true });
  assert.match(
    String(p.refused?.message),
    new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}/mcp \\(ECONNREFUSED\\)`),
  );
  assert.not.match(String(p.refused?.message), /key=q1/, 'the query (which may hold a key) is not shown');
  assert.is(await p.exited, 1);
  assert.match(p.stderr(), /cannot reach/);
  assert.not.match(p.stderr(), NO_STACK);
});

test('a value the URL takes from the environment (a key in its path) is masked in every message', async () => {
  const port = await freePort();
  const p = await viaProxy(['--url', `http://127.0.0.1:${port}/\${env:PATH_KEY}/mcp`], {
    env: { PATH_KEY: 'team42plainpathkey' },
    refused: true,
  });
  assert.match(String(p.refused?.message), /cannot reach http:\/\/127\.0\.0\.1:\d+\/\(sensitive\)\/mcp/);
  assert.is(await p.exited, 1);
  assert.not.match(String(p.refused?.message) + p.stderr(), /team42plainpathkey/);
});

test('--server NAME takes the url and headers from mcp.yaml; a local server or an unknown name is refused with file:line:col', async () => {
  const server = await recordingServer({ token: 'yaml-token-1234' });
  try {
    const dir = tempDir('mcpctl-proxy-spec-');
    writeFileSync(
      join(dir, 'mcp.yaml'),
      `version: 1\nservers:\n  local:\n    command: node\n  remote:\n    url: ${server.url}\n    headers:\n      Authorization: Bearer \${env:YAML_TOKEN}\n`,
    );
    const p = await viaProxy(['--server', 'remote'], { cwd: dir, env: { YAML_TOKEN: 'yaml-token-1234' } });
    const who = await p.client.callTool({ name: 'whoami' });
    assert.match(JSON.stringify(who), /Bearer yaml-token-1234/);
    await p.client.close();
    assert.is(await p.exited, 0);

    const local = mcpctl(['proxy', '--server', 'local'], { cwd: dir });
    assert.is(local.code, 2);
    assert.match(local.stderr, /mcp\.yaml:3:3/);
    assert.match(local.stderr, /server "local" is a local server \(command\), not a remote one/);
    const mixed = mcpctl(['proxy', '--server', 'remote', '--transport', 'sse'], { cwd: dir });
    assert.is(mixed.code, 2);
    assert.match(
      mixed.stderr,
      /--transport goes with --url: --server NAME alone takes the url and headers from mcp\.yaml/,
    );
    const unknown = mcpctl(['proxy', '--server', 'nope'], { cwd: dir });
    assert.is(unknown.code, 2);
    assert.match(unknown.stderr, /has no server "nope"/);
    assert.match(unknown.stderr, /its servers: local, remote/);
    for (const r of [local, unknown]) {
      assert.is(r.stdout, '');
      assert.not.match(r.stderr, NO_STACK);
    }
  } finally {
    await server.stop();
  }
});

test("the launcher's own copy runs the proxy too (what a client file points to after an apply from npx)", async () => {
  const server = await recordingServer();
  try {
    const p = await viaProxy(['--url', server.url], { script: join(ROOT, 'dist', 'cli', 'launcher.cjs') });
    assert.ok((await p.client.listTools()).tools.some((t) => t.name === 'whoami'));
    await p.client.close();
    assert.is(await p.exited, 0);
  } finally {
    await server.stop();
  }
});

test.run();
