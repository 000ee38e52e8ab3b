// Concurrent applies never make mcpctl forget a server it wrote: plan reads the target and the state
// outside the lock, so apply re-checks both under it (a run that lost the race is E_STALE_PLAN or
// E_LOCKED, exit 4). Every server in the final file was written by mcpctl, so every one must be managed.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readTarget } from '../../src/core/toml/read-target.js';
import { BIN, tempDir } from '../helpers/cli.js';

const ROUNDS = 12;
const AT_ONCE = 16;

function apply(dir: string, file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BIN, 'apply', '--yes', '-f', file, '--config', join(dir, 'config.toml')], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', HOME: dir, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    c.stderr.on('data', (d) => (stderr += String(d)));
    c.on('exit', (code) => resolve({ code, stderr }));
  });
}

test(`${ROUNDS} rounds of ${AT_ONCE} concurrent applies of different mcp.yaml: the state lists every server in the file`, async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const dir = tempDir();
    writeFileSync(join(dir, 'config.toml'), 'model = "gpt-5"\n');
    const files: string[] = [];
    for (let i = 0; i < AT_ONCE; i++) {
      // each variant manages its own servers, so applying one deletes the others' (if they are managed)
      writeFileSync(
        join(dir, `v${i}.yaml`),
        `version: 1\nservers:\n  s${i}:\n    command: run-${i}\n  t${i % 3}:\n    command: shared-${i}\n`,
      );
      files.push(`v${i}.yaml`);
    }
    const results = await Promise.all(files.map((f) => apply(dir, f)));
    for (const r of results) assert.ok(r.code === 0 || r.code === 4, `round ${round}: exit ${r.code}: ${r.stderr}`);
    assert.ok(
      results.some((r) => r.code === 0),
      `round ${round}: no apply succeeded`,
    );
    const inFile = [...readTarget(readFileSync(join(dir, 'config.toml'), 'utf8'), 'config.toml').servers.keys()].sort();
    const state = JSON.parse(readFileSync(join(dir, '.mcpctl', 'config.toml.state.json'), 'utf8'));
    assert.equal(Object.keys(state.managed).sort(), inFile, `round ${round}: a server in the file is not managed`);
  }
});

test.run();
