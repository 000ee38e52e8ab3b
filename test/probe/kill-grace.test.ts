// Closing a stdio server gives it Codex's grace period between SIGTERM and SIGKILL (CODEX_KILL_GRACE_MS), as
// Codex does: a server that needs longer than a shorter grace to shut down cleanly is not SIGKILLed under test.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ChildTransport } from '../../src/probe/child.js';
import { CODEX_KILL_GRACE_MS } from '../../src/probe/codex-facts.js';

test('close waits Codex\'s grace period before SIGKILL: a server that exits cleanly within it finishes its shutdown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcpctl-grace-'));
  try {
    // it shuts down half a second before the grace ends (and half a second after the 1 s the probe used to give)
    const shutdownMs = CODEX_KILL_GRACE_MS - 500;
    const script = join(dir, 'server.cjs');
    writeFileSync(
      script,
      `const fs = require('node:fs');
process.on('SIGTERM', () => setTimeout(() => { fs.writeFileSync(${JSON.stringify(join(dir, 'clean'))}, 'yes'); process.exit(0); }, ${shutdownMs}));
fs.writeFileSync(${JSON.stringify(join(dir, 'ready'))}, 'yes');
setInterval(() => undefined, 1e6);
`,
    );
    const child = new ChildTransport({ command: process.execPath, args: [script], env: { PATH: process.env['PATH'] ?? '' }, cwd: dir });
    await child.start();
    while (!existsSync(join(dir, 'ready'))) await new Promise((r) => setTimeout(r, 20));
    await child.close();
    await child.exited;
    assert.ok(existsSync(join(dir, 'clean')), `the server was killed before its ${shutdownMs} ms shutdown ended (grace ${CODEX_KILL_GRACE_MS} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
