// A temp project for the Cursor and VS Code golden tests: a fixture's mcp.yaml (its target's scope set to the
// one asked for), a HOME of its own with a file-backed secret store, and run() for the built CLI. Neither
// client has a CLI here, so what apply writes is compared with golden files checked against their docs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

export type EditorClient = 'cursor' | 'vscode';
export type EditorScope = 'project' | 'user';

export interface EditorProject {
  dir: string;
  home: string;
  /** The client's file for that scope (absolute). */
  file: string;
  run: (...args: string[]) => RunResult;
  env: Record<string, string>;
}

export const fixture = (client: EditorClient, c: string, f: string) => join(ROOT, 'fixtures', 'targets', client, c, f);

/** The client's file for a scope, with HOME = home on Linux (the defaults: no XDG_CONFIG_HOME, no VSCODE_*). */
export function clientFile(client: EditorClient, scope: EditorScope, dir: string, home: string): string {
  if (client === 'cursor') return join(scope === 'project' ? dir : home, '.cursor', 'mcp.json');
  return scope === 'project' ? join(dir, '.vscode', 'mcp.json') : join(home, '.config', 'Code', 'User', 'mcp.json');
}

export function editorProject(client: EditorClient, c: string, scope: EditorScope, existing?: string): EditorProject {
  const dir = tempDir('mcpctl-editor-');
  const home = join(dir, 'home');
  mkdirSync(home);
  const yaml = readFileSync(fixture(client, c, 'mcp.yaml'), 'utf8');
  assert.ok(yaml.includes(`${client}: {scope: project}`), 'the fixture names its target with scope: project');
  writeFileSync(join(dir, 'mcp.yaml'), yaml.replace(`${client}: {scope: project}`, `${client}: {scope: ${scope}}`));
  const file = clientFile(client, scope, dir, home);
  if (existing !== undefined) {
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(fixture(client, c, existing), file);
  }
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env });
  return { dir, home, file, run, env };
}

/** Stores a secret as `mcpctl secret set` does (the value on stdin). */
export function setSecret(p: EditorProject, name: string, value: string): void {
  const r = mcpctl(['secret', 'set', name], { cwd: p.dir, env: p.env, input: value });
  assert.is(r.code, 0, r.stderr);
}

/** A file's text with this machine's paths replaced: <node> for this Node, <mcpctl> for the built CLI, <dir>. */
export function portable(text: string, dir: string): string {
  return text.split(BIN).join('<mcpctl>').split(process.execPath).join('<node>').split(dir).join('<dir>');
}

export const readText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : null);

/** Every string in a JSON value (keys included), to check each against a client's expansion rules. */
export function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out);
    }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The servers object of a client's file (`mcpServers` for Cursor, `servers` for VS Code). */
export function serversOf(text: string, key: string): Obj {
  const doc: unknown = JSON.parse(text);
  assert.ok(isObj(doc), 'the file is a JSON object');
  const servers = isObj(doc) ? doc[key] : undefined;
  assert.ok(isObj(servers), `the file has a "${key}" object`);
  return isObj(servers) ? servers : {};
}

export function entryOf(servers: Obj, name: string): Obj {
  const e = servers[name];
  assert.ok(isObj(e), `server "${name}" is an object`);
  return isObj(e) ? e : {};
}

/**
 * What the client does to every string it expands before it starts a server, as both document it: `${env:NAME}`
 * becomes the variable (empty when unset; VS Code reads the whole text after "env:" as the name) and
 * `${workspaceFolder}` / `${userHome}` become folders. (Both know more variables; these are the ones the tests use.)
 */
export function clientExpand(text: string, env: Record<string, string>, workspace: string): string {
  return text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('env:')) return env[inner.slice(4)] ?? '';
    if (inner === 'workspaceFolder') return workspace;
    if (inner === 'userHome') return env['HOME'] ?? '';
    return whole;
  });
}

/** Starts an entry as the client would (its strings expanded, its env over ours) and returns what it printed. */
export function runEntry(
  e: Obj,
  env: Record<string, string>,
  workspace: string,
): { code: number; stdout: string; stderr: string } {
  const x = (v: unknown) => clientExpand(String(v), env, workspace);
  const args = Array.isArray(e['args']) ? e['args'].map(x) : [];
  const own = isObj(e['env']) ? Object.fromEntries(Object.entries(e['env']).map(([k, v]) => [k, x(v)])) : {};
  const r = spawnSync(x(e['command']), args, {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env, ...own },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
