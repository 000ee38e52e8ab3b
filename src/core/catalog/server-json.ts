// The parts of an official MCP Registry server.json (schema 2025-12-11; older snake_case documents are
// accepted and read the same) that mcpctl resolves, with mcpctl's own metadata under
// _meta["io.modelcontextprotocol.registry/publisher-provided"]["dev.mcpctl"]. Parsing narrows `unknown`
// field by field; a document that lacks what resolution needs is an error naming the field.
import { McpctlError } from '../errors.js';

export const META_KEY = 'io.modelcontextprotocol.registry/publisher-provided';
export const SERVER_SCHEMA_2025_12_11 = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';

export interface Input {
  description?: string | undefined;
  isRequired?: boolean | undefined;
  isSecret?: boolean | undefined;
  /** An argument that may be given more than once: once per value of its input. */
  isRepeated?: boolean | undefined;
  format?: string | undefined;
  default?: string | undefined;
  value?: string | undefined;
  choices?: string[] | undefined;
  variables?: Record<string, Input> | undefined;
}

export interface Argument extends Input {
  type: 'positional' | 'named';
  name?: string | undefined;
  valueHint?: string | undefined;
}

export interface NamedInput extends Input {
  name: string;
}

export interface Package {
  registryType: string;
  identifier: string;
  version: string;
  runtimeHint?: string | undefined;
  transport: string;
  packageArguments: Argument[];
  runtimeArguments: Argument[];
  environmentVariables: NamedInput[];
}

export interface Remote {
  type: string;
  url: string;
  headers: NamedInput[];
  variables?: Record<string, Input> | undefined;
}

export interface McpctlMeta {
  id: string;
  title?: string | undefined;
  category?: string | undefined;
  keywords?: string[] | undefined;
  enabled_tools?: string[] | undefined;
  prefer?: 'package' | 'remote' | undefined;
}

export interface ServerJson {
  name: string;
  description: string;
  version: string;
  packages: Package[];
  remotes: Remote[];
  meta: McpctlMeta;
  raw: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** camelCase field, or its snake_case spelling in older documents. */
function field(o: Obj, camel: string): unknown {
  if (camel in o) return o[camel];
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return o[snake];
}
const str = (o: Obj, k: string) => (typeof field(o, k) === 'string' ? String(field(o, k)) : undefined);
const bool = (o: Obj, k: string) => (typeof field(o, k) === 'boolean' ? Boolean(field(o, k)) : undefined);
const strs = (o: Obj, k: string) => {
  const v = field(o, k);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
};

function input(o: Obj): Input {
  const vars = field(o, 'variables');
  const variables: Record<string, Input> | undefined = isObj(vars) ? Object.fromEntries(Object.entries(vars).filter(([, v]) => isObj(v)).map(([k, v]) => [k, input(isObj(v) ? v : {})])) : undefined;
  const def = field(o, 'default');
  return {
    description: str(o, 'description'),
    isRequired: bool(o, 'isRequired'),
    isSecret: bool(o, 'isSecret'),
    isRepeated: bool(o, 'isRepeated'),
    format: str(o, 'format'),
    default: typeof def === 'string' || typeof def === 'number' || typeof def === 'boolean' ? String(def) : undefined,
    value: str(o, 'value'),
    choices: strs(o, 'choices'),
    variables,
  };
}

function list<T>(o: Obj, k: string, map: (x: Obj) => T): T[] {
  const v = field(o, k);
  return Array.isArray(v) ? v.filter(isObj).map(map) : [];
}

export function parseServerJson(bytes: Uint8Array | string, where: string): ServerJson {
  let data: unknown;
  try {
    data = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
  } catch {
    throw bad(where, 'it is not valid JSON');
  }
  if (!isObj(data)) throw bad(where, 'it is not a JSON object');
  const name = str(data, 'name');
  const detail = field(data, 'versionDetail');
  const version = str(data, 'version') ?? (isObj(detail) ? str(detail, 'version') : undefined);
  if (!name) throw bad(where, '"name" is missing');
  if (!version) throw bad(where, '"version" is missing');
  const packages = list(data, 'packages', (p): Package => {
    const transport = field(p, 'transport');
    return {
      registryType: str(p, 'registryType') ?? str(p, 'registryName') ?? '',
      identifier: str(p, 'identifier') ?? str(p, 'name') ?? '',
      version: str(p, 'version') ?? '',
      runtimeHint: str(p, 'runtimeHint'),
      transport: isObj(transport) ? (str(transport, 'type') ?? 'stdio') : 'stdio',
      packageArguments: list(p, 'packageArguments', (a) => ({ ...input(a), type: str(a, 'type') === 'named' ? 'named' : 'positional', name: str(a, 'name'), valueHint: str(a, 'valueHint') })),
      runtimeArguments: list(p, 'runtimeArguments', (a) => ({ ...input(a), type: str(a, 'type') === 'named' ? 'named' : 'positional', name: str(a, 'name'), valueHint: str(a, 'valueHint') })),
      environmentVariables: list(p, 'environmentVariables', (e) => ({ ...input(e), name: str(e, 'name') ?? '' })),
    };
  });
  for (const p of packages) {
    // the 2025-12-11 schema (and the registry) name an image's tag or digest in its identifier, with no version
    const tag = p.registryType === 'oci' && !p.version ? /(?:@(sha256:[0-9a-f]+)|:([^/:@]+))$/.exec(p.identifier) : null;
    if (tag) p.version = tag[1] ?? tag[2] ?? '';
    if (!p.registryType || !p.identifier || !p.version) throw bad(where, 'every package needs registryType, identifier and version (an image: a tag or digest in its identifier)');
  }
  const remotes = list(data, 'remotes', (r): Remote => ({
    type: str(r, 'type') ?? str(r, 'transportType') ?? '',
    url: str(r, 'url') ?? '',
    headers: list(r, 'headers', (h) => ({ ...input(h), name: str(h, 'name') ?? '' })),
    variables: input(r).variables,
  }));
  if (!packages.length && !remotes.length) throw bad(where, 'it has neither packages nor remotes');
  const metaRoot = field(data, '_meta');
  const publisher = isObj(metaRoot) ? metaRoot[META_KEY] : undefined;
  const m = isObj(publisher) && isObj(publisher['dev.mcpctl']) ? publisher['dev.mcpctl'] : {};
  const fallbackId = name.split('/').pop()?.replace(/^(mcp-server-|server-)/, '').replace(/-mcp(-server)?$/, '') ?? name;
  const prefer = str(m, 'prefer');
  const meta: McpctlMeta = {
    id: str(m, 'id') ?? fallbackId,
    title: str(m, 'title'),
    category: str(m, 'category'),
    keywords: strs(m, 'keywords'),
    enabled_tools: strs(m, 'enabled_tools'),
    prefer: prefer === 'remote' || prefer === 'package' ? prefer : undefined,
  };
  return { name, description: str(data, 'description') ?? '', version, packages, remotes, meta, raw: data };
}

function bad(where: string, why: string): McpctlError {
  return new McpctlError('E_CATALOG', `${where} is not a usable server.json: ${why}`, { hint: 'check it against the MCP Registry server.json schema (2025-12-11)' });
}
