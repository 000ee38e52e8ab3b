// rollback of an apply that wrote several client files: every file of it is restored together, as one step
// with one undo id (so the rollback can be rolled back), refused without --force when any file was edited by
// hand (naming them); --target limits rollback and backups to those clients' files; backups lists per file.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { planRollback, runRollback } from '../../src/app/rollback.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { FOUR_FILES, fourClients, tree } from './_tree.js';

const V1 = fourClients('  a:\n    command: run-a\n    args: ["--v1"]\n');
const V2 = fourClients('  a:\n    command: run-a\n    args: ["--v2"]\n  b:\n    command: run-b\n');

type Files = Record<string, string | null>;

function files(dir: string): Files {
  const out: Files = {};
  for (const f of FOUR_FILES) {
    try {
      out[f] = readFileSync(join(dir, f), 'utf8');
    } catch {
      out[f] = null;
    }
  }
  return out;
}

/** Hand-written files, then two applies: V1 and V2. Returns the bytes after each. */
function appliedTwice(): { dir: string; run: (...a: string[]) => ReturnType<typeof mcpctl>; v1: Files; v2: Files } {
  const dir = tempDir();
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  mkdirSync(join(dir, '.codex'));
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, '.codex', 'config.toml'), '# mine\nmodel = "gpt-5"\n');
  writeFileSync(join(dir, '.vscode', 'mcp.json'), '// team\n{\n\t"servers": {}\n}\n');
  writeFileSync(join(dir, 'mcp.yaml'), V1);
  const a = run('apply', '--yes');
  assert.is(a.code, 0, a.stderr);
  const v1 = files(dir);
  writeFileSync(join(dir, 'mcp.yaml'), V2);
  const b = run('apply', '--yes');
  assert.is(b.code, 0, b.stderr);
  return { dir, run, v1, v2: files(dir) };
}

test('rollback restores every file of the last apply together, and rolling it back restores them all again', () => {
  const { dir, run, v1, v2 } = appliedTwice();
  assert.not.equal(v1, v2);
  const r = run('rollback', '--yes', '--json');
  assert.is(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.is(doc.format_version, 2);
  assert.equal(
    doc.files.map((f: { file: string }) => f.file).sort(),
    FOUR_FILES.map((f) => join(dir, f)).sort(),
    'every file of the apply',
  );
  assert.equal(files(dir), v1, 'every file holds its bytes from before the apply');
  assert.is(run('plan', '--detailed-exitcode').code, 2, 'the plan of V2 has changes again');
  // the rollback made one backup per file under one id: rolling it back is one step too
  const backups = JSON.parse(run('backups', '--json').stdout);
  const undo = backups.backups.filter((b: { id: string }) => b.id === doc.undo_backup);
  assert.is(undo.length, 4, 'one backup of each file, one id');
  const again = run('rollback', '--yes');
  assert.is(again.code, 0, again.stderr);
  assert.equal(files(dir), v2);
  assert.is(run('plan', '--detailed-exitcode').code, 0, 'no changes: the files are V2 again');
});

test('a hand edit to any file refuses the rollback (naming the files) until --force; nothing changes', () => {
  const { dir, run, v1 } = appliedTwice();
  writeFileSync(join(dir, '.cursor', 'mcp.json'), `${readFileSync(join(dir, '.cursor', 'mcp.json'), 'utf8')}\n`);
  writeFileSync(join(dir, '.vscode', 'mcp.json'), '// edited\n{"servers": {}}\n');
  const before = tree(dir);
  const refused = run('rollback', '--yes');
  assert.is(refused.code, 4, refused.stderr);
  assert.ok(refused.stderr.includes(join(dir, '.cursor', 'mcp.json')), refused.stderr);
  assert.ok(refused.stderr.includes(join(dir, '.vscode', 'mcp.json')), refused.stderr);
  assert.not.ok(refused.stderr.includes(join(dir, '.mcp.json')), 'an unedited file is not named');
  assert.equal(tree(dir), before, 'nothing changed');
  const forced = run('rollback', '--yes', '--force');
  assert.is(forced.code, 0, forced.stderr);
  assert.equal(files(dir), v1);
});

test('--target limits rollback and backups to those clients; the other files stay', () => {
  const { dir, run, v1, v2 } = appliedTwice();
  const listed = JSON.parse(run('backups', '--json', '--target', 'cursor').stdout);
  assert.equal(listed.files, [{ file: join(dir, '.cursor', 'mcp.json'), clients: ['cursor'] }]);
  assert.ok(listed.backups.every((b: { file: string }) => b.file === join(dir, '.cursor', 'mcp.json')));
  const text = run('backups').stdout;
  for (const f of FOUR_FILES) assert.ok(text.includes(`Backups of ${join(dir, f)}`), text);
  const r = run('rollback', '--yes', '--target', 'cursor', '--target', 'vscode');
  assert.is(r.code, 0, r.stderr);
  const now = files(dir);
  assert.is(now['.cursor/mcp.json'], v1['.cursor/mcp.json']);
  assert.is(now['.vscode/mcp.json'], v1['.vscode/mcp.json']);
  assert.is(now['.mcp.json'], v2['.mcp.json']);
  assert.is(now['.codex/config.toml'], v2['.codex/config.toml']);
});

test('without mcp.yaml: backups lists Codex from its flags as before; rollback finds the apply through it and undoes all of it, --target codex only Codex', () => {
  const one = appliedTwice();
  rmSync(join(one.dir, 'mcp.yaml'));
  const listed = JSON.parse(one.run('backups', '--json').stdout);
  assert.equal(listed.files, [{ file: join(one.dir, '.codex', 'config.toml'), clients: ['codex'] }]);
  const cursor = one.run('rollback', '--yes', '--target', 'cursor');
  assert.is(cursor.code, 2);
  assert.match(cursor.stderr, /no mcp\.yaml/);
  const r = one.run('rollback', '--yes');
  assert.is(r.code, 0, r.stderr);
  assert.equal(files(one.dir), one.v1, 'the journal names every file of the apply');

  const two = appliedTwice();
  rmSync(join(two.dir, 'mcp.yaml'));
  const codex = two.run('rollback', '--yes', '--target', 'codex');
  assert.is(codex.code, 0, codex.stderr);
  const now = files(two.dir);
  assert.is(now['.codex/config.toml'], two.v1['.codex/config.toml']);
  assert.is(now['.cursor/mcp.json'], two.v2['.cursor/mcp.json']);
});

test('a rollback that fails writing the third file puts the first two back: every file, state, journal as before', async () => {
  const { dir } = appliedTwice();
  const paths = FOUR_FILES.map((f) => join(dir, f)).sort();
  const third = paths[2] ?? '';
  const before = tree(dir);
  const plan = await planRollback(
    paths.map((path) => ({ path, clients: [] })),
    undefined,
  );
  assert.is(plan.files.length, 4);
  const err = await runRollback(plan, {
    force: false,
    tool: 'test',
    inject: (s, file) => {
      if (s === 'write' && file === third)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  }).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(err instanceof Error);
  assert.ok(err.message.includes(third), err.message);
  assert.match(err.message, /the 2 files rolled back before it were restored/);
  assert.equal(tree(dir), before);
});

test.run();
