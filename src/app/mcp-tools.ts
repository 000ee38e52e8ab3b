// `mcpctl mcp`'s tools: what a coding agent may ask of mcpctl through MCP — validate, lint, plan, test, catalog
// search and show, status — and, only when the server was started with --allow-edit, propose_add and
// propose_remove, which edit mcp.yaml (or only return the diff) and never apply. Each takes JSON arguments
// and returns a short JSON answer shaped for an agent; files must lie in the folder the server runs in.
import { resolve, sep } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { AddFlags } from '../core/add-spec.js';
import { maskTokens } from '../core/mask-tokens.js';
import { maskedOrSame } from '../core/redact.js';
import { unifiedDiff } from '../core/render/diff.js';
import { statusServers } from '../core/render/status-text.js';
import type { Entry } from '../core/value.js';
import { assertInside } from '../io/confine.js';
import type { Context } from './pipeline.js';

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  inputSchema: {
    type: 'object';
    properties: Record<string, unknown>;
    required?: string[];
    additionalProperties: false;
  };
  /** Writes mcp.yaml when asked to (listed only with --allow-edit). */
  edits?: boolean;
  run(args: Record<string, unknown>, ctx: Context, tool: string): Promise<unknown>;
}

const FILE = { type: 'string', description: 'The mcp.yaml, relative to the folder mcpctl runs in (default mcp.yaml)' };
const TARGETS = {
  type: 'array',
  items: { type: 'string' },
  description: 'Only these clients (e.g. codex, claude-code)',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The mcp.yaml a tool may read: inside the folder the server runs in. */
async function fileArg(args: Record<string, unknown>, ctx: Context): Promise<string> {
  const file = str(args['file']) ?? 'mcp.yaml';
  const path = resolve(ctx.cwd, file);
  if (path !== ctx.cwd && !path.startsWith(`${ctx.cwd}${sep}`))
    throw new McpctlError('E_USAGE', `file "${file}" is outside the folder mcpctl mcp runs in (${ctx.cwd})`, {
      hint: 'name an mcp.yaml in that folder or below it',
    });
  // and no symlink out of it
  await assertInside(ctx.cwd, path, `file "${file}"`);
  return file;
}

function diagnostic(d: {
  code: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
  hint?: string;
}) {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    at: d.file ? `${d.file}:${d.line ?? 1}:${d.col ?? 1}` : null,
    hint: d.hint ?? null,
  };
}

/** Servers proposed and written in this session (the test tool does not start them: a person applies first). */
const PROPOSED = new Set<string>();
/** One test call: 3 at a time × 30 s each fits its 180 s limit. */
const MAX_TESTED = 18;

/** Credentials an agent might put in a URL or an argument: refused, as a plaintext token is. */
function refuseCredentials(url: string | undefined, args: readonly string[]): void {
  const inUrl =
    url !== undefined &&
    (/^[a-z][a-z0-9+.-]*:\/\/[^/@]*:[^/@]*@/i.test(url) ||
      /[?&](api[_-]?key|token|access_token|password|secret)=/i.test(url));
  const inArgs = args.some((a) => /^-{0,2}(password|passwd|token|api[_-]?key|secret)=/i.test(a));
  if (inUrl || inArgs)
    throw new McpctlError('E_SECRET_LITERAL', 'the proposed server carries a credential in its URL or arguments', {
      hint: 'put it in the secret store (mcpctl secret set NAME) and name it: secrets: {KEY: NAME}, or a header with ${secret:NAME}',
    });
}

