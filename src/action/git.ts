// The little git the action needs: find the base commit, read mcp.yaml as it was there, and list the
// files a pull request changes. Runs the git CLI in the workspace (actions/checkout leaves one).
import { execFile } from 'node:child_process';
import { McpctlError } from '../core/errors.js';
import { LOAD_LIMITS } from '../core/load.js';
import { decodeUtf8 } from '../io/read.js';

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function _git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: LOAD_LIMITS.maxBytes * 4,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (error && !('code' in error && typeof error.code === 'number')) {
          fail(
            new McpctlError('E_INPUT', `cannot run git (${error.message})`, {
              hint: 'the action needs git on the runner and a checkout (actions/checkout)',
            }),
          );
          return;
        }
        done({
          code: error && typeof error.code === 'number' ? error.code : 0,
          stdout,
          stderr: stderr.toString('utf8').trim(),
        });
      },
    );
  });
}

async function _commit(ref: string, cwd: string): Promise<string | null> {
  const r = await _git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
}

/**
 * The commit `ref` names: as given, else the remote-tracking branch `origin/<ref>`, else after a
 * shallow fetch of it from origin (a checkout made with the default fetch-depth: 1 lacks the base).
 */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  if (ref.startsWith('-'))
    throw new McpctlError('E_USAGE', `base-ref "${ref}" is not a ref or commit`, {
      hint: 'name a branch, tag or commit sha',
    });
  const found = (await _commit(ref, cwd)) ?? (await _commit(`origin/${ref}`, cwd));
  if (found) return found;
  const fetched = await _git(['fetch', '--no-tags', '--depth=1', 'origin', ref], cwd);
  const after = fetched.code === 0 ? ((await _commit(ref, cwd)) ?? (await _commit('FETCH_HEAD', cwd))) : null;
  if (after) return after;
  throw new McpctlError('E_INPUT', `the base commit ${ref} is not in the checkout and could not be fetched`, {
    hint: 'check out with the history: actions/checkout with "fetch-depth: 0", or set base-ref to a commit that is there',
  });
}

/** The file's text at `commit` (`git show <commit>:<file>`), or null when the file is not in that commit. */
export async function fileAt(commit: string, file: string, cwd: string): Promise<string | null> {
  const spec = `${commit}:./${file}`;
  const type = await _git(['cat-file', '-t', spec], cwd);
  if (type.code !== 0) return null;
  const kind = type.stdout.toString('utf8').trim();
  if (kind !== 'blob') {
    throw new McpctlError('E_INPUT', `${file} at ${commit.slice(0, 12)} is a ${kind}, not a file`, {
      hint: 'set "file:" to the mcp.yaml file itself',
    });
  }
  const show = await _git(['show', spec], cwd);
  if (show.code !== 0)
    throw new McpctlError('E_INPUT', `git show ${spec} failed: ${show.stderr}`, { hint: 'check the checkout' });
  if (show.stdout.length > LOAD_LIMITS.maxBytes) {
    throw new McpctlError(
      'E_TOO_LARGE',
      `${file} at ${commit.slice(0, 12)} is larger than ${LOAD_LIMITS.maxBytes} bytes`,
      { hint: 'check that this is the right file' },
    );
  }
  return decodeUtf8(show.stdout, `${file} at ${commit.slice(0, 12)}`, 'mcp.yaml');
}

/** Files added, changed or renamed between `base` and the checkout's HEAD, relative to `cwd`. */
export async function changedFiles(base: string, cwd: string): Promise<string[]> {
  const r = await _git(
    ['diff', '--name-only', '-z', '--relative', '--no-renames', '--diff-filter=d', base, 'HEAD', '--'],
    cwd,
  );
  if (r.code !== 0)
    throw new McpctlError('E_INPUT', `git diff ${base.slice(0, 12)} HEAD failed: ${r.stderr}`, {
      hint: 'check out with the history: actions/checkout with "fetch-depth: 0"',
    });
  return r.stdout
    .toString('utf8')
    .split('\0')
    .filter((f) => f !== '');
}
