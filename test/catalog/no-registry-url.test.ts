// No package registry is written into the repository: templates leave the optional registry base URL out (npm's
// and uv's own configuration applies, so a mirror or proxy set there is used), nothing else names one, and
// tests that need a registry serve it on loopback. Lockfiles (which record where packages came from) and
// the generated Action bundle (built from src, checked by test/action/bundle.test.ts) are not ours to edit.
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../helpers/cli.js';

// (spelled in pieces, so that this file does not match its own search)
const PATTERN = ['registry' + 'BaseUrl', 'registry' + '_base_url', String.raw`https?://registry\.(npm|yarn)`, String.raw`pypi\.` + 'org', String.raw`files\.pythonhosted\.` + 'org'].join('|');

test('no package registry URL in the tracked files (lockfiles and the generated Action bundle aside)', () => {
  const r = spawnSync('git', ['grep', '-n', '-I', '-E', PATTERN, '--', '.', ':!**/package-lock.json', ':!package-lock.json', ':!action/dist/**'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 128 || r.error) throw new Error(`this test reads the repository with git grep: ${r.stderr || String(r.error)}`);
  assert.is(r.stdout, '', `registry URLs written into the repository:\n${r.stdout}`);
});

test.run();
