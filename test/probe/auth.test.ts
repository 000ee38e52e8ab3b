// Authorization as the probe sees it: a server that answers 401 with OAuth protected-resource metadata while no
// credential is configured needs a login (a warning naming Codex's login command, not a failure of the
// server); with a credential it refuses, the same answer is a failure naming the header; and a bearer variable
// that is not set fails before any request is sent.
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { home, server, testJsonAsync } from './_helpers.js';

async function oauthServer(): Promise<{ url: string; seen: IncomingHttpHeaders[]; close: () => void }> {
  const seen: IncomingHttpHeaders[] = [];
  const s = createServer((req, res) => {
    seen.push(req.headers);
    const base = `http://${req.headers.host}`;
    res.writeHead(401, {
      'www-authenticate': `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`,
      'content-type': 'application/json',
    });
    res.end('{"error":"invalid_token"}');
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const a = s.address();
  const port = a !== null && typeof a === 'object' ? a.port : 0;
  return { url: `http://127.0.0.1:${port}/mcp`, seen, close: () => s.close() };
}

test('401 with OAuth metadata and no credential: needs a login, with "codex mcp login NAME"; a refused token is a failure; an unset bearer variable sends nothing', async () => {
  const oauth = await oauthServer();
  try {
    const { dir } = home(`version: 1
servers:
  remote:
    url: ${oauth.url}
  tokened:
    url: ${oauth.url}
    headers: {Authorization: "Bearer \${env:GIVEN_TOKEN}"}
  unset:
    url: ${oauth.url}
    headers: {Authorization: "Bearer \${env:NOT_SET_TOKEN}"}
`);
    const r = await testJsonAsync(dir, ['--timeout', '10'], { GIVEN_TOKEN: 'tok-refused-1234' });
    const remote = server(r.doc, 'remote');
    assert.is(remote.status, 'warn', JSON.stringify(remote));
    assert.is(remote.failure, null);
    assert.equal(
      remote.findings.map((f) => [f.code, f.severity]),
      [['needs-login', 'warn']],
    );
    assert.match(remote.findings[0]?.message ?? '', /needs a login: it answered HTTP 401 with OAuth metadata/);
    assert.match(remote.findings[0]?.hint ?? '', /codex mcp login remote/);

    const tokened = server(r.doc, 'tokened');
    assert.is(tokened.status, 'fail');
    assert.is(tokened.failure?.kind, 'http-auth');

    const unset = server(r.doc, 'unset');
    assert.is(unset.failure?.kind, 'env-unset');
    // what reached the server: the two probes that could run, never one without its configured header
    assert.ok(oauth.seen.length > 0);
    assert.ok(
      oauth.seen.every((h) => h['authorization'] === undefined || h['authorization'] === 'Bearer tok-refused-1234'),
    );
    assert.is(r.code, 1, 'the refused token fails the run');
    assert.is((await testJsonAsync(dir, ['remote', '--timeout', '10'])).code, 0, 'a login to do fails nothing');
  } finally {
    oauth.close();
  }
});

test.run();
