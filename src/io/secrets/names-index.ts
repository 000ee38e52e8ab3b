// secrets-index.json: which names exist in which backend, and when they were set or rotated. Never a value.
// It is the list for keychains that cannot enumerate. One map per backend: the same name may live in both
// (set once with a keychain, once without). Written atomically, 0600, under the store's lock.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { McpctlError } from '../../core/errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import { errno } from '../read.js';
import type { BackendKind, SecretEntry } from './types.js';

export type EntryTimes = Pick<SecretEntry, 'set_at' | 'rotated_at'>;

export interface NamesIndex {
  format_version: 1;
  kind: 'mcpctl.secrets-index';
  keychain: Record<string, EntryTimes>;
  file: Record<string, EntryTimes>;
}

function emptyIndex(): NamesIndex {
  return { format_version: 1, kind: 'mcpctl.secrets-index', keychain: {}, file: {} };
}

export async function readIndex(path: string): Promise<NamesIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return emptyIndex();
    throw new McpctlError('E_SECRET_STORE', `cannot read the secrets index ${path} (${errno(e) ?? String(e)})`, {
      hint: 'check its permissions',
    });
  }
  const broken = () =>
    new McpctlError('E_SECRET_STORE', `${path} is not an mcpctl secrets index of format 1`, {
      hint: 'delete it: it holds only names and times, and "mcpctl secret set" adds names back as they are set',
    });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw broken();
  }
  if (typeof data !== 'object' || data === null || !('format_version' in data) || data.format_version !== 1)
    throw broken();
  const index = emptyIndex();
  for (const backend of ['keychain', 'file'] as const) {
    const raw: unknown = backend in data ? Reflect.get(data, backend) : {};
    if (typeof raw !== 'object' || raw === null) throw broken();
    for (const [name, v] of Object.entries(raw)) {
      if (typeof v !== 'object' || v === null) throw broken();
      index[backend][name] = {
        set_at: 'set_at' in v && typeof v.set_at === 'string' ? v.set_at : null,
        rotated_at: 'rotated_at' in v && typeof v.rotated_at === 'string' ? v.rotated_at : null,
      };
    }
  }
  return index;
}

export async function writeIndex(path: string, index: NamesIndex): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const out: NamesIndex = { ...index, keychain: _sorted(index.keychain), file: _sorted(index.file) };
  await writeFileAtomic(path, `${JSON.stringify(out, null, 2)}\n`, { mode: 0o600 });
}

/** Every entry of both backends, sorted by name, then keychain before file. */
export function indexEntries(index: NamesIndex, only?: BackendKind): SecretEntry[] {
  const out: SecretEntry[] = [];
  for (const backend of ['keychain', 'file'] as const) {
    if (only !== undefined && backend !== only) continue;
    for (const [name, t] of Object.entries(index[backend])) out.push({ name, backend, ...t });
  }
  return out.sort(compareEntries);
}

export function compareEntries(a: SecretEntry, b: SecretEntry): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.backend === b.backend ? 0 : a.backend === 'keychain' ? -1 : 1;
}

function _sorted(m: Record<string, EntryTimes>): Record<string, EntryTimes> {
  return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
