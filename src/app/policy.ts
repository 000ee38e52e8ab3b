// `mcpctl policy render` and `mcpctl policy check`: the organisation policy (policy: in mcp.yaml, or --policy)
// compiled to the file each client enforces itself, and checked against mcp.yaml and every client file a
// repository holds (each client's project-scope file), with the rules lint uses.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { PolicyFile } from '../core/generated/policy-types.js';
import { readLauncher, readProxy } from '../core/import-launcher.js';
import type { Finding, FindingsReport } from '../core/lint/finding.js';
import { allRules, lintSource } from '../core/lint/lint.js';
import { sourceFromEntries } from '../core/lint/source.js';
import { POLICY_RENDERERS } from '../core/policy/render/index.js';
import type { RenderedPolicy } from '../core/policy/render/types.js';
import { TARGETS } from '../core/targets/registry.js';
import type { TargetName } from '../core/targets/names.js';
import { readTarget } from '../core/toml/read-target.js';
import { gitFiles } from '../io/git-files.js';
import { gitRootOf } from '../io/git-root.js';
import { pathExists } from '../io/path-exists.js';
import { readPolicy } from '../io/policy.js';
import { readText } from '../io/read.js';
import { lintConfig, lintSpec, policiesFor } from './lint.js';
import { loadSpec } from './pipeline.js';
import type { Context, LoadedSpec } from './pipeline.js';

export interface PolicyRequest {
  /** -f: the mcp.yaml whose policy: names the policy (default ./mcp.yaml, when there is one). */
  file?: string | undefined;
  /** --policy FILE. */
  policy?: string | undefined;
  /** Called with each client file's text as it is read (the Action masks the tokens it holds first). */
  seen?: ((text: string) => void) | undefined;
}

/** The clients `policy render` has a file for. */
export const RENDER_TARGETS = Object.keys(POLICY_RENDERERS);

export async function renderPolicy(req: PolicyRequest & { target: string }, ctx: Context): Promise<RenderedPolicy> {
  const renderer = POLICY_RENDERERS[req.target];
  if (!renderer)
    throw new McpctlError('E_USAGE', `mcpctl cannot render a policy for "${req.target}"`, {
      hint: `it renders for ${RENDER_TARGETS.join(', ')}; the other clients have no setting that limits MCP servers (policy check covers them)`,
    });
  const policies = req.policy
    ? [await readPolicy(resolve(ctx.cwd, req.policy), req.policy)]
    : await policiesFor(await specOf(req, ctx, true), undefined, ctx);
  const [policy] = policies;
  if (!policy) throw noPolicy();
  return renderer.render(policy);
}

export interface PolicyCheckReport extends FindingsReport {
  /** Each file looked at, with the clients that read it (mcp.yaml: mcpctl). */
  files: Array<{ file: string; clients: string[] }>;
}

/** mcp.yaml (when there is one) and every client's project-scope file in the repository, against the policies. */
export async function checkPolicy(req: PolicyRequest, ctx: Context): Promise<PolicyCheckReport> {
  const spec = await specOf(req, ctx, false);
  const policies: PolicyFile[] = await policiesFor(spec, req.policy, ctx);
  if (!policies.length) throw noPolicy();
  const findings: Finding[] = [];
  const files: PolicyCheckReport['files'] = [];
  if (spec) {
    req.seen?.(spec.doc.text);
    findings.push(...lintSpec(spec, policies));
    files.push({ file: spec.file, clients: ['mcp.yaml'] });
  }
  const base = spec ? dirname(spec.path) : ctx.cwd;
  const root = gitRootOf(base) ?? base;
  for (const { path, clients } of projectFiles(root, base, ctx)) {
    const text = await readText(path, {
      maxBytes: 64 * 1024 * 1024,
      what: `${clients.join(' and ')} config`,
      missingOk: true,
    });
    if (text === null) continue;
    req.seen?.(text);
    const shownAs = relative(ctx.cwd, path).startsWith('..') ? path : relative(ctx.cwd, path);
    const [first] = clients;
    if (first === 'codex') findings.push(...lintConfig(readTarget(text, shownAs), shownAs, policies, spec?.spec.lint));
    else if (first) {
      const client = TARGETS[first];
      const file = client.read(text, shownAs, 'project', whereFor(root, ctx));
      const source = sourceFromEntries(shownAs, text, file.servers, seeThrough);
      findings.push(...lintSource(source, { rules: spec?.spec.lint?.rules, policies }));
    }
    files.push({ file: shownAs, clients: clients.map((c) => TARGETS[c].title) });
  }
  const rules = allRules();
  return {
    findings,
    filesScanned: files.length,
    skipped: [],
    rules: [...new Set(findings.map((f) => f.ruleId))].map((id) => rules.get(id)).filter((m) => m !== undefined),
    files,
  };
}

/** mcpctl's launcher runs a server's own command line, its bridge forwards to a URL: the policy is about those. */
function seeThrough(argv: string[]): { argv?: string[]; url?: string } | null {
  const bridge = readProxy(argv);
  if (bridge) return { url: bridge.url };
  const launched = readLauncher(argv);
  return launched ? { argv: launched.argv } : null;
}

function whereFor(root: string, ctx: Context) {
  return {
    env: ctx.env,
    home: ctx.home,
    cwd: ctx.cwd,
    platform: process.platform,
    specDir: root,
    gitRoot: root,
    exists: pathExists,
  };
}

/**
 * Every client's project-scope file in the repository, once per file (Claude Code and Copilot share .mcp.json):
 * in each folder that holds one of their names among the files git would commit, beside mcp.yaml, and at the
 * root (the folders alone when git is not there).
 */
function projectFiles(root: string, specDir: string, ctx: Context): Array<{ path: string; clients: TargetName[] }> {
  const clients = Object.values(TARGETS).filter((c) => c.scopes.includes('project'));
  // each client's file as a path below a folder: .mcp.json, .vscode/mcp.json, opencode.json(c), .codex/config.toml
  const tails = new Set<string>();
  for (const c of clients) {
    const rel = relative(root, c.file('project', whereFor(root, ctx)))
      .split(sep)
      .join('/');
    tails.add(rel);
    if (rel === 'opencode.json' || rel === 'opencode.jsonc') tails.add('opencode.json').add('opencode.jsonc');
  }
  const dirs = new Set([root, specDir]);
  for (const f of gitFiles(root) ?? []) {
    for (const tail of tails)
      if (f === tail || f.endsWith(`/${tail}`)) dirs.add(join(root, f.slice(0, f.length - tail.length)));
  }
  const byPath = new Map<string, TargetName[]>();
  for (const dir of [...dirs].map((d) => resolve(d)).sort())
    for (const client of clients) {
      const path = client.file('project', whereFor(dir, ctx));
      const had = byPath.get(path) ?? [];
      if (!had.includes(client.name)) byPath.set(path, [...had, client.name]);
    }
  return [...byPath].map(([path, names]) => ({ path, clients: names }));
}

async function specOf(req: PolicyRequest, ctx: Context, required: boolean): Promise<LoadedSpec | null> {
  if (req.file === undefined && !existsSync(resolve(ctx.cwd, 'mcp.yaml'))) {
    if (required && req.policy === undefined) throw noPolicy();
    return null;
  }
  return loadSpec(req.file ?? 'mcp.yaml', ctx);
}

function noPolicy(): McpctlError {
  return new McpctlError('E_USAGE', 'no organisation policy to work from', {
    hint: 'name it with --policy FILE, or with "policy: FILE" in mcp.yaml',
  });
}
