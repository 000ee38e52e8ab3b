// The built-in templates in catalog/templates are official MCP Registry server.json documents (schema 2025-12-11)
// carrying mcpctl's metadata. These checks hold every file to the parts of that schema mcpctl relies on, and to the
// catalog's own rules: exact pins, no secret literals, every {placeholder} defined where it is used.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const DIR = new URL('../../catalog/templates/', import.meta.url);
const SCHEMA = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json';
const META = 'io.modelcontextprotocol.registry/publisher-provided';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (o: Obj, k: string): string | undefined => (typeof o[k] === 'string' ? o[k] : undefined);

interface Template {
  file: string;
  text: string;
  doc: Obj;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const templates: Template[] = files.map((file) => {
  const text = readFileSync(new URL(file, DIR), 'utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`catalog/templates/${file} is not valid JSON: ${String(e)}`);
  }
  if (!isObj(doc)) throw new Error(`catalog/templates/${file} is not a JSON object`);
  return { file, text, doc };
});

function mcpctlMeta(doc: Obj): Obj {
  const meta = doc._meta;
  const publisher = isObj(meta) ? meta[META] : undefined;
  const mine = isObj(publisher) ? publisher['dev.mcpctl'] : undefined;
  return isObj(mine) ? mine : {};
}

/** Every input of a document (arguments, environment variables, headers) with where it sits. */
function inputs(doc: Obj): { where: string; input: Obj }[] {
  const out: { where: string; input: Obj }[] = [];
  objs(doc.packages).forEach((p, i) => {
    for (const key of ['runtimeArguments', 'packageArguments', 'environmentVariables']) {
      objs(p[key]).forEach((input, j) => out.push({ where: `packages[${i}].${key}[${j}]`, input }));
    }
  });
  objs(doc.remotes).forEach((r, i) => {
    objs(r.headers).forEach((input, j) => out.push({ where: `remotes[${i}].headers[${j}]`, input }));
  });
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? '');
const variables = (o: Obj): Obj => (isObj(o.variables) ? o.variables : {});

/** Exact version: no ranges, wildcards, tags like "latest", or whitespace. */
const EXACT = /^v?\d+(\.\d+){1,3}([-+][0-9A-Za-z.-]+)?$/;
const RUNTIME_HINT: Record<string, string> = { npm: 'npx', pypi: 'uvx', oci: 'docker' };
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|API_KEY|_KEY$|^AUTHORIZATION$)/i;

test('the catalog holds at least 15 templates, at least 3 of them remote', () => {
  assert.ok(templates.length >= 15, `only ${templates.length} templates`);
  const remote = templates.filter((t) => objs(t.doc.remotes).length > 0);
  assert.ok(remote.length >= 3, `only ${remote.length} remote templates`);
});

test('template ids are unique and equal their file names', () => {
  const seen = new Map<string, string>();
  for (const { file, doc } of templates) {
    assert.match(file, /^[a-z0-9]+(-[a-z0-9]+)*\.json$/, `${file}: file name must be <id>.json in kebab-case`);
    const id = str(mcpctlMeta(doc), 'id');
    assert.is(id, file.replace(/\.json$/, ''), `${file}: _meta["${META}"]["dev.mcpctl"].id must equal the file name`);
    if (id === undefined) continue;
    assert.not.ok(seen.has(id), `${file}: id "${id}" is also used by ${seen.get(id)}`);
    seen.set(id, file);
  }
});

