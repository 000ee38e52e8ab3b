// A generated tree of config files for the scan corpus test and `npm run bench`: every provider
// format planted in TOML, JSON, YAML and .env files, among decoys that must never be reported
// (hashes, UUIDs, npm integrity strings, base64 images, references, placeholders) and filler that
// makes the files the size of real ones. Deterministic for a seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALPHABET as A, rand, reseed, uuid } from '../secrets/_gen.js';
import type { Plant } from './_plants.js';
import { PLANT_BUILDERS } from './_plants.js';

export type CorpusFormat = 'toml' | 'json' | 'yaml' | 'env';
export const CORPUS_FORMATS: readonly CorpusFormat[] = ['toml', 'json', 'yaml', 'env'];

export interface PlantedAt {
  file: string;
  ruleId: string;
  /** 1-based line where the secret starts. */
  line: number;
  /** The planted secret (for checking that no output shows it). */
  secret: string;
}

export interface Corpus {
  root: string;
  files: number;
  bytes: number;
  planted: PlantedAt[];
  decoys: number;
}

export interface CorpusOptions {
  files: number;
  /** Filler per file, roughly. */
  bytesPerFile: number;
  /** Plant every provider format this many times in total (spread over the files). */
  rounds?: number;
  seed?: number;
}

interface Entry {
  key: string;
  value: string;
  /** Written as a nested one-line object in JSON. */
  object?: Record<string, string>;
  plant?: Plant;
}

/** A folder per service, each with one file of each format. */
const FILE_NAMES: Record<CorpusFormat, (i: number) => string> = {
  toml: (i) => `svc-${Math.floor(i / 4)}/config.toml`,
  json: (i) => `svc-${Math.floor(i / 4)}/settings.json`,
  yaml: (i) => `svc-${Math.floor(i / 4)}/deploy.yaml`,
  env: (i) => `svc-${Math.floor(i / 4)}/.env`,
};

/** Writes the corpus under `root` and says where every secret was planted. */
export function buildCorpus(root: string, opts: CorpusOptions): Corpus {
  reseed(opts.seed ?? 20261129);
  const rounds = opts.rounds ?? 1;
  // Each provider format, `rounds` times, in each of the four file formats where it fits.
  const plants: Plant[] = [];
  for (let r = 0; r < rounds; r++) for (const build of PLANT_BUILDERS) plants.push(build());
  const perFile: Plant[][] = Array.from({ length: opts.files }, () => []);
  plants.forEach((p, i) => perFile[(i * 7) % opts.files]?.push(p));
  const planted: PlantedAt[] = [];
  let bytes = 0;
  let decoys = 0;
  for (let i = 0; i < opts.files; i++) {
    const format = CORPUS_FORMATS[i % CORPUS_FORMATS.length] ?? 'toml';
    const file = FILE_NAMES[format](i);
    const entries: Entry[] = [];
    const fillerEntries = Math.max(1, Math.round(opts.bytesPerFile / 46));
    const mine = perFile[i] ?? [];
    for (let j = 0; j < fillerEntries; j++) {
      if (j % 5 === 0) {
        entries.push(decoy(j));
        decoys++;
      } else entries.push(filler(j));
      // plants spread through the file, not only at its top
      const plant = mine[Math.floor((j * mine.length) / fillerEntries)];
      if (plant && !entries.some((e) => e.plant === plant)) entries.push(_planted(plant));
    }
    for (const plant of mine) if (!entries.some((e) => e.plant === plant)) entries.push(_planted(plant));
    const { text, lines } = WRITERS[format](entries);
    for (const [entry, line] of lines) {
      if (entry.plant)
        planted.push({ file, ruleId: entry.plant.ruleId, line, secret: entry.plant.leak ?? entry.plant.secret });
    }
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
    bytes += Buffer.byteLength(text);
  }
  // Markdown, with decoys in code blocks and prose
  const readme = markdown(Math.max(1, Math.round(opts.bytesPerFile / 400)));
  writeFileSync(join(root, 'README.md'), readme);
  bytes += Buffer.byteLength(readme);
  return { root, files: opts.files + 1, bytes, planted, decoys };
}

function _planted(plant: Plant): Entry {
  return { key: plant.key, value: plant.value, plant, ...(plant.object ? { object: plant.object } : {}) };
}

