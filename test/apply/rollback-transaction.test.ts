// A rollback is a transaction like apply: its journal entry names the backup of the current file before that
// file changes, and a failure before the file changed leaves the file, the state, the journal and the backups
// as they were. A finished rollback can itself be rolled back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planRollback, runRollback } from '../../src/app/rollback.js';
import type { RollbackStep } from '../../src/app/rollback.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { snapshot } from './_snapshot.js';

/** A config.toml applied twice (two backups), so there is something to roll back to. */
function appliedTwice(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'config.toml'), '# mine\nmodel = "gpt-5"\n');
  const apply = (args: string) => {
    writeFileSync(join(dir, 'mcp.yaml'), `version: 1\nservers:\n  a:\n    command: run-a\n    args: [${args}]\n`);
    const r = mcpctl(['apply', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
    assert.is(r.code, 0, r.stderr);
  };
  apply('"--one"');
  apply('"--two"');
  return dir;
}

for (const step of ['state', 'write'] as RollbackStep[]) {
  test(`a rollback that fails at "${step}" leaves everything as it was`, async () => {
    const dir = appliedTwice();
    const before = snapshot(dir);
    const plan = await planRollback(join(dir, 'config.toml'), undefined);
    const failing = (s: RollbackStep) => {
      if (s === step) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    await runRollback(plan, { force: false, tool: 'test', inject: failing }).then(
      () => assert.unreachable('the rollback should have failed'),
      (e: unknown) => assert.match(String(e), /ENOSPC/),
    );
    assert.equal(snapshot(dir), before);
  });
}

test("the journal names the rollback's backup, so the rollback itself can be undone byte for byte", async () => {
  const dir = appliedTwice();
  const applied = readFileSync(join(dir, 'config.toml'), 'utf8');
  const journalBefore = readFileSync(join(dir, '.mcpctl', 'backups', 'config.toml', 'journal.jsonl'), 'utf8');
  const { undoId } = await runRollback(await planRollback(join(dir, 'config.toml'), undefined), {
    force: false,
    tool: 'test',
  });
  const journal = readFileSync(join(dir, '.mcpctl', 'backups', 'config.toml', 'journal.jsonl'), 'utf8');
  assert.ok(journal.startsWith(journalBefore));
  assert.match(journal.slice(journalBefore.length), new RegExp(`"id":"${undoId}"`));
  assert.not.match(readFileSync(join(dir, 'config.toml'), 'utf8'), /--two/);
  const undo = mcpctl(['rollback', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(undo.code, 0, undo.stderr);
  assert.is(readFileSync(join(dir, 'config.toml'), 'utf8'), applied);
});

test.run();
