// What the era checks say of Codex, checked with the real Codex (pinned 0.169.0, its app-server starting the
// servers of a config.toml as a session would): a server of the 2026-07-28 era alone fails under it, one that
// serves both eras and a legacy one work — as `mcpctl test` reports them (era-mismatch only for the first).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../helpers/cli.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { fixture, NODE, server, testJsonAsync, yamlString } from './_helpers.js';

test('Codex cannot use a modern-only server and can use a dual or legacy one; mcpctl test says the same', async () => {
  const home = tempDir('mcpctl-eras-codex-');
  mkdirSync(join(home, '.codex'), { recursive: true });
  const config = join(home, '.codex', 'config.toml');
  writeFileSync(
    config,
    (['modern', 'dual', 'legacy'] as const)
      .map(
        (m) =>
          `[mcp_servers.${m}]\ncommand = ${yamlString(NODE)}\nargs = [${yamlString(fixture('era-server.mjs'))}, "stdio", "${m}"]\n`,
      )
      .join('\n'),
  );
  const status = await codexServerStatus(home);
  const byName = new Map(status.map((s) => [s.name, s]));
  const tools = (n: string) => Object.keys(byName.get(n)?.tools ?? {}).sort();
  assert.equal(tools('dual'), ['era-dual-a', 'era-dual-b'], JSON.stringify(status));
  assert.equal(tools('legacy'), ['era-legacy-a', 'era-legacy-b'], JSON.stringify(status));
  assert.equal(tools('modern'), [], JSON.stringify(status));

  const r = await testJsonAsync(home, ['--config', config]);
  assert.equal(
    server(r.doc, 'modern').findings.map((f) => f.code),
    ['era-mismatch'],
  );
  assert.is(server(r.doc, 'dual').status, 'ok');
  assert.is(server(r.doc, 'legacy').status, 'ok');
});

test.run();
