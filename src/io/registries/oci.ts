// The tags of an OCI image and the digest a tag names, from its registry's distribution API: `GET
// /v2/{name}/tags/list` and `HEAD /v2/{name}/manifests/{tag}` (Docker-Content-Digest), with the anonymous
// bearer token a registry asks for (401 + WWW-Authenticate: Bearer realm=…,service=…,scope=…). The registry is
// the one the image names; an image that names none uses MCPCTL_OCI_REGISTRY (no default host is assumed).
import { McpctlError } from '../../core/errors.js';
import { isLoopback } from '../../core/lint/rules/remote-url.js';
import type { Candidate } from '../../core/versions/compare.js';
import { isObject } from './object.js';
import { getJson, registryUrl, withoutCredentials } from '../http-json.js';
import type { GetOptions } from '../http-json.js';

type Limits = Pick<GetOptions, 'timeoutMs' | 'retries'>;

export interface OciTags {
  candidates: Candidate[];
  from: string;
}

/** The registry's base URL for an image's host (http for a loopback one), or null for an image that names none. */
export function ociBase(host: string | null, env: NodeJS.ProcessEnv): string | null {
  const h = host ?? env['MCPCTL_OCI_REGISTRY'] ?? null;
  if (!h) return null;
  if (/^https?:\/\//.test(h)) return h.replace(/\/+$/, '');
  return `${isLoopback(h.replace(/:\d+$/, '')) ? 'http' : 'https'}://${h}`;
}

export async function ociTags(base: string, path: string, limits: Limits): Promise<OciTags | null> {
  const url = registryUrl(`${base}/v2/${path}/tags/list`, `the registry of ${path}`);
  const token = await tokenFor(url, path, limits);
  const answer = await getJson(url, {
    what: `the tags of ${path}`,
    ...limits,
    notFoundOk: true,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  if (answer === null) return null;
  const doc = answer.json;
  const tags = isObject(doc) && Array.isArray(doc['tags']) ? doc['tags'].filter((t) => typeof t === 'string') : [];
  return { candidates: tags.map((version) => ({ version })), from: url.origin };
}

const MANIFESTS = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** The digest a tag names now (sha256:…). */
export async function ociDigest(base: string, path: string, tag: string, limits: Limits): Promise<string> {
  const given = registryUrl(`${base}/v2/${path}/manifests/${encodeURIComponent(tag)}`, `the registry of ${path}`);
  const token = await tokenFor(given, path, limits);
  const { url, authorization } = withoutCredentials(given);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs ?? 10_000);
  try {
    const res = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: controller.signal,
      headers: {
        accept: MANIFESTS,
        ...(token ? { authorization: `Bearer ${token}` } : authorization ? { authorization } : {}),
      },
    });
    const digest = res.headers.get('docker-content-digest') ?? '';
    if (res.ok && /^sha256:[0-9a-f]{64}$/.test(digest)) return digest;
    throw new McpctlError('E_NETWORK', `${path}:${tag}: the registry gave no digest (HTTP ${res.status})`, {
      hint: 'check the tag, or pin the digest yourself (docker buildx imagetools inspect IMAGE:TAG)',
    });
  } catch (e) {
    if (e instanceof McpctlError) throw e;
    throw new McpctlError(
      'E_NETWORK',
      `${path}:${tag}: ${controller.signal.aborted ? 'no answer in time' : e instanceof Error ? e.message : String(e)}`,
      {
        hint: 'check the registry and your network',
      },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** An anonymous pull token when the registry asks for one (and says where), else null. */
async function tokenFor(url: URL, path: string, limits: Limits): Promise<string | null> {
  const probe = await getJson(new URL('/v2/', url), {
    what: `the registry of ${path}`,
    ...limits,
    challengeOk: true,
    notFoundOk: true,
  });
  if (probe?.status !== 401) return null;
  const challenge = probe.headers.get('www-authenticate') ?? '';
  const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  if (!/^Bearer /i.test(challenge) || !params['realm']) return null;
  const realm = registryUrl(params['realm'], `the token service of ${url.origin}`);
  // a registry may name its token service elsewhere, over https; plain http only where the registry itself is
  if (realm.protocol !== 'https:' && realm.origin !== url.origin)
    throw new McpctlError(
      'E_TRUST',
      `the registry of ${path} names a token service over plain http (${realm.origin})`,
      {
        hint: 'mcpctl asks a token service over https only (or the registry itself, on a loopback host)',
      },
    );
  realm.searchParams.set('scope', params['scope'] ?? `repository:${path}:pull`);
  if (params['service']) realm.searchParams.set('service', params['service']);
  const answer = await getJson(realm, { what: `a pull token for ${path}`, ...limits });
  const doc = answer?.json;
  const token = isObject(doc) ? (doc['token'] ?? doc['access_token']) : undefined;
  return typeof token === 'string' ? token : null;
}
