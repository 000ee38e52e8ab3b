// Time limits and memory limits hold whatever a server does: a grandchild in its own session (setsid) that
// keeps the pipes open, a headers helper that hangs, an endless response. Each run is ended by a generous
// safety SIGKILL at the latest; the tests assert that mcpctl exited by itself before it (not how fast), that
// nothing the probe started remains, and that what was read stopped at the cap.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fixture, home, killMarked, mcpctlBounded, NODE, withMarker, yamlString } from './_helpers.js';
import type { TestJson } from './_helpers.js';

async function gone(marker: string): Promise<string[]> {
  for (let i = 0; i < 40 && withMarker(marker).length; i++) await new Promise((r) => setTimeout(r, 50));
  const left = withMarker(marker);
  killMarked(marker);
  return left;
}

function parse(stdout: string, stderr: string): TestJson {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`not JSON:\n${stdout}\n${stderr}`);
  }
}

const kinds = (doc: TestJson) => doc.servers.map((s) => [s.name, s.status, s.failure?.kind ?? null]);

test('a setsid grandchild holding the pipes: --timeout holds, and no process of the server remains', async () => {
  const marker = `mcpctl-setsid-${process.pid}-${Date.now()}`;
  const f = yamlString(fixture('setsid-grandchild.mjs'));
  const { dir } = home(`version: 1
servers:
  hangs:
    command: ${yamlString(NODE)}
    args: [${f}, ${marker}-hangs, hang]
  exits:
    command: ${yamlString(NODE)}
    args: [${f}, ${marker}-exits, exit]
  serves:
    command: ${yamlString(NODE)}
    args: [${f}, ${marker}-serves, serve]
`);
  const r = await mcpctlBounded(['test', '--json', '--timeout', '3'], dir);
  const left = await gone(marker);
  assert.not.ok(r.safetyKilled, 'mcpctl exited by itself, not by the safety kill');
  assert.is(r.code, 1, r.stderr);
  assert.equal(kinds(parse(r.stdout, r.stderr)), [
    ['hangs', 'fail', 'timeout'],
    ['exits', 'fail', 'exited-early'],
    ['serves', 'ok', null],
  ]);
  assert.match(
    parse(r.stdout, r.stderr).servers[1]?.failure?.hint ?? '',
    /^a process it started kept its output open after it exited/,
  );
  assert.equal(left, [], `left behind:\n${left.join('\n')}`);
});

test('a headers helper that hangs, its setsid grandchild holding the pipes: limited like the probe, and killed', async () => {
  const marker = `mcpctl-helper-${process.pid}-${Date.now()}`;
  const { dir } = home('');
  const config = join(dir, 'helper.toml');
  writeFileSync(
    config,
    `[mcp_servers.remote]\nurl = "http://127.0.0.1:9/mcp"\nhttp_headers_helper = ${yamlString(`${NODE} ${fixture('helper-hang.mjs')} ${marker}`)}\n`,
  );
  const r = await mcpctlBounded(['test', '--json', '--timeout', '3', '--config', config], dir);
  const left = await gone(marker);
  assert.not.ok(r.safetyKilled, 'mcpctl exited by itself, not by the safety kill');
  const doc = parse(r.stdout, r.stderr);
  assert.equal(kinds(doc), [['remote', 'fail', 'headers-helper']]);
  assert.match(doc.servers[0]?.failure?.message ?? '', /did not finish within 3 s/);
  assert.equal(left, [], `left behind:\n${left.join('\n')}`);
});

for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const) {
  test(`${signal} during a probe: mcpctl exits ${code} and kills the setsid grandchildren too`, async () => {
    const marker = `mcpctl-sig-${process.pid}-${Date.now()}`;
    const { dir } = home(
      `version: 1\nservers:\n  hangs:\n    command: ${yamlString(NODE)}\n    args: [${yamlString(fixture('setsid-grandchild.mjs'))}, ${marker}, hang]\n`,
    );
    const running = async () => {
      for (let i = 0; i < 200 && withMarker(`${marker}-grandchild`).length < 1; i++)
        await new Promise((r) => setTimeout(r, 50));
    };
    const r = await mcpctlBounded(['test', '--timeout', '60'], dir, { signal: { name: signal, when: running } });
    const left = await gone(marker);
    assert.not.ok(r.safetyKilled, 'mcpctl exited by itself, not by the safety kill');
    assert.is(r.code, code);
    assert.equal(left, [], `left behind:\n${left.join('\n')}`);
  });
}

/** An HTTP server on loopback whose every answer never ends. */
function endless(kind: 'json' | 'sse' | 'html'): Promise<{ port: number; close: () => void }> {
  const chunk = Buffer.alloc(64 * 1024, kind === 'json' ? ' ' : 'x');
  const s = createServer((_req: IncomingMessage, res: ServerResponse) => {
    if (kind === 'json')
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"jsonrpc":"2.0","id":0,"result":{"pad":"');
    else if (kind === 'sse')
      res.writeHead(200, { 'content-type': 'text/event-stream' }).write('event: message\ndata: ');
    else res.writeHead(500, { 'content-type': 'text/html' }).write('<html>');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    res.on('error', () => undefined);
    pump();
  });
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      resolve({
        port: a !== null && typeof a === 'object' ? a.port : 0,
        close: () => {
          s.closeAllConnections();
          s.close();
        },
      });
    }),
  );
}

test('endless answers (HTTP JSON, one SSE event, an error page, a stdout line): cut at the cap with a finding', async () => {
  const servers = await Promise.all([endless('json'), endless('sse'), endless('html')]);
  const [json, sse, html] = servers;
  const flood =
    "const b = Buffer.alloc(65536, 120); const w = () => { while (process.stdout.write(b)); process.stdout.once('drain', w); }; w()";
  const { dir } = home(`version: 1
servers:
  json:
    url: http://127.0.0.1:${json?.port}/mcp
  sse:
    url: http://127.0.0.1:${sse?.port}/mcp
  html:
    url: http://127.0.0.1:${html?.port}/mcp
  stdout:
    command: ${yamlString(NODE)}
    args: ["-e", ${yamlString(flood)}]
`);
  try {
    // --timeout far above what reading up to the cap takes: without a cap the probe would read until then
    const r = await mcpctlBounded(['test', '--json', '--timeout', '25', '--concurrency', '4'], dir, {
      safetyMs: 60_000,
    });
    assert.not.ok(r.safetyKilled, 'mcpctl exited by itself, not by the safety kill');
    const doc = parse(r.stdout, r.stderr);
    assert.equal(kinds(doc), [
      ['json', 'fail', 'too-large'],
      ['sse', 'fail', 'too-large'],
      ['html', 'fail', 'too-large'],
      ['stdout', 'fail', 'too-large'],
    ]);
    for (const s of doc.servers) assert.match(s.failure?.message ?? '', /more than 16 MiB.*stopped reading/, s.name);
  } finally {
    for (const s of servers) s.close();
  }
});

test.run();
