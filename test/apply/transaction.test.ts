// apply's transaction holds whatever a step does: a failure (a full disk, a failed verify) leaves either
// the old file with the old state and no journal entry, or the new file with its journal entry, never a
// live change reported as failed. Long values and deep nesting never crash plan, apply or verify.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ApplyTransaction } from '../../src/app/apply.js';
import type { ApplyStep } from '../../src/app/apply.js';
import { planFor } from '../../src/app/pipeline.js';
import { McpctlError } from '../../src/core/errors.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { snapshot } from './_snapshot.js';
import { codexGet } from '../helpers/codex.js';

/** The digest by node's own implementation, not the one under test. */
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const OLD = '# mine\nmodel = "gpt-5"\n\n[mcp_servers.keep]\ncommand = "keep"\n';
const YAML = 'version: 1\nservers:\n  a:\n    command: run-a\n    args: ["--x"]\n';

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

async function runApply(dir: string, inject?: (s: ApplyStep) => void): Promise<unknown> {
  const ctx = { cwd: dir, env: { HOME: dir }, home: dir };
  const [planned] = (await planFor('mcp.yaml', { config: join(dir, 'config.toml') }, ctx)).files;
  if (!planned) throw new Error('no target file planned');
  const tx = new ApplyTransaction(planned, { tool: 'test', planId: null, ...(inject ? { inject } : {}) });
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

/** The new file is live only with its journal entry, and the state says what mcpctl wrote. */
function assertRecorded(dir: string, label: string): void {
  const bytes = readFileSync(join(dir, 'config.toml'));
  const last =
    readFileSync(join(dir, '.mcpctl', 'backups', 'config.toml', 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .pop() ?? '';
  assert.is(JSON.parse(last).sha256_after, sha256(bytes), `${label}: journal entry of the live file`);
  const state = JSON.parse(readFileSync(join(dir, '.mcpctl', 'config.toml.state.json'), 'utf8'));
  assert.is(state.last_written_sha256, sha256(bytes), `${label}: state of the live file`);
  assert.ok('a' in state.managed, `${label}: a is managed`);
}

const STEPS: ApplyStep[] = ['backup', 'journal', 'state', 'write', 'verify', 'rotate'];

for (const existed of [true, false]) {
  test(`a failure at each step (${existed ? 'existing' : 'new'} target): old file, state and journal, or new file with its entry`, async () => {
    for (const step of STEPS) {
      const dir = tempDir();
      writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  b:\n    command: run-b\n');
      if (existed) writeFileSync(join(dir, 'config.toml'), OLD);
      // a first apply, so there is a state and a journal to keep intact
      assert.is(await runApply(dir), null);
      writeFileSync(join(dir, 'mcp.yaml'), YAML);
      const before = snapshot(dir);
      const err = await runApply(dir, (s) => {
        if (s === step) throw enospc();
      });
      if (step === 'rotate') {
        assert.is(err, null, 'a failed rotation does not fail a finished apply');
        assertRecorded(dir, step);
        continue;
      }
      assert.instance(err, McpctlError, `${step}: ${String(err)}`);
      assert.not.match(String(err instanceof Error ? err.message : err), /internal|this is a bug/i, step);
      assert.equal(snapshot(dir), before, `${step}: everything is as before`);
    }
  });
}

test('a failed verify of a new file removes it and says so; of an existing file restores it', async () => {
  for (const existed of [false, true]) {
    const dir = tempDir();
    writeFileSync(join(dir, 'mcp.yaml'), YAML);
    if (existed) writeFileSync(join(dir, 'config.toml'), OLD);
    const before = snapshot(dir);
    const err = await runApply(dir, (s) => {
      if (s === 'verify') writeFileSync(join(dir, 'config.toml'), 'garbage = [');
    });
    assert.instance(err, McpctlError);
    assert.match(
      String(err instanceof Error ? err.message : ''),
      existed ? /previous file was restored/ : /new file was removed/,
    );
    assert.equal(snapshot(dir), before);
  }
});

test('verify fails and the restore fails too: the new file stays with its journal entry, and the error says so', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), YAML);
  writeFileSync(join(dir, 'config.toml'), OLD);
  const err = await runApply(dir, (s) => {
    if (s === 'verify' || s === 'restore') throw enospc();
  });
  assert.instance(err, McpctlError);
  assert.match(String(err instanceof Error ? err.message : ''), /the new file stays, recorded as backup/);
  assertRecorded(dir, 'restore');
  const r = mcpctl(['rollback', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.is(readFileSync(join(dir, 'config.toml'), 'utf8'), OLD);
});

test('a 200k-character value from mcp.yaml: apply verifies it, plan reads it back, Codex reads it', () => {
  const dir = tempDir();
  const long = 'p'.repeat(200_000);
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\nservers:\n  big:\n    command: run\n    args: ["${long}", "--short"]\n`,
  );
  mkdirSync(join(dir, '.codex'));
  const config = join(dir, '.codex', 'config.toml');
  const r = mcpctl(['apply', '--yes', '--config', config], { cwd: dir, env: { HOME: dir } });
  assert.is(r.code, 0, r.stderr);
  const again = mcpctl(['plan', '--detailed-exitcode', '--config', config], { cwd: dir, env: { HOME: dir } });
  assert.is(again.code, 0, again.stderr + again.stdout);
  assert.is(mcpctl(['backups', '--config', config], { cwd: dir, env: { HOME: dir } }).code, 0);
  const got = codexGet(dir, 'big');
  const transport = got['transport'];
  assert.ok(
    typeof transport === 'object' && transport !== null && 'args' in transport && Array.isArray(transport.args),
  );
  if (typeof transport === 'object' && transport !== null && 'args' in transport && Array.isArray(transport.args))
    assert.is(transport.args[0], long);
});

test("deep nesting in config.toml: 80 levels apply; 81 are E_TOML at Codex's line:col, nothing written", () => {
  for (const [depth, code] of [
    [80, 0],
    [81, 2],
    [20_000, 2],
  ] as const) {
    const dir = tempDir();
    const text = `[tui]\nx = ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    writeFileSync(join(dir, 'config.toml'), text);
    writeFileSync(join(dir, 'mcp.yaml'), YAML);
    const r = mcpctl(['apply', '--yes', '--config', join(dir, 'config.toml')], { cwd: dir });
    assert.is(r.code, code, r.stderr);
    if (code !== 0) {
      assert.match(r.stderr, /config\.toml:2:85/);
      assert.match(r.stderr, /nested deeper than 80 levels/);
      assert.not.match(r.stderr, /Maximum call stack|internal error/);
      assert.is(readFileSync(join(dir, 'config.toml'), 'utf8'), text);
    }
  }
});

/** A real full disk: a small tmpfs (needs root to mount; without it the injected failures above cover each step). */
test('a real full disk at every point of an apply: old file and records, or new file with its journal entry', () => {
  const mnt = tempDir('mcpctl-tmpfs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', mnt]).status === 0;
  if (!mounted) {
    console.log('  (tmpfs not mountable here: the full-disk sweep ran by injection only)');
    return;
  }
  try {
    const yamlDir = tempDir();
    let failures = 0;
    let successes = 0;
    for (let free = 0; free <= 16; free++) {
      rmSync(join(mnt, 'filler'), { force: true });
      rmSync(join(mnt, 'cfg'), { recursive: true, force: true });
      mkdirSync(join(mnt, 'cfg'));
      const config = join(mnt, 'cfg', 'config.toml');
      writeFileSync(config, OLD + `# ${'o'.repeat(6000)}\n`);
      writeFileSync(join(yamlDir, 'mcp.yaml'), 'version: 1\nservers:\n  b:\n    command: run-b\n');
      assert.is(
        mcpctl(['apply', '--yes', '-f', join(yamlDir, 'mcp.yaml'), '--config', config], { cwd: yamlDir }).code,
        0,
      );
      writeFileSync(
        join(yamlDir, 'mcp.yaml'),
        `version: 1\nservers:\n  a:\n    command: run-a\n    args: ["${'n'.repeat(9000)}"]\n`,
      );
      // leave `free` pages of 4 KiB: each step of the apply needs a few
      const st = spawnSync('df', ['-B1', '--output=avail', mnt], { encoding: 'utf8' });
      const avail = Number(st.stdout.trim().split('\n').pop());
      writeFileSync(join(mnt, 'filler'), Buffer.alloc(Math.max(0, avail - free * 4096)));
      const dir = join(mnt, 'cfg');
      const before = snapshot(dir);
      const r = mcpctl(['apply', '--yes', '-f', join(yamlDir, 'mcp.yaml'), '--config', config], { cwd: yamlDir });
      rmSync(join(mnt, 'filler'), { force: true });
      assert.not.match(r.stderr, /internal error|this is a bug|Maximum call stack/, `free ${free}: ${r.stderr}`);
      if (r.code === 0) {
        successes++;
        assertRecorded(dir, `free ${free}`);
      } else {
        failures++;
        assert.match(r.stderr, /no space left/, `free ${free}: ${r.stderr}`);
        const after = snapshot(dir);
        if (after.config === before.config)
          assert.equal(after, before, `free ${free}: a failure leaves everything as before`);
        else assertRecorded(dir, `free ${free}`);
      }
    }
    assert.ok(
      failures >= 3 && successes >= 1,
      `failures ${failures}, successes ${successes}: the sweep did not cross the steps`,
    );
  } finally {
    spawnSync('umount', [mnt]);
  }
});

test.run();
