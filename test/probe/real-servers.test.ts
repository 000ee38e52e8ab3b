// Real MCP servers from npm (pinned devDependencies), probed end to end through the CLI: over stdio, over
// streamable HTTP on loopback, and a legacy SSE server that Codex cannot use.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  EVERYTHING,
  FILESYSTEM,
  home,
  MEMORY,
  NODE,
  server,
  startEverythingHttp,
  testJson,
  yamlString,
} from './_helpers.js';

test('stdio: server-everything, server-filesystem and server-memory answer, with their real tool lists', () => {
  const { dir, run } = home('');
  const yaml = `version: 1
servers:
  everything:
    command: ${yamlString(NODE)}
    args: [${yamlString(EVERYTHING)}, stdio]
  filesystem:
    command: ${yamlString(NODE)}
    args: [${yamlString(FILESYSTEM)}, ${yamlString(dir)}]
  memory:
    command: ${yamlString(NODE)}
    args: [${yamlString(MEMORY)}]
    enabled_tools: [create_entities, read_graph]
`;
  writeFileSync(join(dir, 'mcp.yaml'), yaml); // the filesystem server needs the folder in its args
  const { code, doc, stderr } = testJson(run);
  assert.is(code, 0, stderr);
  assert.is(doc.kind, 'mcpctl.test');
  assert.is(doc.format_version, 1);
  assert.ok(doc.healthy);
  assert.equal(doc.summary, { total: 3, ok: 3, warn: 0, fail: 0, skipped: 0 });
  const everything = server(doc, 'everything');
  assert.is(everything.transport, 'stdio');
  for (const t of ['echo', 'get-sum', 'get-env']) assert.ok(everything.tools?.names.includes(t), t);
  assert.is(everything.tools?.count, everything.tools?.names.length);
  assert.is(everything.protocol_version, '2025-06-18', 'the server agrees to the version Codex asks for');
  assert.ok(everything.server_info?.name);
  for (const t of ['read_text_file', 'list_directory', 'write_file'])
    assert.ok(server(doc, 'filesystem').tools?.names.includes(t), t);
  for (const t of ['create_entities', 'read_graph', 'search_nodes'])
    assert.ok(server(doc, 'memory').tools?.names.includes(t), t);
  for (const s of doc.servers) {
    assert.type(s.timings_ms['initialize'], 'number');
    assert.type(s.timings_ms['tools_list'], 'number');
    assert.type(s.timings_ms['ping'], 'number');
    assert.is(s.failure, null);
    assert.equal(s.findings, []);
  }
});

test('streamable HTTP: server-everything on loopback, headers sent, tools listed', async () => {
  const http = await startEverythingHttp('streamableHttp');
  try {
    const { run } = home(`version: 1
servers:
  everything-http:
    url: http://127.0.0.1:${http.port}/mcp
    headers:
      X-Team: platform
`);
    const { code, doc, stderr } = testJson(run);
    assert.is(code, 0, stderr);
    const s = server(doc, 'everything-http');
    assert.is(s.status, 'ok', JSON.stringify(s));
    assert.is(s.transport, 'streamable-http');
    for (const t of ['echo', 'get-sum']) assert.ok(s.tools?.names.includes(t), t);
  } finally {
    http.stop();
  }
});

test('legacy SSE: the server answers, but Codex speaks only streamable HTTP, so it fails', async () => {
  const sse = await startEverythingHttp('sse');
  try {
    const { run } = home(`version: 1\nservers:\n  old-sse:\n    url: http://127.0.0.1:${sse.port}/sse\n`);
    const { code, doc } = testJson(run);
    assert.is(code, 1);
    const s = server(doc, 'old-sse');
    assert.is(s.status, 'fail');
    assert.is(s.transport, 'sse');
    assert.is(s.failure?.kind, 'legacy-sse');
    assert.ok(s.tools?.names.includes('echo'), 'the tools are still listed over SSE');
  } finally {
    sse.stop();
  }
});

test.run();
