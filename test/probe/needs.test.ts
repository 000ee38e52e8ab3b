// Every variable a server needs is checked before it is started or sent anything, for every way a table
// names one (as `codex doctor` does): bearer_token_env_var, env_http_headers, env_vars, and ${env:…}
// references that mcpctl's launcher or headers helper resolves, each in the environment Codex gives it.
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { home, NODE, server, startEverythingHttp, testJsonAsync, yamlString } from './_helpers.js';

test('an HTTP server that works without its credential does not pass with the bearer variable unset', async () => {
  const everything = await startEverythingHttp('streamableHttp');
  try {
    const { dir } = home(`version: 1
servers:
  remote:
    url: http://127.0.0.1:${everything.port}/mcp
    headers:
      Authorization: "Bearer \${env:MCPCTL_TEST_UNSET_BEARER}"
`);
    const { code, doc } = await testJsonAsync(dir);
    assert.is(code, 1);
    const s = server(doc, 'remote');
    assert.is(s.failure?.kind, 'env-unset');
    assert.is(s.failure?.step, 'config');
    assert.match(
      s.failure?.message ?? '',
      /^MCPCTL_TEST_UNSET_BEARER is not set: bearer_token_env_var: Codex would send no Authorization header/,
    );
    assert.match(s.failure?.hint ?? '', /export MCPCTL_TEST_UNSET_BEARER=… in the shell that runs codex/);
    const ok = await testJsonAsync(dir, [], { MCPCTL_TEST_UNSET_BEARER: 'any-value-the-server-ignores' });
    assert.is(server(ok.doc, 'remote').status, 'ok', 'set, it passes');
  } finally {
    everything.stop();
  }
});

test('every transport and key: named, and nothing started or sent', async () => {
  let requests = 0;
  const http = createServer((_req, res) => {
    requests++;
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const a = http.address();
  const url = `http://127.0.0.1:${a !== null && typeof a === 'object' ? a.port : 0}/mcp`;
  const { dir } = home('');
  const started = (name: string) => join(dir, `${name}.started`);
  const starts = (name: string) =>
    `command: ${yamlString(NODE)}\n    args: ["-e", ${yamlString(`require('fs').writeFileSync(${JSON.stringify(started(name))}, '')`)}]`;
  const yaml = `version: 1
servers:
  header:
    url: ${url}
    headers:
      X-Api-Key: "\${env:MCPCTL_TEST_UNSET_KEY}"
  forwarded:
    ${starts('forwarded')}
    env:
      MCPCTL_TEST_UNSET_FWD: "\${env:MCPCTL_TEST_UNSET_FWD}"
  launcher:
    ${starts('launcher')}
    env:
      RENAMED: "x-\${env:MCPCTL_TEST_UNSET_LAUNCH}"
  fallback:
    ${starts('fallback')}
    env:
      RENAMED: "\${env:MCPCTL_TEST_UNSET_LAUNCH | value:default}"
`;
  writeFileSync(join(dir, 'mcp.yaml'), yaml);
  try {
    const { doc } = await testJsonAsync(dir);
    const fail = (name: string) => {
      const s = server(doc, name);
      assert.is(s.failure?.kind, 'env-unset', `${name}: ${JSON.stringify(s.failure)}`);
      return s.failure?.message ?? '';
    };
    assert.match(
      fail('header'),
      /^MCPCTL_TEST_UNSET_KEY is not set: env_http_headers: Codex would send no X-Api-Key header/,
    );
    assert.match(fail('forwarded'), /^MCPCTL_TEST_UNSET_FWD is not set: env_vars forwards it to the server/);
    assert.match(
      fail('launcher'),
      /^MCPCTL_TEST_UNSET_LAUNCH is not set: \$\{env:MCPCTL_TEST_UNSET_LAUNCH\} in env RENAMED, which mcpctl's launcher resolves/,
    );
    assert.not.ok(server(doc, 'fallback').failure?.kind === 'env-unset', 'a reference with a fallback needs nothing');
    assert.ok(existsSync(started('fallback')), 'the server with a fallback was started');
    assert.is(requests, 0, 'no request was sent');
    for (const name of ['forwarded', 'launcher']) assert.not.ok(existsSync(started(name)), `${name} was not started`);
  } finally {
    http.close();
  }
});

test.run();
