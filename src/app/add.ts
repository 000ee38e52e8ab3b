// add and remove as the commands use them: read mcp.yaml (it may not exist yet), load the catalogs it names,
// build the new server (from a template or a command/URL), check the edited text the way plan would (load,
// validate, templates, compile, lint, plan) and refuse plaintext secrets before anything is written, and write
// it only if the file did not change meanwhile.
import { dirname, resolve } from 'node:path';
import { checkServerName, nameFromId, plainServer } from '../core/add-spec.js';
import type { AddFlags } from '../core/add-spec.js';
import { addServer } from '../core/edit/add-server.js';
import { refuseSecretFindings } from '../core/edit/refuse-secrets.js';
import { McpctlError } from '../core/errors.js';
import type { Finding } from '../core/lint/finding.js';
import { loadYaml, LOAD_LIMITS } from '../core/load.js';
import { plan } from '../core/plan.js';
import { codexTarget } from '../core/targets/codex/index.js';
import type { Plan } from '../core/plan.js';
import type { McpFile, Server } from '../core/generated/mcp-types.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import type { TargetOptions } from '../core/target-path.js';
import type { TomlTable } from '../core/toml/value.js';
import { validate } from '../core/validate.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readText } from '../io/read.js';
import { serverFromTemplate } from './add-template.js';
import type { LoadedCatalog } from './catalogs.js';
import type { Prepared } from './edit-write.js';
import { lintSpec, policiesFor } from './lint.js';
import { compileSpec, loadSpecText } from './pipeline.js';
import { loadTarget } from './plan-target.js';
import type { LoadedTarget } from './plan-target.js';
import { codexFileRef } from './target-files.js';
import { tomlOf } from '../core/targets/codex/toml-of.js';
import type { Context, LoadedSpec } from './pipeline.js';

export interface McpYaml {
  /** As the user named it. */
  file: string;
  path: string;
  /** null: the file does not exist yet. */
  text: string | null;
  /** The servers it declares now (empty when missing). */
  names: string[];
  spec: McpFile | null;
}

export async function readMcpYaml(file: string, ctx: Context): Promise<McpYaml> {
  const path = resolve(ctx.cwd, file);
  const text = await readText(path, { maxBytes: LOAD_LIMITS.maxBytes, what: 'mcp.yaml', missingOk: true });
  if (text === null || text.trim() === '') return { file, path, text, names: [], spec: null };
  const spec = parseSpec(text, file);
  return { file, path, text, names: Object.keys(spec.servers ?? {}), spec };
}

/** The file must be valid before it is edited: its own problems are reported with their positions. */
function parseSpec(text: string, file: string): McpFile {
  const doc = loadYaml(text, file);
  const { spec, diagnostics } = validate(doc, schemaCheck);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!spec || errors.length) {
    throw new McpctlError(
      errors[0]?.code ?? 'E_SCHEMA',
      `${file} is not a valid mcp.yaml (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); fix it before adding or removing servers`,
      { diagnostics: errors },
    );
  }
  return spec;
}

/** The catalogs mcp.yaml names (the built-in one by default), verified. */
export async function catalogsOf(y: McpYaml, ctx: Context): Promise<LoadedCatalog[]> {
  const { loadCatalogs } = await import('./catalogs.js');
  return loadCatalogs(y.spec?.catalogs, dirname(y.path), ctx);
}

export interface Candidate {
  spec: LoadedSpec;
  desired: Map<string, TomlTable>;
  target: LoadedTarget;
  plan: Plan;
  findings: Finding[];
}

/** What plan would say of this mcp.yaml text, without writing it anywhere. */
export async function checkCandidate(
  y: McpYaml,
  text: string,
  targetOpts: TargetOptions,
  ctx: Context,
  policy?: string,
): Promise<Candidate> {
  let loaded: LoadedSpec;
  try {
    loaded = await loadSpecText(text, y.file, y.path, ctx);
  } catch (e) {
    if (!(e instanceof McpctlError) || !e.diagnostics.length) throw e;
    const n = e.diagnostics.length;
    throw new McpctlError(
      e.code,
      `the server would make ${y.file} invalid (${n} ${n === 1 ? 'problem' : 'problems'}); nothing was written`,
      { diagnostics: e.diagnostics },
    );
  }
  const desired = compileSpec(loaded, ctx);
  const findings = lintSpec(loaded, await policiesFor(loaded, policy, ctx));
  const target = await loadTarget(codexFileRef(targetOpts, ctx));
  const actual = new Map<string, TomlTable>();
  for (const [name, server] of target.file.servers) actual.set(name, tomlOf(server.value));
  return {
    spec: loaded,
    desired,
    target,
    plan: plan(desired, actual, target.state.managed, codexTarget.normalize),
    findings,
  };
}

/** Writes the edited text, unless the file changed since it was read (then E_CONFLICT, nothing written). */
export async function writeMcpYaml(y: McpYaml, text: string): Promise<void> {
  const now = await readText(y.path, { maxBytes: LOAD_LIMITS.maxBytes, what: 'mcp.yaml', missingOk: true });
  if (now !== y.text) {
    throw new McpctlError('E_CONFLICT', `${y.file} changed while mcpctl was editing it; nothing was written`, {
      hint: 'run the command again on the new file',
    });
  }
  await writeFileAtomic(y.path, text, { mode: 0o644 });
}

/** What add was given on the command line. */
export interface AddRequest {
  template?: string | undefined;
  name?: string | undefined;
  flags: AddFlags;
  /** The words after "--": a command and its arguments. */
  trailing: string[];
}

/** The scripted add: a template (pinned, inputs checked) or a command/URL, named, checked, nothing written yet. */
export async function addFromFlags(
  req: AddRequest,
  y: McpYaml,
  targetOpts: TargetOptions,
  ctx: Context,
): Promise<Prepared> {
  const { flags, trailing } = req;
  let server: Server;
  let name = req.name;
  let template: string | null = null;
  if (req.template !== undefined) {
    if (
      flags.command !== undefined ||
      flags.url !== undefined ||
      flags.args !== undefined ||
      flags.arg.length ||
      trailing.length
    ) {
      throw new McpctlError(
        'E_USAGE',
        'a template already says what to run: --command, --url, --args and --arg go only without one',
        { hint: `drop them, or drop the template "${req.template}"` },
      );
    }
    const built = await serverFromTemplate(await catalogsOf(y, ctx), req.template, flags);
    server = built.server;
    template = built.ref;
    name ??= nameFromId(built.id);
  } else {
    server = plainServer(flags, trailing);
    if (name === undefined)
      throw new McpctlError('E_INPUT', 'a server without a template needs a name: --name NAME', {
        hint: 'e.g. mcpctl add --name notes --command uvx --args "notes-mcp==0.4.2"',
      });
  }
  checkServerName(name, y.names);
  return prepareAdd(y, name, server, template, targetOpts, ctx);
}

/** The edited text, checked as plan would check it; secret findings in the new server refuse it. */
export async function prepareAdd(
  y: McpYaml,
  name: string,
  server: Server,
  template: string | null,
  targetOpts: TargetOptions,
  ctx: Context,
): Promise<Prepared> {
  const edit = addServer(y.text, y.file, name, server);
  const cand = await checkCandidate(y, edit.text, targetOpts, ctx);
  refuseSecretFindings(cand.findings, edit.text, edit.block);
  return { kind: 'add', y, name, server, template, edit, cand, pending: [] };
}
