// The bundled action with `command: policy`: the organisation policy over mcp.yaml and every client's project
// file of the pull request's checkout — annotations, SARIF, exit 1, and a sticky comment that lists the
// violations per client; a token pasted into a client file is masked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, PLANTED, prEvent, REPOSITORY, runAction, TOKEN } from './_fixture.js';

const POLICY = `version: 1
servers:
  allow:
    - name: github
    - name: memory
  deny:
    - name: "*-experimental"
`;

const SPEC = `version: 1
policy: org.yaml
servers:
  github: { command: npx, args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"] }
`;

let gh: FakeGitHub;
test.before(async () => {
  gh = await fakeGitHub({ repository: REPOSITORY, token: TOKEN });
});
test.after(async () => {
  await gh.close();
});

test('command policy: violations in each client file, per client in the comment, annotations and SARIF', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': SPEC, 'org.yaml': POLICY }, 'base');
  const head = repo.commit(
    {
      '.cursor/mcp.json': '{\n  "mcpServers": {\n    "shell-experimental": { "command": "bash" }\n  }\n}\n',
      '.vscode/mcp.json': `{\n  "servers": {\n    "memory": { "type": "stdio", "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2026.8.31"] },\n    "tracker": { "type": "stdio", "command": "node", "args": ["t.js"], "env": { "TOKEN": "${PLANTED}" } }\n  }\n}\n`,
    },
    'add client files',
  );
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 21, base, head }),
    apiUrl: gh.url,
    inputs: { command: 'policy', sarif: 'policy.sarif' },
  });
  assert.is(run.code, 1, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /^::error file=\.cursor\/mcp\.json,line=3,col=\d+,title=policy\/server-denied::/m);
  assert.match(run.stdout, /^::error file=\.vscode\/mcp\.json,line=4,col=\d+,title=policy\/server-not-allowed::/m);
  const body = gh.comments.find((c) => c.body.includes('mcpctl policy'))?.body ?? '';
  assert.match(body, '#### ❌ Policy:');
  assert.match(body, '| client | where | rule | finding |');
  assert.match(body, /\| Cursor \| `\.cursor\/mcp\.json:3:\d+` \| `policy\/server-denied` \|/);
  assert.match(body, /\| VS Code \| `\.vscode\/mcp\.json:4:\d+` \| `policy\/server-not-allowed` \|/);
  const sarif = JSON.parse(readFileSync(join(repo.dir, 'policy.sarif'), 'utf8'));
  const ids = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort();
  assert.ok(ids.includes('policy/server-denied') && ids.includes('policy/server-not-allowed'), ids.join());
  // the token in .vscode/mcp.json: a finding, and masked everywhere but ::add-mask::
  assert.ok(
    ids.some((id: string) => id.startsWith('secret/')),
    ids.join(),
  );
  for (const text of [run.stdout, run.stderr, run.summary, body, JSON.stringify(sarif)])
    for (const line of text.split('\n'))
      if (line.includes(PLANTED)) assert.ok(line.startsWith('::add-mask::'), `unmasked: ${line}`);
  assert.match(run.stdout, `::add-mask::${PLANTED}`);
});

test.run();
