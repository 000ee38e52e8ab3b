// One apply over several client files is one transaction: when the third file cannot be backed up, written or
// verified, the files before it are restored to their exact bytes and states, no journal entry or backup of
// that apply stays, and the error names the file that failed and says the others were restored.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MultiApply } from '../../src/app/apply-many.js';
import type { ApplyStep } from '../../src/app/apply.js';
import { planFor } from '../../src/app/pipeline.js';
import { McpctlError } from '../../src/core/errors.js';
import { lockPath } from '../../src/io/state.js';
import { tempDir } from '../helpers/cli.js';
import { FOUR_FILES, fourClients, tree } from './_tree.js';

const V1 = fourClients('  a:\n    command: run-a\n    args: ["--v1"]\n');
const V2 = fourClients('  a:\n    command: run-a\n    args: ["--v2"]\n  b:\n    url: https://example.com/mcp\n');

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** A project with hand-written client files, applied once (so there are states and journals to keep intact). */
async function project(): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, '.codex'));
  mkdirSync(join(dir, '.cursor'));
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.codex', 'config.toml'), '# mine\nmodel = "gpt-5"\n');
  writeFileSync(join(dir, '.mcp.json'), '{\r\n  "mcpServers": {\r\n    "mine": {"command": "mine"}\r\n  }\r\n}\r\n');
  writeFileSync(join(dir, '.cursor', 'mcp.json'), '{"mcpServers":{}}');
  writeFileSync(join(dir, '.vscode', 'mcp.json'), '// team settings\n{\n\t"servers": {}\n}\n');
  writeFileSync(join(dir, 'mcp.yaml'), V1);
  assert.is(await apply(dir), null);
  writeFileSync(join(dir, 'mcp.yaml'), V2);
  return dir;
}

async function apply(
  dir: string,
  inject?: (s: ApplyStep, file: string) => void,
): Promise<{ error: unknown; order: string[] } | null> {
  const ctx = { cwd: dir, env: { HOME: dir, CODEX_HOME: join(dir, '.codex') }, home: dir };
  const planned = await planFor(join(dir, 'mcp.yaml'), {}, ctx);
  const tx = new MultiApply(planned.files, { tool: 'test', planId: null, ...(inject ? { inject } : {}) });
  const order = tx.parts.map((p) => p.target);
  try {
    await tx.begin();
    await tx.backup();
    await tx.write();
    await tx.verify();
    await tx.finish();
    return null;
  } catch (error) {
    return { error, order };
  } finally {
    await tx.release();
  }
}

for (const step of ['backup', 'journal', 'state', 'write', 'verify'] as const) {
  test(`the third file fails at "${step}": every file, state, journal and backup is as before`, async () => {
    const dir = await project();
    const before = tree(dir);
    const third = thirdOf(dir);
    const r = await apply(dir, (s, file) => {
      if (s === step && file === third) throw enospc();
    });
    assert.ok(r, 'the apply failed');
    assert.instance(r.error, McpctlError, String(r.error));
    const message = r.error instanceof Error ? r.error.message : '';
    assert.ok(message.includes(third), `the error names the file that failed: ${message}`);
    if (step === 'state' || step === 'write')
      assert.match(message, /the 2 files of this apply written before it were restored/);
    if (step === 'verify') assert.match(message, /the other 3 files of this apply were restored/);
    assert.equal(tree(dir), before, `${step}: everything is as before`);
    // and the same apply goes through once the cause is gone
    assert.is(await apply(dir), null);
  });
}

test('every lock is taken before any backup, and files are written in path order', async () => {
  const dir = await project();
  const seen: string[] = [];
  const locked: boolean[] = [];
  const r = await apply(dir, (s, file) => {
    if (s === 'backup' && !locked.length) for (const f of FOUR_FILES) locked.push(existsSync(lockPath(join(dir, f))));
    if (s === 'write') seen.push(file);
  });
  assert.equal(locked, [true, true, true, true]);
  assert.is(r, null);
  const sorted = [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.equal(seen, sorted);
  assert.is(seen.length, 4);
});

test('restoring an earlier file fails too: it keeps the new bytes with the journal entry rollback needs, and the error says so', async () => {
  const dir = await project();
  const third = thirdOf(dir);
  const first = join(dir, '.codex', 'config.toml');
  const r = await apply(dir, (s, file) => {
    if (s === 'write' && file === third) throw enospc();
    if (s === 'restore' && file === first) throw enospc();
  });
  assert.ok(r);
  const message = r.error instanceof Error ? r.error.message : '';
  assert.match(message, /could not restore/);
  assert.ok(message.includes(first), message);
  assert.match(message, /mcpctl rollback/);
});

test('files changed after the plan: the first in path order is the error, and every lock is let go', async () => {
  const dir = await project();
  const ctx = { cwd: dir, env: { HOME: dir, CODEX_HOME: join(dir, '.codex') }, home: dir };
  const planned = await planFor(join(dir, 'mcp.yaml'), {}, ctx);
  const tx = new MultiApply(planned.files, { tool: 'test', planId: null });
  const order = tx.parts.map((p) => p.target);
  // the second and the fourth change under the plan (checked side by side once every lock is taken)
  for (const file of [order[3]!, order[1]!]) writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
  let error: unknown;
  try {
    await tx.begin();
  } catch (e) {
    error = e;
  } finally {
    await tx.release();
  }
  assert.instance(error, McpctlError);
  assert.is((error as McpctlError).code, 'E_STALE_PLAN');
  assert.ok((error as McpctlError).message.startsWith(`${order[1]} changed after the plan was made`), String(error));
  for (const f of FOUR_FILES) assert.not.ok(existsSync(lockPath(join(dir, f))), `${f}: no lock left`);
});

/** The third of the four files in path order (the order MultiApply takes them in). */
function thirdOf(dir: string): string {
  const files = [
    join(dir, '.codex', 'config.toml'),
    join(dir, '.mcp.json'),
    join(dir, '.cursor', 'mcp.json'),
    join(dir, '.vscode', 'mcp.json'),
  ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files[2] ?? '';
}

test.run();