/** Where the secret starts: the entry's first line, plus the line breaks before it in the value. */
function secretLine(entry: Entry, entryLine: number, valueOnNextLine: boolean, valueIsRaw: boolean): number {
  const p = entry.plant;
  if (!p) return entryLine;
  const at = entry.value.indexOf(p.secret);
  const breaks = valueIsRaw && at > 0 ? entry.value.slice(0, at).split('\n').length - 1 : 0;
  return entryLine + (valueOnNextLine ? 1 : 0) + breaks;
}

type Writer = (entries: Entry[]) => { text: string; lines: Array<[Entry, number]> };

const plain = (v: string) => /^[A-Za-z0-9_./:@+=-]*$/.test(v) && v.length > 0;

const WRITERS: Record<CorpusFormat, Writer> = {
  toml: (entries) => {
    const out: string[] = ['# service configuration', '[service]'];
    const lines: Array<[Entry, number]> = [];
    for (const e of entries) {
      const line = out.length + 1;
      const key = /^[A-Za-z0-9_-]+$/.test(e.key) ? e.key : JSON.stringify(e.key);
      if (e.value.includes('\n')) out.push(`${key} = '''`, ...e.value.replace(/\n$/, '').split('\n'), `'''`);
      else if (/["\\]/.test(e.value)) out.push(`${key} = '${e.value}'`);
      else out.push(`${key} = "${e.value}"`);
      lines.push([e, secretLine(e, line, e.value.includes('\n'), true)]);
    }
    return { text: `${out.join('\n')}\n`, lines };
  },
  json: (entries) => {
    const out: string[] = ['{'];
    const lines: Array<[Entry, number]> = [];
    entries.forEach((e, i) => {
      const line = out.length + 1;
      const value = e.object ? JSON.stringify(e.object) : JSON.stringify(e.value);
      out.push(`  ${JSON.stringify(`${e.key}`)}: ${value}${i < entries.length - 1 ? ',' : ''}`);
      lines.push([e, line]);
    });
    out.push('}');
    return { text: `${out.join('\n')}\n`, lines };
  },
  yaml: (entries) => {
    const out: string[] = ['# deployment', 'service:'];
    const lines: Array<[Entry, number]> = [];
    for (const e of entries) {
      const line = out.length + 1;
      if (e.value.includes('\n'))
        out.push(
          `  ${e.key}: |`,
          ...e.value
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => `    ${l}`),
        );
      else if (plain(e.value) && !e.value.includes(': ')) out.push(`  ${e.key}: ${e.value}`);
      else out.push(`  ${e.key}: '${e.value.replace(/'/g, "''")}'`);
      lines.push([e, secretLine(e, line, e.value.includes('\n'), true)]);
    }
    return { text: `${out.join('\n')}\n`, lines };
  },
  env: (entries) => {
    const out: string[] = ['# environment'];
    const lines: Array<[Entry, number]> = [];
    entries.forEach((e, i) => {
      const line = out.length + 1;
      const key = e.key.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
      const prefix = i % 3 === 0 ? 'export ' : '';
      if (e.value.includes('"')) out.push(`${prefix}${key}='${e.value}'`);
      else if (plain(e.value)) out.push(`${prefix}${key}=${e.value}`);
      else out.push(...`${prefix}${key}="${e.value.replace(/\n$/, '')}"`.split('\n'));
      lines.push([e, secretLine(e, line, false, true)]);
    });
    return { text: `${out.join('\n')}\n`, lines };
  },
};

const WORDS = [
  'server',
  'region',
  'timeout',
  'replicas',
  'image',
  'port',
  'retries',
  'owner',
  'team',
  'feature',
  'cache',
  'queue',
  'worker',
  'log_level',
  'endpoint_url',
  'name',
];
const an = (n: number) => rand(A.alnum, n);
const hex = (n: number) => rand(A.hex, n);

/** Ordinary settings. */
function filler(j: number): Entry {
  const key = `${WORDS[j % WORDS.length]}_${j}`;
  const k = j % 8;
  if (k === 0) return { key, value: `https://api.internal.dev/v${j % 3}/items?page=${j}` };
  if (k === 1) return { key, value: `${rand(A.lower, 6)}-${rand(A.lower, 8)}-${j}` };
  if (k === 2) return { key, value: String(1000 + j) };
  if (k === 3)
    return { key, value: `the ${rand(A.lower, 5)} service keeps ${j} items in its ${rand(A.lower, 7)} cache` };
  if (k === 4) return { key, value: `@acme/mcp-${rand(A.lower, 6)}@1.${j % 10}.${j % 7}` };
  if (k === 5) return { key, value: `/var/lib/${rand(A.lower, 6)}/${rand(A.lower, 4)}.db` };
  if (k === 6) return { key, value: `eu-west-${1 + (j % 3)}` };
  return { key, value: `${rand(A.lower, 4)}.${rand(A.lower, 8)}.svc.cluster.local:${8000 + j}` };
}

/** Values that look random or secret-ish and are not secrets. */
export const DECOYS: ReadonlyArray<() => Entry> = [
  () => ({ key: 'sha256', value: hex(64) }),
  () => ({ key: 'commit', value: hex(40) }),
  () => ({ key: 'checksum', value: `sha256:${hex(64)}` }),
  () => ({ key: 'request_id', value: uuid() }),
  () => ({ key: 'id', value: uuid() }),
  () => ({ key: 'integrity', value: `sha512-${rand(A.base64, 86)}==` }),
  () => ({ key: 'resolved', value: `http://127.0.0.1:4873/@acme/pkg/-/pkg-1.2.3.tgz` }),
  () => ({ key: 'icon', value: `data:image/png;base64,iVBORw0KGgo${rand(A.base64, 400)}` }),
  () => ({ key: 'API_KEY', value: '${env:API_KEY}' }),
  () => ({ key: 'GITHUB_TOKEN', value: '${secret:github}' }),
  () => ({ key: 'token', value: '${{ secrets.GH_TOKEN }}' }),
  () => ({ key: 'password', value: '{{ vault_db_password }}' }),
  () => ({ key: 'Authorization', value: 'Bearer ${env:API_TOKEN}' }),
  () => ({ key: 'SLACK_TOKEN', value: '$SLACK_TOKEN' }),
  () => ({ key: 'OPENAI_API_KEY', value: 'op://vault/openai/credential' }),
  () => ({ key: 'api_key', value: 'your-api-key-here' }),
  () => ({ key: 'token', value: '<your-token>' }),
  () => ({ key: 'password', value: 'changeme' }),
  () => ({ key: 'SECRET_KEY', value: 'xxxxxxxxxxxxxxxxxxxxxxxx' }),
  () => ({ key: 'aws_access_key_id', value: ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('') }),
  () => ({ key: 'github_token', value: `ghp_${'x'.repeat(36)}` }),
  () => ({ key: 'database_url', value: 'postgres://app:${secret:DB_PASSWORD}@db.internal:5432/app' }),
  () => ({ key: 'max_tokens', value: '4096' }),
  () => ({ key: 'public_key', value: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rand(A.base64, 43)} me@host` }),
  () => ({ key: 'etag', value: hex(32) }),
  () => ({ key: 'version', value: `1.${rand(A.digits, 2)}.0-rc.${rand(A.digits, 1)}` }),
  () => ({ key: 'image', value: `ghcr.io/acme/server@sha256:${hex(64)}` }),
  () => ({ key: 'token_url', value: 'https://auth.internal.dev/oauth/token' }),
  () => ({ key: 'session_timeout', value: '3600' }),
  () => ({ key: 'trace', value: an(8) }),
];

function decoy(j: number): Entry {
  const make = DECOYS[j % DECOYS.length] ?? DECOYS[0];
  if (!make) throw new Error('no decoys');
  return make();
}

function markdown(sections: number): string {
  const out: string[] = ['# Service notes', ''];
  for (let i = 0; i < sections; i++) {
    out.push(
      `## Part ${i}`,
      '',
      `Set \`API_KEY\` in your environment; the server reads it at start-up (see ${uuid()}).`,
      '',
    );
    out.push(
      '```sh',
      'export API_KEY=${API_KEY}',
      `export GITHUB_TOKEN=<your-token>`,
      `npm i @acme/mcp-server@1.${i}.0 # integrity sha512-${rand(A.base64, 86)}==`,
      '```',
      '',
    );
    out.push(`![logo](data:image/png;base64,iVBORw0KGgo${rand(A.base64, 200)})`, '');
  }
  return `${out.join('\n')}\n`;
}
