// Closing a stdio server gives it Codex's grace period between SIGTERM and SIGKILL (CODEX_KILL_GRACE_MS), as
// Codex does: a server that needs longer than a shorter grace to shut down cleanly is not SIGKILLed under test.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ChildTransport } from '../../src/probe/child.js';
import { CODEX_KILL_GRACE_MS } from '../../src/core/codex-facts.js';

test("close waits Codex's grace period before SIGKILL: a server that ignores SIGTERM lives on well past the old 1 s", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcpctl-grace-'));
  try {
    // after SIGTERM the server appends the time every 20 ms until it is killed: the largest note says how long
    // it was given (load can only make that longer, since the kill comes after the grace). Appending, not
    // rewriting: a SIGKILL between a rewrite's truncate and its write would leave an empty file that reads as 0.
    const script = join(dir, 'server.cjs');
    const notes = join(dir, 'notes');
    writeFileSync(
      script,
      `const fs = require('node:fs');
process.on('SIGTERM', () => { const t0 = Date.now(); setInterval(() => fs.appendFileSync(${JSON.stringify(notes)}, (Date.now() - t0) + '\\n'), 20); });
fs.writeFileSync(${JSON.stringify(join(dir, 'ready'))}, 'yes');
setInterval(() => undefined, 1e6);
`,
    );
    const child = new ChildTransport({
      command: process.execPath,
      args: [script],
      env: { PATH: process.env['PATH'] ?? '' },
      cwd: dir,
    });
    await child.start();
    while (!existsSync(join(dir, 'ready'))) await new Promise((r) => setTimeout(r, 20));
    await child.close();
    await child.exited;
    const lived = Math.max(0, ...readFileSync(notes, 'utf8').split('\n').map(Number).filter(Number.isFinite));
    assert.ok(
      lived >= CODEX_KILL_GRACE_MS - 600,
      `SIGKILL came ${lived} ms after SIGTERM; Codex's grace is ${CODEX_KILL_GRACE_MS} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
