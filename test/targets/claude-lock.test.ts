// Claude Code's own lock on ~/.claude.json (a folder, ~/.claude.json.lock, proper-lockfile style; Claude
// waits about 10 s for it, measured): apply takes it around its last check and the rename, so Claude waits
// for mcpctl's write and mcpctl for Claude's. Held too long: E_LOCKED, nothing written. Abandoned (old):
// taken over. Released after. .mcp.json has no such lock (Claude writes it without one).
import { existsSync, mkdirSync, readFileSync, rmdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ApplyTransaction } from '../../src/app/apply.js';
import { planFor } from '../../src/app/pipeline.js';
import { McpctlError } from '../../src/core/errors.js';
import { listBackups } from '../../src/io/backups.js';
import { tempDir } from '../helpers/cli.js';

const BEFORE = '{\n  "numStartups": 3\n}';

async function apply(dir: string): Promise<unknown> {
  const ctx = { cwd: dir, env: { HOME: dir }, home: dir };
  const [planned] = (await planFor('mcp.yaml', {}, ctx)).files;
  if (!planned) throw new Error('no target file planned');
  const tx = new ApplyTransaction(planned, { tool: 'test', planId: null });
  try {
    await tx.begin();
    await tx.backup();
    await tx.write();
    await tx.verify();
    await tx.finish();
    return null;
  } catch (e) {
    return e;
  } finally {
    await tx.release();
  }
}

function setUp(scope: 'user' | 'project') {
  const dir = tempDir('mcpctl-claude-lock-');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\ntargets:\n  claude-code: {scope: ${scope}}\nservers:\n  a:\n    command: run-a\n`,
  );
  const file = join(dir, scope === 'user' ? '.claude.json' : '.mcp.json');
  writeFileSync(file, BEFORE);
  return { dir, file, lock: `${file}.lock` };
}

test('user scope: Claude holds ~/.claude.json.lock throughout → E_LOCKED naming it, nothing written', async () => {
  const { dir, file, lock } = setUp('user');
  mkdirSync(lock);
  const e = await apply(dir);
  assert.instance(e, McpctlError);
  assert.is(e instanceof McpctlError ? e.code : '', 'E_LOCKED');
  assert.match(String(e instanceof Error ? e.message : e), `its lock ${lock} is held`);
  assert.is(readFileSync(file, 'utf8'), BEFORE);
  assert.equal(await listBackups(file), []);
  assert.ok(existsSync(lock), "Claude's lock is left to Claude");
});

test('user scope: Claude releases its lock a moment later → apply waits and writes; its lock is released', async () => {
  const { dir, file, lock } = setUp('user');
  mkdirSync(lock);
  // Claude finishes its write (what it wrote is the file apply planned from: the same bytes)
  const done = new Promise<void>((resolve) =>
    setTimeout(() => {
      writeFileSync(file, BEFORE);
      rmdirSync(lock);
      resolve();
    }, 300),
  );
  assert.is(await apply(dir), null);
  await done;
  assert.match(readFileSync(file, 'utf8'), /run-a/);
  assert.not.ok(existsSync(lock));
});

test('user scope: an abandoned lock (untouched for a minute) is taken over, then released', async () => {
  const { dir, file, lock } = setUp('user');
  mkdirSync(lock);
  const old = new Date(Date.now() - 60_000);
  utimesSync(lock, old, old);
  assert.is(await apply(dir), null);
  assert.match(readFileSync(file, 'utf8'), /run-a/);
  assert.not.ok(existsSync(lock));
});

test('project scope: .mcp.json has no client lock, a folder of that name does not block', async () => {
  const { dir, file, lock } = setUp('project');
  mkdirSync(lock);
  assert.is(await apply(dir), null);
  assert.match(readFileSync(file, 'utf8'), /run-a/);
  assert.ok(existsSync(lock));
});

test.run();
