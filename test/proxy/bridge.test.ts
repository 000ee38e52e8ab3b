// `mcpctl proxy` between two real ends: the official SDK's client starts it as a stdio server, as a client
// that reads only local servers would, and it forwards to a real remote-style server on loopback —
// server-everything (the reference server) over streamable HTTP and SSE, and an SDK server that records what
// reached it. Every kind of message passes (requests, responses, progress, cancellation, the server's own
// requests), headers come from the secret store, and either side closing ends it with no process left.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { startEverythingHttp } from '../helpers/everything-http.js';
import { recordingServer } from '../helpers/recording-mcp-server.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import {
  alive,
  answeringClient,
  commandLine,
  direct,
  INITIALIZE,
  rawProxy,
  ROOTS,
  SAMPLED,
  viaProxy,
  within,
} from './_helpers.js';

const TOKEN = 'rmt_BridgeCanary9f3c1a7e5b2d4068';

const text = (r: unknown) =>
  ((r as { content?: Array<{ type: string; text?: string }> }).content ?? []).map((c) => c.text ?? '').join('');

test('through the proxy a client sees server-everything as it would directly: tools, calls, progress, sampling, roots', async () => {
  const server = await startEverythingHttp('streamableHttp');
  const url = `http://127.0.0.1:${server.port}/mcp`;
  try {
    const straight = await direct(url);
    const p = await viaProxy(['--url', url]);
    // the same server, as the same client sees it: identity, capabilities, and the tools it offers such a client
    assert.equal(p.client.getServerVersion(), straight.getServerVersion());
    assert.equal(p.client.getServerCapabilities(), straight.getServerCapabilities());
    const names = (await p.client.listTools()).tools.map((t) => t.name).sort();
    assert.equal(names, (await straight.listTools()).tools.map((t) => t.name).sort());
    assert.ok(names.includes('trigger-sampling-request'), 'registered for a client that can sample');
    await straight.close();

    assert.is(text(await p.client.callTool({ name: 'echo', arguments: { message: 'über ✓' } })), 'Echo: über ✓');
    const progress: number[] = [];
    const long = await p.client.callTool(
      { name: 'trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } },
      undefined,
      { onprogress: (n) => progress.push(n.progress) },
    );
    assert.match(text(long), /completed/);
    // the last notification and the response leave the server together: the SDK's client handles a
    // notification a tick after a response read with it, so it may drop the last one, whatever the transport
    // (the recording server below spaces them and gets all three)
    assert.equal(progress.slice(0, 2), [1, 2]);
    assert.ok(progress.length <= 3 && progress.every((n, i) => n === i + 1), JSON.stringify(progress));
    // the server's own requests come back through the proxy, and the client's answers go out through it
    const sampled = await p.client.callTool({
      name: 'trigger-sampling-request',
      arguments: { prompt: 'hi', maxTokens: 5 },
    });
    assert.match(JSON.stringify(sampled), new RegExp(SAMPLED));
    const roots = await p.client.callTool({ name: 'get-roots-list', arguments: {} });
    assert.match(text(roots), new RegExp(ROOTS[0]?.uri ?? '-'));

    await p.client.close();
    assert.is(await p.exited, 0, p.stderr());
    assert.not.ok(alive(p.pid));
    assert.is(p.stderr(), '', 'a clean run writes nothing to stderr');
  } finally {
    server.stop();
  }
});

test('headers come from the secret store at start: the server gets them, no command line, output or log holds the value', async () => {
  const server = await recordingServer({ token: TOKEN });
  try {
    const home = tempDir('mcpctl-proxy-home-');
    const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
    assert.is(mcpctl(['secret', 'set', 'remote/token'], { cwd: home, env, input: TOKEN }).code, 0);
    const p = await viaProxy(
      ['--server', 'remote', '--url', server.url, '--header', 'Authorization=Bearer ${secret:remote/token}'],
      { env },
    );
    assert.is(text(await p.client.callTool({ name: 'whoami' })), `Bearer ${TOKEN}`);
    assert.not.match(commandLine(p.pid), TOKEN);
    // after the handshake every request names the protocol version the server chose (the proxy tells its transport)
    const after = server.seen.filter((s) => s.method === 'POST').slice(1);
    assert.ok(after.length >= 2);
    for (const s of after) assert.is(s.headers['mcp-protocol-version'], LATEST_PROTOCOL_VERSION);
    assert.ok(server.seen.every((s) => s.headers['authorization'] === `Bearer ${TOKEN}`));
    await p.client.close();
    assert.is(await p.exited, 0);
    assert.not.match(p.stderr(), TOKEN);
  } finally {
    await server.stop();
  }
});

test('cancellation and progress pass through; closing the client ends the session on the server and the process', async () => {
  const server = await recordingServer();
  try {
    const p = await viaProxy(['--url', server.url]);
    const progress: number[] = [];
    assert.is(
      text(await p.client.callTool({ name: 'steps' }, undefined, { onprogress: (n) => progress.push(n.progress) })),
      'done',
    );
    assert.equal(progress, [1, 2, 3]);
    assert.is(text(await p.client.callTool({ name: 'ask' })), SAMPLED);

    const abort = new AbortController();
    const waiting = p.client.callTool({ name: 'wait' }, undefined, { signal: abort.signal });
    await new Promise((r) => setTimeout(r, 200));
    abort.abort('enough');
    await waiting.then(
      () => assert.unreachable('a cancelled call does not resolve'),
      () => undefined,
    );
    for (let i = 0; i < 50 && !server.cancelled.length; i++) await new Promise((r) => setTimeout(r, 20));
    assert.is(server.cancelled.length, 1, 'the server saw notifications/cancelled');

    await p.client.close();
    assert.is(await p.exited, 0);
    assert.is(server.ended.length, 1, 'the proxy ended its session with DELETE');
  } finally {
    await server.stop();
  }
});

test('stopped by the client with SIGTERM: the session is ended on the server and the proxy exits 0', async () => {
  const server = await recordingServer();
  try {
    const p = await viaProxy(['--url', server.url]);
    assert.ok((await p.client.listTools()).tools.length > 0);
    process.kill(p.pid, 'SIGTERM');
    assert.is(await p.exited, 0);
    assert.is(server.ended.length, 1, 'the proxy ended its session with DELETE');
    assert.is(p.stderr(), '');
  } finally {
    await server.stop();
  }
});

test('the server ending the session or going away: what waits is answered with an error, the proxy exits 1', async () => {
  const server = await recordingServer();
  try {
    const p = await viaProxy(['--url', server.url]);
    let closed = false;
    p.client.onclose = () => (closed = true);
    assert.is(text(await p.client.callTool({ name: 'bye' })), 'bye');
    await new Promise((r) => setTimeout(r, 100));
    const err = await p.client.listTools().then(
      () => null,
      (e: Error) => e,
    );
    assert.match(String(err?.message), /ended the session \(HTTP 404\)/);
    assert.is(await p.exited, 1);
    for (let i = 0; i < 50 && !closed; i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(closed, 'the client saw the server close');
    assert.match(p.stderr(), /mcpctl proxy: .*ended the session/);

    const q = await viaProxy(['--url', server.url]);
    await server.stop();
    const gone = await q.client.listTools().then(
      () => null,
      (e: Error) => e,
    );
    // the request is answered with why — refused, or the kept-alive connection closed as the server stopped — or,
    // when the lost event stream told the proxy first, it has closed
    const why = /cannot reach http:\/\/127\.0\.0\.1:\d+\/mcp \((ECONNREFUSED|the server closed the connection)\)/;
    assert.match(String(gone?.message), new RegExp(`${why.source}|Connection closed`), String(gone?.message));
    assert.is(await q.exited, 1);
    assert.match(q.stderr(), new RegExp(`mcpctl proxy: ${why.source}`), q.stderr());
  } finally {
    await server.stop();
  }
});

test("a server's error page is masked: a token it echoes never reaches the client or the log", async () => {
  const server = await recordingServer({ token: 'the-right-one' });
  try {
    const wrong = 'ghp_WrongTokenCanary0123456789abcdefABCD';
    const p = await viaProxy(['--url', server.url, '--header', 'Authorization=Bearer ${env:REMOTE_TOKEN}'], {
      env: { REMOTE_TOKEN: wrong },
      refused: true,
    });
    const err = p.refused;
    assert.ok(err, 'a refused initialize is an error');
    assert.match(String(err?.message), /mcpctl proxy: HTTP 401: unauthorized: got "\(sensitive\)"/);
    assert.match(String(err?.message), /refused the credentials/);
    assert.not.match(String(err?.message), wrong);
    assert.ok(
      server.seen.some((s) => s.headers['authorization'] === `Bearer ${wrong}`),
      'the value was sent',
    );
    await p.transport.close();
    assert.is(await p.exited, 0);
    assert.match(p.stderr(), /mcpctl proxy: HTTP 401/);
    assert.not.match(p.stderr(), wrong);
  } finally {
    await server.stop();
  }
});

test('stdout carries protocol only: a line that is not JSON-RPC is reported on stderr and the rest goes on', async () => {
  const server = await recordingServer();
  try {
    const raw = rawProxy(['--url', server.url]);
    const { child, send } = raw;
    send(INITIALIZE);
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send('this is not json');
    send({ jsonrpc: '2.0', id: 'two', method: 'tools/list' });
    for (let i = 0; i < 200 && raw.out().split('\n').filter(Boolean).length < 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    child.stdin.end();
    assert.ok(await within(raw.exited, 5000), 'stdin closed: the proxy ends');
    assert.is(await raw.exited, 0);
    const lines = raw
      .out()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: unknown; jsonrpc: string });
    assert.equal(
      lines.map((l) => [l.jsonrpc, l.id]),
      [
        ['2.0', 1],
        ['2.0', 'two'],
      ],
    );
    assert.match(raw.err(), /ignored a message from the client/);
  } finally {
    await server.stop();
  }
});

test('a server that answers the optional event stream (GET) with 404 keeps its session: only a 404 to a request ends it', async () => {
  const server = await recordingServer({ getStatus: 404 });
  try {
    const p = await viaProxy(['--url', server.url]);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok((await p.client.listTools()).tools.length > 0);
    assert.is(text(await p.client.callTool({ name: 'whoami' })), '');
    assert.ok(
      server.seen.some((x) => x.method === 'GET'),
      'the stream was asked for',
    );
    await p.client.close();
    assert.is(await p.exited, 0);
  } finally {
    await server.stop();
  }
});

test('what the client sent just before it closed stdin is still delivered and answered', async () => {
  const server = await recordingServer();
  try {
    const raw = rawProxy(['--url', server.url]);
    raw.child.stdin.end(`${JSON.stringify(INITIALIZE)}\n`);
    assert.is(await raw.exited, 0);
    const reply = JSON.parse(raw.out().trim()) as { id: number; result: { protocolVersion: string } };
    assert.equal([reply.id, reply.result.protocolVersion], [1, '2025-06-18']);
    assert.is(server.ended.length, 1, 'and the session it opened is ended');
  } finally {
    await server.stop();
  }
});

test('an SSE server that goes away with a call in flight: the call is answered with an error and the proxy exits 1', async () => {
  const server = await startEverythingHttp('sse');
  const p = await viaProxy(['--url', `http://127.0.0.1:${server.port}/sse`, '--transport', 'sse']);
  const call = p.client
    .callTool({ name: 'trigger-long-running-operation', arguments: { duration: 30, steps: 3 } })
    .then(
      () => null,
      (e: Error) => e,
    );
  await new Promise((r) => setTimeout(r, 300));
  server.stop();
  assert.ok(await within(call, 15_000), 'the call did not wait for ever');
  assert.ok(await call);
  assert.ok(await within(p.exited, 15_000));
  assert.is(await p.exited, 1);
});

test('a client of the 2026-07-28 era reaches a server of that era through the bridge (SDK 2 on both sides)', async () => {
  const { Client: Client2 } = await import('@modelcontextprotocol/client');
  const { StdioClientTransport: Stdio2 } = await import('@modelcontextprotocol/client/stdio');
  const { spawn } = await import('node:child_process');
  const { BIN, ROOT } = await import('../helpers/cli.js');
  const { freePort } = await import('../helpers/everything-http.js');
  for (const mode of ['modern', 'dual'] as const) {
    const port = await freePort();
    const server = spawn(process.execPath, [`${ROOT}fixtures/servers/era-server.mjs`, 'http', mode, String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise<void>((resolve) =>
        server.stderr.on('data', (d: Buffer) => /listening/.test(d.toString()) && resolve()),
      );
      const client = new Client2(
        { name: 'era-client', version: '1' },
        { versionNegotiation: { mode: 'auto', probe: { timeoutMs: 5000 } } },
      );
      await client.connect(
        new Stdio2({
          command: process.execPath,
          args: [BIN, 'proxy', '--url', `http://127.0.0.1:${port}/mcp`],
          stderr: 'pipe',
        }),
      );
      assert.is(client.getProtocolEra(), 'modern', mode);
      assert.is(client.getNegotiatedProtocolVersion(), '2026-07-28', mode);
      assert.equal(
        (await client.listTools()).tools.map((t) => t.name),
        [`era-${mode}-a`, `era-${mode}-b`],
      );
      assert.is(text(await client.callTool({ name: `era-${mode}-a` })), `era-${mode}-a`);
      await client.close();
    } finally {
      server.kill('SIGKILL');
    }
  }
});

test('an SSE server with --transport sse', async () => {
  const server = await startEverythingHttp('sse');
  try {
    const p = await viaProxy(['--url', `http://127.0.0.1:${server.port}/sse`, '--transport', 'sse']);
    const straight = answeringClient();
    await straight.connect(new SSEClientTransport(new URL(`http://127.0.0.1:${server.port}/sse`)));
    assert.equal(
      (await p.client.listTools()).tools.map((t) => t.name).sort(),
      (await straight.listTools()).tools.map((t) => t.name).sort(),
    );
    assert.is(text(await p.client.callTool({ name: 'echo', arguments: { message: 'sse' } })), 'Echo: sse');
    await straight.close();
    await p.client.close();
    assert.is(await p.exited, 0);
  } finally {
    server.stop();
  }
});

test.run();
