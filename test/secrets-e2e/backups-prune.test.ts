// Tokens that import moved to the store stay in the backup apply made of the old config.toml: apply says so
// (which files, rotate), and "backups prune" removes such backups, saying what rollback restores afterwards
// and never removing without --yes (or a typed yes on a terminal).
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

/** The format 2 document's one file (format 2 lists files; these tests have Codex alone). */
interface PruneDoc extends PruneFile {
  kind: string;
  pruned: boolean;
  reason: string | null;
}

function pruneDoc(stdout: string): PruneDoc {
  const doc = JSON.parse(stdout);
  assert.is(doc.format_version, 2);
  assert.is(doc.files.length, 1);
  return { ...doc, ...doc.files[0] };
}

interface PruneFile {
  file: string;
  remove: Array<{ id: string; path: string; secrets: string[] }>;
  removed: string[];
  kept: string[];
  removes_latest: boolean;
  rollback_after: string | null;
}

test('import + apply names the backup that still holds the token; prune --containing-secrets removes it, keeping what rollback needs', () => {
  const home = tempDir('mcpctl-prune-');
  mkdirSync(join(home, '.codex'));
  const token = `ghp_${rand(ALPHABET.alnum, 36)}`;
  writeFileSync(
    join(home, '.codex', 'config.toml'),
    `[mcp_servers.github]\ncommand = "npx"\nargs = ["-y", "srv@1.0.0"]\nenv = { GITHUB_PERSONAL_ACCESS_TOKEN = "${token}", DB_PASSWORD = "correct horse" }\n`,
  );
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (...args: string[]) => mcpctl(args, { cwd: home, env });

  const imp = run('import');
  assert.is(imp.code, 0, imp.stderr);
  assert.match(
    imp.stdout,
    /in the backup apply makes of it[^]*rotate them at the provider[^]*mcpctl backups prune --containing-secrets/,
  );

  const apply = run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);
  const first = JSON.parse(run('backups', '--json').stdout).backups[0];
  // a human-chosen password moved by import counts too, though no token pattern matches it
  assert.match(
    apply.stdout,
    /2 plaintext secrets are no longer in the file \(ghp_…\(40 chars\), corr…\(13 chars\)\), but they are still in this backup:\n/,
  );
  assert.ok(apply.stdout.includes(`  ${first.path}\n`));
  assert.match(apply.stdout, /rotate them at the provider[^]*"mcpctl backups prune --containing-secrets"/);
  assert.not.ok(apply.stdout.includes(token.slice(4)));
  assert.ok(readFileSync(first.path, 'utf8').includes(token));

  // a second apply without secrets: its backup holds none, and apply says nothing about backups
  writeFileSync(
    join(home, 'mcp.yaml'),
    readFileSync(join(home, 'mcp.yaml'), 'utf8').replace(
      '    command: npx\n',
      '    command: npx\n    tool_timeout_sec: 30\n',
    ),
  );
  const again = run('apply', '--yes', '--json');
  assert.is(again.code, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).secrets_in_backups, []);
  const second = JSON.parse(run('backups', '--json').stdout).backups[0];
  assert.is.not(second.id, first.id);

  const list = run('backups');
  assert.match(list.stdout, new RegExp(`${first.id} .* holds 2 plaintext secrets\\n`));
  assert.not.match(list.stdout, new RegExp(`${second.id} .* holds`));
  assert.match(list.stdout, /with "mcpctl backups prune --containing-secrets"/);
  const dry = run('backups', 'prune', '--containing-secrets', '--dry-run', '--json');
  assert.is(dry.code, 0, dry.stderr);
  const plan = pruneDoc(dry.stdout);
  assert.equal(
    [plan.kind, plan.pruned, plan.remove.map((b) => b.id), plan.kept, plan.removes_latest, plan.rollback_after],
    ['mcpctl.backups-prune', false, [first.id], [second.id], false, second.id],
  );
  assert.equal(plan.remove[0]?.secrets.sort(), ['corr…(13 chars)', 'ghp_…(40 chars)']);
  assert.not.ok(dry.stdout.includes(token.slice(4)));

  // no terminal, no --yes: nothing is removed
  const refused = run('backups', 'prune', '--containing-secrets');
  assert.is(refused.code, 2);
  assert.match(refused.stderr, /not pruned: no terminal to confirm on/);
  assert.ok(existsSync(first.path));

  const done = run('backups', 'prune', '--containing-secrets', '--yes');
  assert.is(done.code, 0, done.stderr);
  assert.match(done.stdout, new RegExp(`Removed 1 backup\\. "mcpctl rollback" now restores ${second.id}\\.`));
  assert.not.ok(existsSync(first.path));
  assert.not.ok(existsSync(first.path.replace(/\.bak$/, '.state.json')));
  assert.ok(existsSync(second.path));
  assert.equal(
    JSON.parse(run('backups', '--json').stdout).backups.map((b: { id: string }) => b.id),
    [second.id],
  );
  assert.is(run('rollback', '--dry-run').code, 0);
  // nothing left that holds a secret
  const none = run('backups', 'prune', '--containing-secrets', '--yes');
  assert.is(none.code, 0);
  assert.match(none.stdout, /No backups of .* to prune \(none holds a plaintext secret\)/);
});

test('prune --all says rollback is left with nothing; --before keeps the named backup; no selector is a usage error', () => {
  const home = tempDir('mcpctl-prune-all-');
  mkdirSync(join(home, '.codex'));
  const env = { HOME: home };
  const run = (...args: string[]) => mcpctl(args, { cwd: home, env });
  for (const t of [10, 20, 30]) {
    writeFileSync(join(home, 'mcp.yaml'), `version: 1\nservers:\n  a:\n    command: srv\n    tool_timeout_sec: ${t}\n`);
    assert.is(run('apply', '--yes').code, 0);
  }
  const ids: string[] = JSON.parse(run('backups', '--json').stdout).backups.map((b: { id: string }) => b.id);
  assert.is(ids.length, 3);

  const usage = run('backups', 'prune');
  assert.is(usage.code, 2);
  assert.match(usage.stderr, /say which backups to prune/);

  const before = pruneDoc(run('backups', 'prune', '--before', ids[1] ?? '', '--yes', '--json').stdout);
  assert.equal(
    [before.pruned, before.removed, before.kept, before.rollback_after],
    [true, [ids[2]], [ids[0], ids[1]], ids[0]],
  );

  const unknown = run('backups', 'prune', '--before', 'nope');
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /no backup "nope"/);

  const all = run('backups', 'prune', '--all', '--dry-run');
  assert.match(all.stdout, /This removes every backup: afterwards "mcpctl rollback" has nothing to restore/);
  // a backup file replaced by a link to a file elsewhere: the link goes, the file it points to is not touched
  const elsewhere = join(home, 'precious.txt');
  writeFileSync(elsewhere, 'keep me');
  const linked = JSON.parse(run('backups', '--json').stdout).backups[1].path;
  rmSync(linked);
  symlinkSync(elsewhere, linked);
  const gone = pruneDoc(run('backups', 'prune', '--all', '--yes', '--json').stdout);
  assert.equal([gone.removed, gone.removes_latest, gone.rollback_after], [[ids[0], ids[1]], true, null]);
  assert.is(readFileSync(elsewhere, 'utf8'), 'keep me');
  assert.not.ok(existsSync(linked));
  assert.is(run('rollback', '--dry-run').code, 2);
});

test.run();
