// No process is left behind: servers that hang (and ignore SIGTERM, and have children that do too), started
// directly, through mcpctl's launcher (node mcpctl exec -- node …) and through a shell, all die with their
// process group when the probe times out, and when `mcpctl test` itself is interrupted.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN } from '../helpers/cli.js';
import { fixture, home, NODE, testJson, yamlString } from './_helpers.js';

/** Processes whose argv holds the marker (the fixture and its grandchild both carry it). */
function withMarker(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(marker) && !l.includes('ps -eo'));
}

function hangingServers(marker: string): string {
  const hang = yamlString(fixture('hang-before-initialize.mjs'));
  return `version: 1
servers:
  direct:
    command: ${yamlString(NODE)}
    args: [${hang}, ${marker}-direct]
  via-launcher:
    command: ${yamlString(NODE)}
    args: [${hang}, ${marker}-launcher]
    env:
      FORWARDED_AS_OTHER_NAME: \${env:HOME}
  via-shell:
    command: sh
    args: ["-c", ${yamlString(`${NODE} ${fixture('hang-before-initialize.mjs')} ${marker}-shell; true`)}]
`;
}

test('after timeouts, no fixture process remains (children and grandchildren, SIGTERM ignored)', () => {
  const marker = `mcpctl-leak-${process.pid}-${Date.now()}`;
  const { run } = home(hangingServers(marker));
  const { code, doc } = testJson(run, ['--timeout', '1.5']);
  assert.is(code, 1);
  assert.equal(
    doc.servers.map((s) => [s.name, s.failure?.kind]),
    [
      ['direct', 'timeout'],
      ['via-launcher', 'timeout'],
      ['via-shell', 'timeout'],
    ],
  );
  const left = withMarker(marker);
  assert.equal(left, [], `left behind:\n${left.join('\n')}`);
});

test('an interrupted run (SIGINT) kills every server it started', async () => {
  const marker = `mcpctl-int-${process.pid}-${Date.now()}`;
  const { dir } = home(hangingServers(marker));
  const child = spawn(NODE, [BIN, 'test', '--timeout', '60'], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, CODEX_HOME: join(dir, '.codex'), NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // wait until all three servers and their grandchildren run
  for (let i = 0; i < 200 && withMarker(marker).length < 6; i++) await new Promise((r) => setTimeout(r, 50));
  const running = withMarker(marker);
  assert.ok(running.length >= 6, running.join('\n'));
  assert.ok(
    running.some((l) => l.includes(' exec --server via-launcher ')),
    `the launcher is in the chain:\n${running.join('\n')}`,
  );
  child.kill('SIGINT');
  assert.is(await exited, 130);
  for (let i = 0; i < 40 && withMarker(marker).length; i++) await new Promise((r) => setTimeout(r, 50));
  const left = withMarker(marker);
  assert.equal(left, [], `left behind:\n${left.join('\n')}`);
});

test.run();
