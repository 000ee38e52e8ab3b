// What the action tests build: a git repository with a base and a head commit, a pull_request event
// payload shaped like GitHub's, the runner's files, and the bundled action run as the runner runs it.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.js';

export const BUNDLE = join(ROOT, 'action', 'dist', 'index.js');
export const REPOSITORY = 'acme/tools';
export const TOKEN = 'ghs_L0opbackT0kenF0rTheActi0nTests000001';
// A GitHub PAT planted in mcp.yaml: it must never leave the action unmasked.
export const PLANTED = 'ghp_Zq8vW3nR5tY1uI9oP2aS4dF6gH7jK0lXcVbN';

export interface Repo {
  dir: string;
  /** Writes the files (null deletes one), commits, returns the commit sha. */
  commit(files: Record<string, string | null>, message: string): string;
}

export function gitRepo(): Repo {
  const dir = tempDir('mcpctl-action-repo-');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'user.name', 'Dev');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    commit(files, message) {
      for (const [name, text] of Object.entries(files)) {
        const path = join(dir, name);
        if (text === null) {
          git('rm', '-q', '--', name);
          continue;
        }
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        git('add', '--', name);
      }
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

/** A `pull_request` (synchronize) payload with the fields GitHub sends that the action reads, and some it does not. */
export function prEvent(o: { number: number; base: string; head: string; fork?: boolean }) {
  const repo = (fullName: string, fork: boolean) => ({
    id: fork ? 2 : 1,
    name: fullName.split('/')[1],
    full_name: fullName,
    private: false,
    fork,
    owner: { login: fullName.split('/')[0], type: 'Organization' },
  });
  return {
    action: 'synchronize',
    number: o.number,
    before: '0000000000000000000000000000000000000000',
    after: o.head,
    pull_request: {
      url: `https://api.github.com/repos/${REPOSITORY}/pulls/${o.number}`,
      id: 123456,
      number: o.number,
      state: 'open',
      title: 'Add the GitHub server',
      user: { login: 'dev', type: 'User' },
      head: {
        label: o.fork ? 'someone:feature' : 'acme:feature',
        ref: 'feature',
        sha: o.head,
        repo: repo(o.fork ? 'someone/tools' : REPOSITORY, o.fork === true),
      },
      base: { label: 'acme:main', ref: 'main', sha: o.base, repo: repo(REPOSITORY, false) },
    },
    repository: repo(REPOSITORY, false),
    sender: { login: 'dev', type: 'User' },
  };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Files the runner gave the action. */
  files: { output: string; summary: string; temp: string };
}

/** Runs action/dist/index.js the way the runner does: node, the GITHUB_* variables, INPUT_* for every input. */
export function runAction(o: {
  workspace: string;
  event: object;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<Run> {
  const runner = tempDir('mcpctl-action-runner-');
  const files = {
    output: join(runner, 'output'),
    summary: join(runner, 'summary.md'),
    temp: join(runner, 'temp'),
    event: join(runner, 'event.json'),
  };
  mkdirSync(files.temp);
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(o.event, null, 2));
  // action.yml's defaults, as the runner passes them, then the step's `with:`
  const inputs: Record<string, string> = {
    file: 'mcp.yaml',
    policy: '',
    command: 'plan',
    'base-ref': '',
    comment: 'true',
    sarif: '',
    'fail-on': 'error',
    'github-token': TOKEN,
    'check-updates': 'false',
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKFLOW: 'mcp',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: o.apiUrl,
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...o.env,
  };
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [BUNDLE],
      { cwd: o.workspace, env, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return fail(error);
        const output = readFileSync(files.output, 'utf8');
        done({
          code: error && typeof error.code === 'number' ? error.code : 0,
          stdout,
          stderr,
          outputs: parseOutputs(output),
          summary: readFileSync(files.summary, 'utf8'),
          files,
        });
      },
    );
  });
}

/** Reads GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name = '', delim = ''] = heredoc;
      const end = lines.indexOf(delim, i + 1);
      if (end === -1) throw new Error(`output ${name}: no closing delimiter`);
      out[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error(`invalid output line: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
