// The server.json a template is made of, before it is written: no secret as a literal, and where it came from.
// An input marked isSecret (an environment variable, a header, an argument or one of their variables) keeps
// no literal `value` or `default`: the literal is dropped and the input becomes one the user gives, which
// resolution accepts only as a reference (`${secret:NAME}`). A value built from variables ("Bearer {token}")
// holds no secret itself and stays. The source (registry, name, version, publishedAt; or a card URL) is kept
// under _meta[publisher-provided]["dev.mcpctl"].source, replacing whatever the document said there. Pure.
import { META_KEY } from './server-json.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export type ImportSource =
  | { type: 'mcp-registry'; url: string; name: string; version: string; publishedAt?: string | undefined }
  | { type: 'server-card'; url: string; name: string; version: string };

export interface PreparedDocument {
  raw: Obj;
  /** Inputs whose literal secret was dropped, as "remotes[0].headers Authorization". */
  dropped: string[];
}

export function prepareDocument(doc: Obj, source: ImportSource | undefined): PreparedDocument {
  const raw: Obj = structuredClone(doc);
  const dropped: string[] = [];
  const input = (o: Obj, label: string) => {
    if (o['isSecret'] === true || o['is_secret'] === true) {
      const value = o['value'];
      if (typeof value === 'string' && !value.includes('${') && !/\{[A-Za-z0-9_.-]+\}/.test(value)) {
        delete o['value'];
        o['isRequired'] = true;
        dropped.push(label);
      }
      const def = o['default'];
      if (def !== undefined && !(typeof def === 'string' && def.includes('${'))) {
        delete o['default'];
        if (!dropped.includes(label)) dropped.push(label);
      }
    }
    const vars = o['variables'];
    if (isObj(vars)) for (const [k, v] of Object.entries(vars)) if (isObj(v)) input(v, `${label} {${k}}`);
  };
  const named = (list: unknown, label: string) => {
    if (Array.isArray(list))
      for (const x of list) if (isObj(x)) input(x, `${label} ${typeof x['name'] === 'string' ? x['name'] : '?'}`);
  };
  const packages = Array.isArray(raw['packages']) ? raw['packages'] : [];
  packages.forEach((p, i) => {
    if (!isObj(p)) return;
    named(p['environmentVariables'] ?? p['environment_variables'], `packages[${i}].environmentVariables`);
    for (const k of ['runtimeArguments', 'packageArguments', 'runtime_arguments', 'package_arguments'])
      if (Array.isArray(p[k]))
        p[k].forEach((a: unknown, j: number) => {
          if (isObj(a)) input(a, `packages[${i}].${k}[${j}]`);
        });
  });
  const remotes = Array.isArray(raw['remotes']) ? raw['remotes'] : [];
  remotes.forEach((r, i) => {
    if (!isObj(r)) return;
    named(r['headers'], `remotes[${i}].headers`);
    const vars = r['variables'];
    if (isObj(vars)) for (const [k, v] of Object.entries(vars)) if (isObj(v)) input(v, `remotes[${i}] {${k}}`);
  });
  if (source) {
    const meta = isObj(raw['_meta']) ? raw['_meta'] : {};
    const publisher = isObj(meta[META_KEY]) ? meta[META_KEY] : {};
    const mine = isObj(publisher['dev.mcpctl']) ? publisher['dev.mcpctl'] : {};
    raw['_meta'] = { ...meta, [META_KEY]: { ...publisher, 'dev.mcpctl': { ...mine, source: { ...source } } } };
  }
  return { raw, dropped };
}
