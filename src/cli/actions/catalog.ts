import { basename, relative } from 'node:path';
import { importFromCard, importFromRegistry, importServerJson } from '../../app/catalog-import.js';
import { generateKeyPair, signCatalog } from '../../app/catalog-sign.js';
import { pullCatalogs, searchCatalogs, showTemplate } from '../../app/catalog-browse.js';
import { verifyCatalogs } from '../../app/catalog-verify.js';
import type { Template } from '../../app/catalogs.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import type { Io } from '../output.js';
import { writeJson } from '../output.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export async function catalogAction(action: string, args: Record<string, unknown>, io: Io): Promise<number> {
  const ctx = processContext();
  const json = args['json'] === true;
  const file = str(args['file']);
  switch (action) {
    case 'list':
    case 'search': {
      const word = strs(args['words']).join(' ').trim() || str(args['word']);
      const { hits, catalogs } = await searchCatalogs(file, word, ctx);
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
      for (const c of catalogs) for (const warn of c.warnings) io.stderr.write(`warning: ${warn}\n`);
      return EXIT.ok;
    }
    case 'show': {
      const { template: t, catalog, inputs, server } = await showTemplate(file, str(args['id']) ?? '', ctx);
      if (json) {
        writeJson(io, {
          format_version: 1,
          kind: 'mcpctl.catalog-template',
          ...summary(catalog.index.catalog, t),
          inputs,
          resolves_to: server,
          server_json: t.doc.raw,
        });
        return EXIT.ok;
      }
      io.stdout.write(
        `${t.id}@${t.version}  (${t.doc.name}, catalog ${catalog.index.catalog})\n${oneLine(t.doc.description)}\n\n`,
      );
      io.stdout.write(
        `runs: ${server.command ? [server.command, ...(server.args ?? [])].join(' ') : (server.url ?? '')}\n`,
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
      const results = await verifyCatalogs(
        {
          source: str(args['source']),
          keys: strs(args['key']),
          threshold: Number(args['threshold'] ?? 1),
          allowHttp: args['allow-http'] === true,
          file,
        },
        ctx,
      );
      if (json) writeJson(io, { format_version: 1, kind: 'mcpctl.catalog-verify', verified: results });
      else
        for (const r of results)
          io.stdout.write(
            `✔ ${r.where}: catalog "${r.catalog}" version ${r.version}, ${r.templates} templates verified${r.signed_by.length ? ` (signed by ${r.signed_by.join(', ')})` : ''}\n`,
          );
      return EXIT.ok;
    }
    case 'keygen': {
      const out = await generateKeyPair({ out: str(args['out']), force: Boolean(args['force']) }, ctx);
      io.stdout.write(
        `Wrote the secret key ${out} (0600: keep it out of the repository) and the public key ${out}.pub (give this to users: catalogs: [{url: ..., trust: [${basename(out)}.pub]}]).\n`,
      );
      return EXIT.ok;
    }
    case 'sign': {
      const signed = await signCatalog(
        {
          dir: str(args['dir']),
          keys: strs(args['key']),
          name: str(args['name']),
          expiresDays: Number(args['expires-days'] ?? 365),
        },
        ctx,
      );
      io.stdout.write(
        `Signed catalog "${signed.name}" version ${signed.version}: ${signed.templates} templates, expires ${signed.expires}, keys ${signed.keyids.join(', ')}.\n`,
      );
      return EXIT.ok;
    }
    case 'pull': {
      for await (const { url, loaded } of pullCatalogs(file, str(args['name']), ctx)) {
        io.stdout.write(
          `✔ ${url}: catalog "${loaded.index.catalog}" version ${loaded.index.version}, ${loaded.templates.length} templates verified and cached\n`,
        );
        for (const w of loaded.warnings) io.stderr.write(`warning: ${w}\n`);
      }
      return EXIT.ok;
    }
    case 'import': {
      const dest = { id: str(args['id']), out: str(args['out']) };
      const registry = str(args['registry']);
      const card = str(args['card']);
      const positional = str(args['serverJson']);
      if (card !== undefined && positional !== undefined)
        throw new McpctlError('E_USAGE', '--card takes no other argument', {
          hint: 'mcpctl catalog import --card https://mcp.example.com',
        });
      if (str(args['version']) !== undefined && registry === undefined)
        throw new McpctlError('E_USAGE', '--version goes with --registry', {
          hint: 'mcpctl catalog import --registry URL NAME --version 1.2.3',
        });
      if (registry !== undefined && positional === undefined)
        throw new McpctlError('E_USAGE', '--registry needs the name of the server', {
          hint: 'mcpctl catalog import --registry REGISTRY_URL io.github.acme/weather',
        });
      if (positional === undefined && card === undefined)
        throw new McpctlError('E_USAGE', 'name what to import', {
          hint: 'a server.json file, --registry URL NAME, or --card URL',
        });
      const done =
        card !== undefined
          ? await importFromCard({ card, ...dest }, ctx)
          : registry !== undefined
            ? await importFromRegistry(
                { registry, name: positional ?? '', version: str(args['version']), ...dest },
                ctx,
              )
            : await importServerJson({ serverJson: positional ?? '', ...dest }, ctx);
      for (const w of done.warnings) io.stderr.write(`warning: ${w}\n`);
      const from = done.source ? ` from ${done.source.url}` : '';
      io.stdout.write(
        `Wrote ${relative(ctx.cwd, done.target)} (template "${done.id}" ${done.version}${from}). Sign the catalog to publish it: mcpctl catalog sign ${relative(ctx.cwd, done.outDir) || '.'} --key KEY\n`,
      );
      return EXIT.ok;
    }
  }
  throw new McpctlError('E_USAGE', `unknown catalog action "${action}"`, { hint: 'see "mcpctl catalog --help"' });
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
