// `mcpctl upgrade NAME [--to VERSION]`: the version a server pins, moved in mcp.yaml — the package word of its
// args (npm `pkg@V`, PyPI `pkg==V`, an image `name:TAG@sha256:DIGEST` with the new tag's digest) or its
// `template: id@V` (the new version read from a verified catalog) — as a lossless edit: only those bytes change,
// and the file is read back to check that exactly that value changed. A range, a moving tag ("latest") or a
// version the source does not have is refused; nothing is written then. Then plan/apply as usual.
import { parseTemplateRef } from '../core/catalog/resolve-template.js';
import { McpctlError } from '../core/errors.js';
import { validate as schemaCheck } from '../core/generated/mcp-validator.js';
import type { McpFile } from '../core/generated/mcp-types.js';
import { loadYaml } from '../core/load.js';
import { packageRefOf } from '../core/package-spec.js';
import { maskTokens } from '../core/mask-tokens.js';
import { unifiedDiff } from '../core/render/diff.js';
import { validate } from '../core/validate.js';
import { canonical } from '../core/value.js';
import type { Value } from '../core/value.js';
import { isExactFor, isPrerelease, isVersion } from '../core/versions/compare.js';
import { ociBase, ociDigest } from '../io/registries/oci.js';
import { readMcpYaml, writeMcpYaml } from './add.js';
import { outdated } from './outdated.js';
import type { OutdatedRequest } from './outdated.js';
import type { Context } from './pipeline.js';

export interface UpgradeRequest extends Pick<OutdatedRequest, 'limits'> {
  file: string;
  name: string;
  /** --to: the exact version (default: the newest release the source has). */
  to?: string | undefined;
  dryRun?: boolean | undefined;
}

export interface Upgraded {
  server: string;
  source: string;
  package: string;
  from: string | null;
  to: string;
  /** The unified diff of mcp.yaml ('' when it already pins that version). */
  diff: string;
  written: boolean;
}

export async function upgrade(req: UpgradeRequest, ctx: Context): Promise<Upgraded> {
  const y = await readMcpYaml(req.file, ctx);
  const server = y.spec?.servers?.[req.name];
  if (!y.spec || !server || y.text === null)
    throw new McpctlError('E_USAGE', `${req.file} has no server "${req.name}"`, {
      hint: y.names.length ? `its servers: ${y.names.join(', ')}` : 'add one with "mcpctl add"',
    });
  if (req.to !== undefined && !isVersion(req.to))
    throw new McpctlError('E_USAGE', `--to ${req.to} is not an exact version`, {
      hint: 'give one version, e.g. --to 1.4.2: a range or a tag such as "latest" would move by itself',
    });
  const [row] = (await outdated({ file: req.file, names: [req.name], limits: req.limits }, ctx)).rows;
  if (!row || row.source === null)
    throw new McpctlError('E_USAGE', `server "${req.name}" runs no package mcpctl can upgrade`, {
      hint: row?.note ?? 'upgrade works on npx/uvx/docker package words and on template: servers',
    });
  if (row.failure) throw row.failure;
  if (req.to !== undefined && !isExactFor(row.source, req.to))
    throw new McpctlError(
      'E_USAGE',
      `--to ${req.to} is not one exact ${row.source === 'npm' ? 'npm (x.y.z)' : row.source === 'pypi' ? 'PyPI' : ''} version`.replace(
        '  ',
        ' ',
      ),
      {
        hint:
          row.source === 'npm'
            ? 'npm reads 1 or 1.2 as a range: give all three numbers, e.g. 1.2.0'
            : 'give one version, e.g. 1.4.2',
      },
    );
  if (row.status === 'unknown' && !row.versions.length)
    throw new McpctlError('E_NETWORK', `the versions of ${row.package} could not be read`, {
      hint: row.note ?? 'check the registry and your network',
    });
  const to = req.to ?? row.newest;
  if (to === null)
    throw new McpctlError('E_NETWORK', `no version of ${row.package} could be found`, {
      hint: row.note ?? 'check the package name and the registry',
    });
  if (req.to === undefined && isPrerelease(to))
    throw new McpctlError('E_USAGE', `the newest version of ${row.package} is a pre-release (${to})`, {
      hint: `name it with --to ${to} to use it anyway`,
    });
  if (req.to !== undefined && !row.versions.includes(req.to))
    throw new McpctlError('E_USAGE', `${row.package} has no version ${req.to} in ${row.from ?? 'its source'}`, {
      hint: `the newest is ${row.newest}${row.newestSameMajor && row.newestSameMajor !== row.newest ? `, the newest ${row.pinned?.split('.')[0]}.x is ${row.newestSameMajor}` : ''}`,
    });
  let oldWord: string;
  let newWord: string;
  let path: Array<string | number>;
  if (row.source === 'catalog') {
    const { id } = parseTemplateRef(server.template ?? '');
    oldWord = server.template ?? id;
    newWord = `${id}@${to}`;
    path = ['servers', req.name, 'template'];
  } else {
    const ref = packageRefOf(server.command ?? '', server.args ?? []);
    if (!ref) throw new McpctlError('E_INTERNAL', `server "${req.name}" lost its package word`);
    oldWord = server.args?.[ref.index] ?? '';
    newWord = ref.withVersion(to);
    if (ref.ecosystem === 'oci') {
      const base = ociBase(ref.host ?? null, ctx.env);
      if (!base) throw new McpctlError('E_USAGE', 'the image names no registry', { hint: 'set MCPCTL_OCI_REGISTRY' });
      newWord = `${newWord}@${await ociDigest(base, ref.name, to, req.limits ?? {})}`;
    }
    path = ['servers', req.name, 'args', ref.index];
  }
  const done = { server: req.name, source: row.source, package: row.package ?? '', from: row.pinned, to };
  if (oldWord === newWord) return { ...done, diff: '', written: false };
  const text = replaceWord(y.text, req.file, y.spec, path, oldWord, newWord);
  // a plaintext token near the line (lint's job to report) is not printed with it
  const diff = maskTokens(unifiedDiff(req.file, y.text, text, ['current', 'after upgrade']));
  if (!req.dryRun) await writeMcpYaml(y, text);
  return { ...done, diff, written: !req.dryRun };
}

/**
 * mcp.yaml's text with one scalar's word replaced where it is written, checked by reading the result back:
 * that value changed to `next`, and nothing else did.
 */
function replaceWord(
  text: string,
  file: string,
  spec: McpFile,
  path: Array<string | number>,
  word: string,
  next: string,
): string {
  const doc = loadYaml(text, file);
  const span = doc.span(path);
  const at = span ? text.slice(span[0], span[1]).lastIndexOf(word) : -1;
  if (!span || at === -1) throw cannotEdit(file, doc.locate(path));
  const out = text.slice(0, span[0] + at) + next + text.slice(span[0] + at + word.length);
  const after = validate(loadYaml(out, file), schemaCheck).spec;
  const expected = structuredClone(spec) as unknown as Record<string, unknown>;
  let node: unknown = expected;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  (node as Record<string | number, unknown>)[path[path.length - 1] ?? ''] = next;
  if (!after || canonical(after as unknown as Value) !== canonical(expected as unknown as Value))
    throw cannotEdit(file, doc.locate(path));
  return out;
}

function cannotEdit(file: string, at: { line: number; col: number }): McpctlError {
  return new McpctlError('E_INPUT', `${file}:${at.line}:${at.col}: the version cannot be changed in place`, {
    hint: 'the value is written in a form mcpctl does not edit (escapes, or a multi-line string): change it by hand',
  });
}
