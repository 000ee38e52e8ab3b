// A client that rewrites its own file (Claude Code rewrites ~/.claude.json on every start, without mcpctl's
// lock) can write it after apply's first check and before the rename: apply looks once more right before the
// rename and refuses (E_STALE_PLAN) rather than replace that write. For every target, Codex too.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ApplyTransaction } from '../../src/app/apply.js';
import type { ApplyStep } from '../../src/app/apply.js';
import { planFor } from '../../src/app/pipeline.js';
import { McpctlError } from '../../src/core/errors.js';
import { listBackups } from '../../src/io/backups.js';
import { readState } from '../../src/io/state.js';
import { tempDir } from '../helpers/cli.js';

const SERVER = 'servers:\n  a:\n    command: run-a\n    args: ["--x"]\n';

async function applyWith(dir: string, inject: (s: ApplyStep) => void): Promise<unknown> {
  const ctx = { cwd: dir, env: { HOME: dir }, home: dir };
  const [planned] = (await planFor('mcp.yaml', { config: join(dir, 'config.toml') }, ctx)).files;
  if (!planned) throw new Error('no target file planned');
  const tx = new ApplyTransaction(planned, { tool: 'test', planId: null, inject });
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

const cases = [
  {
    client: 'Claude Code (~/.claude.json)',
    yaml: `version: 1\ntargets:\n  claude-code: {scope: user}\n${SERVER}`,
    file: '.claude.json',
    before: '{\n  "numStartups": 3,\n  "mcpServers": {}\n}',
    theirs: '{\n  "numStartups": 4,\n  "mcpServers": {}\n}',
  },
  {
    client: 'Codex (config.toml)',
    yaml: `version: 1\n${SERVER}`,
    file: 'config.toml',
    before: 'model = "gpt-5"\n',
    theirs: 'model = "gpt-5.1"\n',
  },
];

for (const c of cases) {
  test(`${c.client}: written by another program after the first check → E_STALE_PLAN, its bytes kept, no records`, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mcp.yaml'), c.yaml);
    const target = join(dir, c.file);
    writeFileSync(target, c.before);
    const e = await applyWith(dir, (step) => {
      if (step === 'write') writeFileSync(target, c.theirs); // the client writes between begin() and the rename
    });
    assert.instance(e, McpctlError);
    assert.is(e instanceof McpctlError ? e.code : '', 'E_STALE_PLAN');
    assert.match(String(e instanceof Error ? e.message : e), /changed by another program while mcpctl was writing it/);
    assert.is(readFileSync(target, 'utf8'), c.theirs);
    assert.equal(await listBackups(target), [], 'no backup or journal entry');
    assert.equal((await readState(target)).managed, {}, 'no server recorded as managed');
    // and with nobody writing meanwhile the same apply goes through
    writeFileSync(target, c.before);
    assert.is(await applyWith(dir, () => undefined), null);
    assert.match(readFileSync(target, 'utf8'), /run-a/);
  });
}

test.run();