for (const { file, text, doc } of templates) {
  test(`${file}: server.json header fields`, () => {
    assert.is(doc.$schema, SCHEMA, `${file}: $schema`);
    const name = str(doc, 'name');
    assert.ok(name, `${file}: name is missing`);
    assert.match(name ?? '', /^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/, `${file}: name must be reverse-DNS with one slash`);
    const description = str(doc, 'description') ?? '';
    assert.ok(description.length >= 1 && description.length <= 100, `${file}: description must be 1..100 characters (has ${description.length})`);
    const version = str(doc, 'version');
    assert.ok(version && EXACT.test(version), `${file}: version "${version}" must be one exact version`);
    assert.ok(objs(doc.packages).length + objs(doc.remotes).length > 0, `${file}: needs packages or remotes`);
    if (isObj(doc.repository)) {
      assert.match(str(doc.repository, 'url') ?? '', /^https:\/\//, `${file}: repository.url`);
      assert.ok(str(doc.repository, 'source'), `${file}: repository.source`);
    }
  });

  test(`${file}: pretty-printed with two spaces and a final newline`, () => {
    assert.is(text, `${JSON.stringify(doc, null, 2)}\n`);
  });

  test(`${file}: mcpctl metadata`, () => {
    const m = mcpctlMeta(doc);
    assert.ok(str(m, 'title'), `${file}: title`);
    assert.match(str(m, 'category') ?? '', /^[a-z]+(-[a-z]+)*$/, `${file}: category`);
    const keywords = m.keywords;
    assert.ok(Array.isArray(keywords) && keywords.length > 0 && keywords.every((k) => typeof k === 'string'), `${file}: keywords`);
    assert.match(str(m, 'docs') ?? '', /^https:\/\//, `${file}: docs must be an https URL`);
    const policy = m.policy;
    assert.ok(isObj(policy) && typeof policy.network === 'boolean' && typeof policy.writes === 'boolean', `${file}: policy {network, writes}`);
    if (m.enabled_tools !== undefined) {
      const tools = m.enabled_tools;
      assert.ok(Array.isArray(tools) && tools.length > 0 && tools.every((t) => typeof t === 'string' && t.length > 0), `${file}: enabled_tools`);
      assert.is(new Set(tools).size, tools.length, `${file}: enabled_tools has duplicates`);
    }
  });

  test(`${file}: packages are pinned to exact versions`, () => {
    objs(doc.packages).forEach((p, i) => {
      const at = `${file}: packages[${i}]`;
      const type = str(p, 'registryType') ?? '';
      const identifier = str(p, 'identifier') ?? '';
      const version = str(p, 'version') ?? '';
      assert.ok(type in RUNTIME_HINT, `${at}: registryType "${type}" must be npm, pypi or oci`);
      assert.ok(identifier, `${at}: identifier is missing`);
      assert.ok(EXACT.test(version), `${at}: version "${version}" must be exact (no range, no "latest")`);
      assert.is(str(p, 'runtimeHint'), RUNTIME_HINT[type], `${at}: runtimeHint`);
      assert.ok(isObj(p.transport) && p.transport.type === 'stdio', `${at}: transport must be {type: "stdio"}`);
      if (type === 'oci') {
        const tag = /^[^@]+:([^/:@]+)$/.exec(identifier)?.[1] ?? '';
        assert.ok(EXACT.test(tag) || /@sha256:[0-9a-f]{64}$/.test(identifier), `${at}: image "${identifier}" must carry an exact tag or a digest`);
        assert.is(tag.replace(/^v/, ''), version.replace(/^v/, ''), `${at}: image tag and version disagree`);
      } else {
        // The version lives in `version`; the identifier is the bare name (npm scope allowed), never "pkg@1" or "pkg==1".
        assert.match(identifier, /^(@[a-z0-9][a-z0-9._~-]*\/)?[A-Za-z0-9][A-Za-z0-9._~-]*$/, `${at}: identifier "${identifier}" must be a bare package name`);
      }
    });
  });

  test(`${file}: arguments, environment variables and headers are well formed`, () => {
    for (const { where, input } of inputs(doc)) {
      const at = `${file}: ${where}`;
      if (where.includes('Arguments')) {
        const type = str(input, 'type');
        assert.ok(type === 'positional' || type === 'named', `${at}: type must be positional or named`);
        if (type === 'positional') assert.ok(str(input, 'value') !== undefined || str(input, 'valueHint') !== undefined, `${at}: a positional argument needs value or valueHint`);
        if (type === 'named') assert.match(str(input, 'name') ?? '', /^-/, `${at}: a named argument needs its flag as name`);
      } else {
        assert.match(str(input, 'name') ?? '', /^[A-Za-z][A-Za-z0-9_-]*$/, `${at}: name`);
      }
      assert.ok(str(input, 'description'), `${at}: description`);
      const format = input.format;
      if (format !== undefined) assert.ok(['string', 'number', 'boolean', 'filepath'].includes(String(format)), `${at}: format`);
      if (input.choices !== undefined) assert.ok(Array.isArray(input.choices) && input.choices.every((c) => typeof c === 'string'), `${at}: choices`);
    }
  });

  test(`${file}: secrets are marked and never carry a literal`, () => {
    for (const { where, input } of inputs(doc)) {
      const at = `${file}: ${where}`;
      const name = str(input, 'name') ?? '';
      if (!where.includes('Arguments') && SECRET_NAME.test(name) && name !== 'GZIP_ALLOWED_DOMAINS') {
        assert.is(input.isSecret, true, `${at}: ${name} looks like a credential: mark it isSecret`);
      }
      const vars = variables(input);
      for (const [v, def] of Object.entries(vars)) {
        if (isObj(def) && def.isSecret === true) {
          assert.is(def.default, undefined, `${at}: secret variable {${v}} must not have a default`);
          assert.is(def.value, undefined, `${at}: secret variable {${v}} must not have a value`);
        }
      }
      if (input.isSecret !== true) continue;
      assert.is(input.default, undefined, `${at}: a secret input must not have a default`);
      const value = str(input, 'value');
      if (value === undefined) continue;
      // A secret's value may only be a template whose secret part comes from a secret variable, e.g. "Bearer {token}".
      const secretVars = placeholders(value).filter((v) => {
        const def = vars[v];
        return isObj(def) && def.isSecret === true;
      });
      assert.ok(secretVars.length > 0, `${at}: secret value "${value}" is a literal: take the secret from an isSecret variable`);
    }
  });

  test(`${file}: every {placeholder} is defined in its entry's variables`, () => {
    for (const { where, input } of inputs(doc)) {
      const value = str(input, 'value');
      if (value === undefined) continue;
      const vars = variables(input);
      for (const v of placeholders(value)) assert.ok(isObj(vars[v]), `${file}: ${where}: {${v}} in "${value}" is not defined in variables`);
    }
    objs(doc.remotes).forEach((r, i) => {
      const url = str(r, 'url') ?? '';
      const vars = variables(r);
      for (const v of placeholders(url)) assert.ok(isObj(vars[v]), `${file}: remotes[${i}].url: {${v}} is not defined in variables`);
    });
  });

  test(`${file}: remotes are https endpoints`, () => {
    objs(doc.remotes).forEach((r, i) => {
      assert.ok(r.type === 'streamable-http' || r.type === 'sse', `${file}: remotes[${i}].type`);
      assert.match(str(r, 'url') ?? '', /^https:\/\/[^\s]+$/, `${file}: remotes[${i}].url must be https`);
    });
  });
}

test.run();
