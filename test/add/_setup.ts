// A temp project for add/remove tests: the demo catalog signed with a fresh key, a fixture's mcp.yaml, and a
// run() that uses a file-backed secret store under the temp HOME.
import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

export interface Project {
  dir: string;
  run: (...args: string[]) => RunResult;
  env: Record<string, string>;
}

export function project(fixture?: string): Project {
  const dir = tempDir('mcpctl-addtest-');
  cpSync(join(ROOT, 'fixtures', 'catalog', 'demo'), join(dir, 'cat'), { recursive: true });
  const env = { HOME: dir, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env });
  assert.is(run('catalog', 'keygen', '--out', 'acme.key').code, 0);
  const signed = run('catalog', 'sign', 'cat', '--key', 'acme.key', '--name', 'acme');
  assert.is(signed.code, 0, signed.stderr);
  if (fixture) {
    const src = join(ROOT, 'fixtures', 'add', fixture, 'mcp.yaml');
    assert.ok(existsSync(src), src);
    copyFileSync(src, join(dir, 'mcp.yaml'));
  }
  return { dir, run, env };
}

/** A value every provider rule calls a GitHub token. */
export const PLANTED = 'ghp_R4nd0mT0k3nV4lu3F0rTh3D0cs0000000000';
