// What the action needs from the workflow run: the repository, the workflow's name and, for a
// pull request, its number, base and head and whether it comes from a fork. Read from the
// GITHUB_* variables and the event payload at GITHUB_EVENT_PATH; anything absent is null, never a crash.
import { readFile } from 'node:fs/promises';

export interface PullRequest {
  number: number;
  base: { ref: string | null; sha: string | null; repo: string | null };
  head: { ref: string | null; sha: string | null; repo: string | null };
  /** The head lives in another repository (a fork), or its repository is gone. */
  fromFork: boolean;
}

export interface RunEvent {
  /** `owner/name`. */
  repository: string | null;
  workflow: string;
  eventName: string | null;
  pullRequest: PullRequest | null;
  /** A push event's previous head (`before`), when it is a real commit. */
  before: string | null;
}

export async function readEvent(env: NodeJS.ProcessEnv): Promise<RunEvent> {
  let payload: unknown = null;
  const path = env['GITHUB_EVENT_PATH'];
  if (path) {
    try {
      payload = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      payload = null;
    }
  }
  return eventFrom(env, payload);
}

export function eventFrom(env: NodeJS.ProcessEnv, payload: unknown): RunEvent {
  const before = _str(_at(payload, 'before'));
  return {
    repository: env['GITHUB_REPOSITORY'] || _str(_at(payload, 'repository', 'full_name')),
    workflow: env['GITHUB_WORKFLOW'] || 'workflow',
    eventName: env['GITHUB_EVENT_NAME'] || null,
    pullRequest: _pullRequest(_at(payload, 'pull_request')),
    before: before !== null && !/^0+$/.test(before) ? before : null,
  };
}

function _pullRequest(pr: unknown): PullRequest | null {
  const number = _at(pr, 'number');
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) return null;
  const side = (name: 'base' | 'head') => ({
    ref: _str(_at(pr, name, 'ref')),
    sha: _str(_at(pr, name, 'sha')),
    repo: _str(_at(pr, name, 'repo', 'full_name')),
  });
  const base = side('base');
  const head = side('head');
  return { number, base, head, fromFork: head.repo === null || (base.repo !== null && head.repo !== base.repo) };
}

function _at(v: unknown, ...path: string[]): unknown {
  let cur = v;
  for (const key of path) {
    if (!_isRecord(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function _isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function _str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}
