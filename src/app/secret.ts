// mcpctl secret set|get|list|rm|rotate as use cases: check the name, open the store (keychain first, else the age
// file), do the one thing, and return what the command shows: names, backends, lengths, previews and where the
// store is. A value leaves only through `get` asked to reveal it (and that read is recorded in the audit log).
import { fingerprintPreview } from '../core/secrets/detect.js';
import { assertSecretName, auditRead, openSecretStore } from '../io/secrets/store.js';
import type { BackendKind, ManagedSecretStore, SecretEntry } from '../io/secrets/store.js';
import type { Context } from './pipeline.js';

/** Which store answered and where its files are (the JSON reports' "store"). */
export interface StoreInfo {
  backend: BackendKind;
  /** For messages: the OS keychain, or the age file's path. */
  location: string;
  /** Why this backend (forced by MCPCTL_SECRET_BACKEND, or the keychain answered or not). */
  reason: string;
  file: string;
  identity: string;
  index: string;
  audit: string;
}

async function openNamed(name: string | null, ctx: Context): Promise<ManagedSecretStore> {
  if (name !== null) assertSecretName(name);
  return openSecretStore(ctx.env, ctx.home);
}

function infoOf(store: ManagedSecretStore): StoreInfo {
  const p = store.paths;
  return {
    backend: store.backend,
    location: store.location,
    reason: store.reason,
    file: p.file,
    identity: p.identity,
    index: p.index,
    audit: p.audit,
  };
}

export interface WrittenSecret {
  secret: { name: string; backend: BackendKind; length: number; replaced: boolean };
  store: StoreInfo;
}

/**
 * set (stores or replaces) or rotate (replaces one that exists: E_SECRET_MISSING before asking otherwise).
 * `readValue` asks for the value (standard input or a hidden prompt): only once the store is known to take it.
 */
export async function writeSecret(
  sub: 'set' | 'rotate',
  name: string,
  readValue: () => Promise<string>,
  ctx: Context,
): Promise<WrittenSecret> {
  const store = await openNamed(name, ctx);
  if (sub === 'rotate' && (await store.get(name)) === null) throw await store.missingError([name], 'rotate');
  const value = await readValue();
  const replaced = sub === 'set' && (await store.get(name)) !== null;
  if (sub === 'set') await store.set(name, value, 'mcpctl secret set');
  else await store.rotate(name, value, 'mcpctl secret rotate');
  return {
    secret: { name, backend: store.backend, length: Array.from(value).length, replaced },
    store: infoOf(store),
  };
}

export interface SecretMeta {
  name: string;
  backend: BackendKind;
  length: number;
  /** A masked preview (fingerprintPreview): never the value. */
  preview: string;
  set_at: string | null;
  rotated_at: string | null;
}

export interface ReadSecret {
  secret: SecretMeta;
  /** Only when asked to reveal it. */
  value?: string;
  store: StoreInfo;
}

/** What the store knows of one secret (E_SECRET_MISSING when it has none); the read is recorded in the audit log. */
export async function readSecret(name: string, reveal: boolean, ctx: Context): Promise<ReadSecret> {
  const store = await openNamed(name, ctx);
  const value = await store.get(name);
  if (value === null) throw await store.missingError([name]);
  await auditRead(name, reveal ? 'mcpctl secret get --reveal' : 'mcpctl secret get', ctx.env, ctx.home);
  const entry = (await store.entries()).find((e) => e.name === name && e.backend === store.backend);
  const secret: SecretMeta = {
    name,
    backend: store.backend,
    length: Array.from(value).length,
    preview: fingerprintPreview(value),
    set_at: entry?.set_at ?? null,
    rotated_at: entry?.rotated_at ?? null,
  };
  return reveal ? { secret, value, store: infoOf(store) } : { secret, store: infoOf(store) };
}

/** The names in the index (both backends), never values. */
export async function listSecrets(ctx: Context): Promise<{ entries: SecretEntry[]; store: StoreInfo }> {
  const store = await openNamed(null, ctx);
  return { entries: await store.entries(), store: infoOf(store) };
}

/** Deletes one secret (E_SECRET_MISSING when the store has none of that name). */
export async function removeSecret(
  name: string,
  ctx: Context,
): Promise<{ secret: { name: string; backend: BackendKind }; store: StoreInfo }> {
  const store = await openNamed(name, ctx);
  if (!(await store.delete(name, 'mcpctl secret rm'))) throw await store.missingError([name], 'rm');
  return { secret: { name, backend: store.backend }, store: infoOf(store) };
}