export const TOOLS: ToolSpec[] = [
  {
    name: 'validate',
    description:
      'Check mcp.yaml against its schema and each target client’s rules. Returns the problems with file:line:col.',
    inputSchema: { type: 'object', properties: { file: FILE }, additionalProperties: false },
    async run(args, ctx) {
      const { validateSpec } = await import('./validate.js');
      const v = await validateSpec(await fileArg(args, ctx), ctx);
      return { valid: v.errors === 0, servers: v.servers, problems: v.diagnostics.map(diagnostic) };
    },
  },
  {
    name: 'lint',
    description: 'Plaintext secrets and organisation policy in mcp.yaml. Returns the findings (never the secrets).',
    inputSchema: { type: 'object', properties: { file: FILE }, additionalProperties: false },
    async run(args, ctx) {
      const { runLint } = await import('./lint.js');
      const r = await runLint({ files: [await fileArg(args, ctx)] }, ctx);
      return {
        errors: r.findings.filter((f) => f.severity === 'error').length,
        findings: r.findings.map((f) => ({
          rule: f.ruleId,
          severity: f.severity,
          message: f.message,
          at: `${f.file}:${f.line}:${f.col}`,
          hint: f.hint,
        })),
      };
    },
  },
  {
    name: 'plan',
    description: 'What `mcpctl apply` would change in each client’s file (nothing is written). Values are masked.',
    inputSchema: {
      type: 'object',
      properties: {
        file: FILE,
        targets: TARGETS,
        set: { type: 'string', description: 'A server set of mcp.yaml' },
        diff: { type: 'boolean', description: 'Include each file’s redacted diff' },
      },
      additionalProperties: false,
    },
    async run(args, ctx, tool) {
      const { makePlan } = await import('./plan.js');
      const targets = strs(args['targets']);
      const { doc, blocking } = await makePlan(
        {
          file: await fileArg(args, ctx),
          only: targets.length ? targets : undefined,
          set: str(args['set']),
          document: true,
        },
        ctx,
        tool,
      );
      if (!doc) throw new McpctlError('E_INTERNAL', 'the plan document was not made');
      return {
        has_changes: doc.has_changes,
        set: doc.set,
        summary: doc.summary,
        files: doc.targets.map((t) => ({
          file: t.file,
          clients: t.clients,
          summary: t.summary,
          ...(args['diff'] === true ? { diff: t.diff } : {}),
        })),
        changes: doc.changes
          .filter((c) => c.action !== 'no-op')
          .map((c) => ({
            name: c.name,
            action: c.action,
            clients: c.clients,
            changed_keys: c.changed_keys,
            drift: c.drift,
          })),
        apply_would_refuse: blocking.map(diagnostic),
      };
    },
  },
  {
    name: 'test',
    description:
      'Start the servers as the clients would and check the MCP handshake (30 s each at most). Returns each server’s health.',
    inputSchema: {
      type: 'object',
      properties: {
        file: FILE,
        names: { type: 'array', items: { type: 'string' }, description: 'Only these servers' },
        targets: TARGETS,
        set: { type: 'string', description: 'A server set of mcp.yaml (the others are skipped)' },
      },
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { pickServers, probeAll, selectServers } = await import('./test.js');
      const targets = strs(args['targets']);
      const sel = await selectServers(
        {
          file: await fileArg(args, ctx),
          target: {},
          only: targets.length ? targets : undefined,
          set: str(args['set']),
        },
        ctx,
      );
      const names = strs(args['names']);
      // what an agent proposed in this session is not started before a person has looked at it
      const servers = pickServers(sel, names).filter((s) => !PROPOSED.has(s.name));
      if (servers.length > MAX_TESTED)
        throw new McpctlError(
          'E_USAGE',
          `test would start ${servers.length} servers; one call tests ${MAX_TESTED} at most`,
          {
            hint: 'name the servers to test (names: [...]), a few at a time',
          },
        );
      const results = await probeAll(
        servers,
        {
          concurrency: 3,
          timeoutMs: 30_000,
          clientVersion: 'mcpctl-mcp',
          named: names.length > 0,
          outsideSet: sel.outsideSet,
        },
        ctx,
      );
      return {
        healthy: results.every((r) => r.status !== 'fail'),
        servers: results.map((r) => ({
          name: r.name,
          clients: r.clients,
          status: r.status,
          tools: r.tools?.length ?? null,
          protocol: r.protocolVersion,
          problem: r.failure ? { kind: r.failure.kind, message: r.failure.message, hint: r.failure.hint } : null,
        })),
      };
    },
  },
  {
    name: 'catalog_search',
    description: 'Find server templates in the catalogs mcp.yaml uses (default: the built-in signed catalog).',
    inputSchema: {
      type: 'object',
      properties: { query: { type: 'string', description: 'Words that must all match' }, file: FILE },
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { searchCatalogs } = await import('./catalog-browse.js');
      const { hits } = await searchCatalogs(await fileArg(args, ctx), str(args['query']), ctx);
      return {
        templates: hits.slice(0, 20).map((h) => ({
          id: h.id,
          version: h.version,
          catalog: h.catalog,
          title: h.doc.meta.title ?? h.doc.name,
          description: h.doc.description,
        })),
        more: Math.max(0, hits.length - 20),
      };
    },
  },
  {
    name: 'catalog_show',
    description: 'One template: what it runs and the inputs and secrets it asks for.',
    inputSchema: {
      type: 'object',
      properties: { id: { type: 'string', description: 'id or id@version' }, file: FILE },
      required: ['id'],
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { showTemplate } = await import('./catalog-browse.js');
      const p = await showTemplate(await fileArg(args, ctx), str(args['id']) ?? '', ctx);
      return {
        id: p.template.id,
        version: p.template.version,
        catalog: p.catalog.index.catalog,
        inputs: p.inputs.map((i) => ({
          name: i.name,
          required: i.required,
          secret: i.secret,
          description: i.description ?? null,
        })),
        runs: maskedOrSame(p.server as unknown as Entry),
      };
    },
  },
  {
    name: 'status',
    description: 'Every server in every client: written, off, to apply, edited by hand; last test, missing secrets.',
    inputSchema: { type: 'object', properties: { file: FILE }, additionalProperties: false },
    async run(args, ctx) {
      const { status } = await import('./status.js');
      const s = await status(await fileArg(args, ctx), {}, ctx);
      return {
        set: s.set,
        clients: s.clients,
        servers: statusServers(s.rows),
      };
    },
  },
  {
    name: 'propose_add',
    edits: true,
    description:
      'Propose a new server in mcp.yaml: from a template (with its inputs) or a command/URL. Returns the diff; writes mcp.yaml only with write: true. Never applies: a person runs mcpctl apply.',
    inputSchema: {
      type: 'object',
      properties: {
        file: FILE,
        template: { type: 'string', description: 'A catalog template id (or id@version)' },
        name: { type: 'string', description: 'The server’s name (required without a template)' },
        command: { type: 'string' },
        args: { type: 'array', items: { type: 'string' } },
        url: { type: 'string' },
        inputs: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'Template inputs, KEY: value',
        },
        secrets: {
          type: 'object',
          additionalProperties: { type: 'string' },
          description: 'KEY: secret name in the store (never a secret value)',
        },
        write: { type: 'boolean', description: 'Write mcp.yaml (default: only return the diff)' },
      },
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { addFromFlags, readMcpYaml } = await import('./add.js');
      const file = await fileArg(args, ctx);
      const y = await readMcpYaml(file, ctx);
      const pairs = (v: unknown) =>
        typeof v === 'object' && v !== null
          ? Object.entries(v)
              .filter(([, x]) => typeof x === 'string')
              .map(([k, x]) => `${k}=${String(x)}`)
          : [];
      const flags: AddFlags = {
        set: pairs(args['inputs']),
        secret: pairs(args['secrets']),
        command: str(args['command']),
        arg: strs(args['args']),
        env: [],
        url: str(args['url']),
        header: [],
      };
      refuseCredentials(flags.url, [...flags.arg, ...flags.set]);
      const p = await addFromFlags(
        { template: str(args['template']), name: str(args['name']), flags, trailing: [] },
        y,
        {},
        ctx,
      );
      const done = await finishEdit(p, args['write'] === true, ctx);
      if (done.written) PROPOSED.add(p.name);
      return done;
    },
  },
  {
    name: 'propose_remove',
    edits: true,
    description:
      'Propose taking a server out of mcp.yaml. Returns the diff; writes mcp.yaml only with write: true. Never applies.',
    inputSchema: {
      type: 'object',
      properties: { file: FILE, name: { type: 'string' }, write: { type: 'boolean' } },
      required: ['name'],
      additionalProperties: false,
    },
    async run(args, ctx) {
      const { prepareRemove } = await import('./remove.js');
      const p = await prepareRemove(await fileArg(args, ctx), str(args['name']) ?? '', {}, ctx);
      return finishEdit(p, args['write'] === true, ctx);
    },
  },
];

async function finishEdit(p: import('./edit-write.js').Prepared, write: boolean, ctx: Context) {
  const diff = unifiedDiff(p.y.file, p.y.text ?? '', p.edit.text, ['current', 'proposed']);
  if (write) {
    const { writeEdit } = await import('./edit-write.js');
    await writeEdit(p, ctx);
  }
  return {
    server: p.name,
    diff: maskTokens(diff),
    written: write,
    next: write
      ? `a person reviews ${p.y.file} and runs: mcpctl plan, then mcpctl apply`
      : 'call again with write: true to edit mcp.yaml, or show the diff to a person',
  };
}
