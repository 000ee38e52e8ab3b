import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import nacl from 'tweetnacl';
import { BUILTIN_DIR, builtinKeys, findTemplate, loadCatalog, loadCatalogs } from '../../app/catalogs.js';
import type { LoadedCatalog, Template } from '../../app/catalogs.js';
import { loadSpec, processContext } from '../../app/pipeline.js';
import { indexText, parseIndex, signaturesText } from '../../core/catalog/index-file.js';
import { parsePublicKey, parseSecretKey, publicKeyFile, secretKeyFile } from '../../core/catalog/keys.js';
import { resolveTemplate } from '../../core/catalog/resolve-template.js';
import { newestPerId, searchTemplates } from '../../core/catalog/search.js';
import { templateInputs } from '../../core/catalog/template-inputs.js';
import { META_KEY, parseServerJson, SERVER_SCHEMA_2025_12_11 } from '../../core/catalog/server-json.js';
import { buildIndex, signIndex } from '../../core/catalog/sign.js';
import { verifyCatalog } from '../../core/catalog/verify.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import type { CatalogSource } from '../../core/generated/mcp-types.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { readLocalCatalog } from '../../io/catalog/local.js';
import { fetchCatalog } from '../../io/catalog/remote.js';
import { readSeen, recordSeen, seenPath } from '../../io/catalog/seen.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function catalogAction(action: string, args: Record<string, unknown>, io: Io): Promise<number> {
  const ctx = processContext();
  const json = args['json'] === true;
  /** The catalogs of mcp.yaml when there is one, else the built-in catalog. */
  const catalogs = async (): Promise<LoadedCatalog[]> => {
    const file = str(args['file']) ?? 'mcp.yaml';
    if (existsSync(resolve(ctx.cwd, file))) {
      const spec = await loadSpec(file, ctx);
      return loadCatalogs(spec.spec.catalogs, dirname(spec.path), ctx);
    }
    return loadCatalogs(['builtin'], ctx.cwd, ctx);
  };
  switch (action) {
    case 'list':
    case 'search': {
      const word = strs(args['words']).join(' ').trim() || str(args['word']);
      const all = await catalogs();
      const rows = all.flatMap((c) => newestPerId([c.templates]).map((t) => ({ ...t, catalog: c.index.catalog })));
      const hits = word ? searchTemplates(rows, word) : rows;
      if (json) {
        writeJson(io, {
          format_version: 1,
          kind: 'mcpctl.catalog-list',
          templates: hits.map((t) => summary(t.catalog, t)),
        });
        return EXIT.ok;
      }
      if (!hits.length) {
        io.stdout.write(word ? `No template matches "${word}".\n` : 'The catalogs have no templates.\n');
        return word ? EXIT.failure : EXIT.ok;
      }
      const w = Math.max(...hits.map((t) => `${t.id}@${t.version}`.length));
      const cw = Math.max(...hits.map((t) => (t.doc.meta.category ?? '').length));
      for (const t of hits) {
        const kind = t.doc.packages[0] ? t.doc.packages[0].registryType : 'remote';
        io.stdout.write(
          `${`${t.id}@${t.version}`.padEnd(w)}  ${(t.doc.meta.category ?? '').padEnd(cw)}  ${kind.padEnd(6)}  ${oneLine(t.doc.description)}\n`,
        );
      }
      for (const c of all) for (const warn of c.warnings) io.stderr.write(`warning: ${warn}\n`);
      return EXIT.ok;
    }
    case 'show': {
      const all = await catalogs();
      const found = findTemplate(all, str(args['id']) ?? '');
      if ('error' in found) throw new McpctlError('E_NOT_FOUND', found.error, { hint: found.hint });
      const t = found.template;
      const preview = resolveTemplate(t.doc, {}, {});
      const inputs = templateInputs(t.doc).filter((i) => !i.fixed);
      if (json) {
        writeJson(io, {
          format_version: 1,
          kind: 'mcpctl.catalog-template',
          ...summary(found.catalog.index.catalog, t),
          inputs,
          resolves_to: preview.server,
          server_json: t.doc.raw,
        });
        return EXIT.ok;
      }
      io.stdout.write(
        `${t.id}@${t.version}  (${t.doc.name}, catalog ${found.catalog.index.catalog})\n${oneLine(t.doc.description)}\n\n`,
      );
      io.stdout.write(
        `runs: ${preview.server.command ? [preview.server.command, ...(preview.server.args ?? [])].join(' ') : (preview.server.url ?? '')}\n`,
      );
      if (inputs.length) {
        io.stdout.write('inputs:\n');
        for (const i of inputs)
          io.stdout.write(
            `  ${i.name}${i.required ? ' (required)' : ''}${i.repeated ? ' (repeatable: --set again, or a YAML list)' : ''}${i.secret ? ' (secret: give a ${secret:NAME} reference)' : ''}${i.default !== undefined ? ` default ${i.default}` : ''}${i.choices ? ` one of ${i.choices.join(', ')}` : ''}${i.description ? ` — ${i.description}` : ''}\n`,
          );
      }
      io.stdout.write(
        `\nin mcp.yaml:\n  ${t.id}:\n    template: ${t.id}@${t.version}\n${
          inputs.some((i) => i.required)
            ? `    with:\n${inputs
                .filter((i) => i.required)
                .map((i) => `      ${i.name}: ${i.secret ? `\${secret:${t.id}/${i.name.toLowerCase()}}` : '...'}\n`)
                .join('')}`
            : ''
        }`,
      );
      return EXIT.ok;
    }
    case 'verify': {
      const source = str(args['source']);
      const results: Array<{
        where: string;
        catalog: string;
        version: number;
        templates: number;
        signed_by: string[];
        warnings: string[];
      }> = [];
      if (source) {
        const keys = await Promise.all(
          strs(args['key']).map(async (k) => parsePublicKey(await readFile(resolve(ctx.cwd, k), 'utf8'), k)),
        );
        const isUrl = /^https?:\/\//.test(source);
        const files = isUrl
          ? await fetchCatalog(source, args['allow-http'] === true)
          : await readLocalCatalog(resolve(ctx.cwd, source));
        const isBuiltin = !isUrl && resolve(ctx.cwd, source) === resolve(BUILTIN_DIR);
        // the same rollback record as add and plan: a replayed older index signed by the same key is refused
        const seenFile = seenPath(ctx.env, ctx.home);
        const v = verifyCatalog(files, {
          keys: keys.length ? keys : isBuiltin ? await builtinKeys() : [],
          threshold: Number(args['threshold'] ?? 1),
          allowUnsigned: false,
          seen: await readSeen(seenFile),
          now: new Date(),
        });
        await recordSeen(seenFile, v.rollbackKeys, v.index.version);
        results.push({
          where: source,
          catalog: v.index.catalog,
          version: v.index.version,
          templates: v.index.templates.length,
          signed_by: v.signedBy,
          warnings: v.warnings,
        });
      } else {
        for (const c of await catalogs())
          results.push({
            where: c.label,
            catalog: c.index.catalog,
            version: c.index.version,
            templates: c.templates.length,
            signed_by: c.signedBy,
            warnings: c.warnings,
          });
      }
      if (json) writeJson(io, { format_version: 1, kind: 'mcpctl.catalog-verify', verified: results });
      else
        for (const r of results)
          io.stdout.write(
            `✔ ${r.where}: catalog "${r.catalog}" version ${r.version}, ${r.templates} templates verified${r.signed_by.length ? ` (signed by ${r.signed_by.join(', ')})` : ''}\n`,
          );
      return EXIT.ok;
    }
    case 'keygen': {
      const out = resolve(ctx.cwd, str(args['out']) ?? 'catalog.key');
      if (!args['force'] && (existsSync(out) || existsSync(`${out}.pub`)))
        throw new McpctlError('E_CONFLICT', `${out} already exists`, {
          hint: 'choose another --out, or --force to replace it (a replaced key cannot sign for catalogs that trust the old one)',
        });
      const pair = nacl.sign.keyPair();
      await writeFileAtomic(out, secretKeyFile(pair.secretKey), { mode: 0o600 });
      await writeFileAtomic(`${out}.pub`, publicKeyFile(pair.publicKey), { mode: 0o644 });
      io.stdout.write(
        `Wrote the secret key ${out} (0600: keep it out of the repository) and the public key ${out}.pub (give this to users: catalogs: [{url: ..., trust: [${basename(out)}.pub]}]).\n`,
      );
      return EXIT.ok;
    }
    case 'sign': {
      const dir = resolve(ctx.cwd, str(args['dir']) ?? '.');
      const keys = await Promise.all(
        strs(args['key']).map(async (k) =>
          parseSecretKey(
            await readFile(resolve(ctx.cwd, k), 'utf8').catch(() => {
              throw new McpctlError('E_INPUT', `cannot read the key ${k}`, {
                hint: 'create one with "mcpctl catalog keygen --out KEY"',
              });
            }),
            k,
          ),
        ),
      );
      const previous = await readFile(join(dir, 'index.json')).then(
        (b) => parseIndex(new Uint8Array(b), `${dir}/index.json`),
        () => null,
      );
      const files = [];
      for (const path of await jsonFiles(dir)) {
        const bytes = new Uint8Array(await readFile(join(dir, path)));
        const doc = parseServerJson(bytes, path);
        files.push({ path, bytes, id: doc.meta.id, version: doc.version });
      }
      const name = str(args['name']) ?? previous?.catalog ?? basename(dir);
      const days = Number(args['expires-days'] ?? 365);
      const index = buildIndex(name, (previous?.version ?? 0) + 1, new Date(Date.now() + days * 86_400_000), files);
      const bytes = new TextEncoder().encode(indexText(index));
      await writeFileAtomic(join(dir, 'index.json'), bytes, { mode: 0o644 });
      await writeFileAtomic(
        join(dir, 'index.json.sig'),
        signaturesText(
          signIndex(
            bytes,
            keys.map((k) => k.secret),
          ),
        ),
        { mode: 0o644 },
      );
      io.stdout.write(
        `Signed catalog "${name}" version ${index.version}: ${files.length} templates, expires ${index.expires}, keys ${keys.map((k) => k.keyid).join(', ')}.\n`,
      );
      return EXIT.ok;
    }
    case 'pull': {
      const file = str(args['file']) ?? 'mcp.yaml';
      const spec = await loadSpec(file, ctx);
      const remote = (spec.spec.catalogs ?? []).filter(
        (c): c is Extract<CatalogSource, { url: string }> => typeof c === 'object' && 'url' in c,
      );
      const wanted = str(args['name']);
      const chosen = wanted ? remote.filter((c) => c.url.includes(wanted)) : remote;
      if (!chosen.length)
        throw new McpctlError(
          'E_NOT_FOUND',
          wanted ? `no remote catalog in ${file} matches "${wanted}"` : `${file} declares no remote catalogs`,
          { hint: 'add one under catalogs: with url: and trust:' },
        );
      for (const c of chosen) {
        const loaded = await loadCatalog(c, dirname(spec.path), ctx, { refresh: true });
        io.stdout.write(
          `✔ ${c.url}: catalog "${loaded.index.catalog}" version ${loaded.index.version}, ${loaded.templates.length} templates verified and cached\n`,
        );
        for (const w of loaded.warnings) io.stderr.write(`warning: ${w}\n`);
      }
      return EXIT.ok;
    }
    case 'import': {
      const src = resolve(ctx.cwd, str(args['serverJson']) ?? '');
      const text = await readFile(src, 'utf8').catch(() => {
        throw new McpctlError('E_NOT_FOUND', `cannot read ${src}`, { hint: 'give the path of a server.json document' });
      });
      const doc = parseServerJson(text, src);
      const id = str(args['id']) ?? doc.meta.id;
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(id))
        throw new McpctlError('E_INPUT', `"${id}" is not a valid template id`, {
          hint: 'pass --id with lowercase letters, digits, ".", "_" and "-"',
        });
      const raw: Record<string, unknown> = { $schema: SERVER_SCHEMA_2025_12_11, ...doc.raw };
      const meta = asRecord(raw['_meta']);
      const publisher = asRecord(meta[META_KEY]);
      publisher['dev.mcpctl'] = { ...asRecord(publisher['dev.mcpctl']), id };
      raw['_meta'] = { ...meta, [META_KEY]: publisher };
      const outDir = resolve(ctx.cwd, str(args['out']) ?? 'catalog');
      const target = join(outDir, 'templates', `${id}.json`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${JSON.stringify(raw, null, 2)}\n`);
      io.stdout.write(
        `Wrote ${relative(ctx.cwd, target)} (template "${id}" ${doc.version}). Sign the catalog to publish it: mcpctl catalog sign ${relative(ctx.cwd, outDir) || '.'} --key KEY\n`,
      );
      return EXIT.ok;
    }
  }
  throw new McpctlError('E_USAGE', `unknown catalog action "${action}"`, { hint: 'see "mcpctl catalog --help"' });
}

async function jsonFiles(dir: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory() && rel !== 'keys') out.push(...(await jsonFiles(dir, rel)));
    else if (e.isFile() && e.name.endsWith('.json') && rel !== 'index.json') out.push(rel.split(sep).join('/'));
  }
  return out.sort();
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {};
}

function oneLine(s: string): string {
  const l = s.replace(/\s+/g, ' ').trim();
  return l.length > 90 ? `${l.slice(0, 89)}…` : l;
}

function summary(catalog: string, t: Template) {
  return {
    id: t.id,
    version: t.version,
    name: t.doc.name,
    catalog,
    category: t.doc.meta.category ?? null,
    description: t.doc.description,
    package_type: t.doc.packages[0]?.registryType ?? 'remote',
  };
}
