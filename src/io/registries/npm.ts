// The versions of an npm package, from the registry the user's npm uses (./npm-config.ts): its abbreviated
// metadata (`application/vnd.npm.install-v1+json`: every version with its `deprecated` note, and dist-tags).
import type { Candidate } from '../../core/versions/compare.js';
import { isObject } from './object.js';
import { getJson } from '../http-json.js';
import type { GetOptions } from '../http-json.js';
import { registryUrl } from '../http-json.js';
import type { NpmConfig } from './npm-config.js';

export interface Versions {
  candidates: Candidate[];
  /** Where they came from (no credentials in it). */
  from: string;
}

export async function npmVersions(
  name: string,
  config: NpmConfig,
  limits: Pick<GetOptions, 'timeoutMs' | 'retries'>,
): Promise<Versions | null> {
  const registry = config.registryFor(name);
  const url = registryUrl(`${registry}${name.replace('/', '%2f')}`, `the npm registry for ${name}`);
  const auth = config.authFor(url.href);
  const answer = await getJson(url, {
    what: `npm metadata of ${name}`,
    ...limits,
    notFoundOk: true,
    headers: {
      accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8',
      ...(auth ? { authorization: auth } : {}),
    },
  });
  if (answer === null) return null;
  const doc = answer.json;
  const versions = isObject(doc) && isObject(doc['versions']) ? doc['versions'] : {};
  const candidates: Candidate[] = Object.entries(versions).map(([version, meta]) => {
    const deprecated = isObject(meta) && typeof meta['deprecated'] === 'string' ? meta['deprecated'] : undefined;
    return { version, ...(deprecated ? { withdrawn: `deprecated: ${deprecated}` } : {}) };
  });
  return { candidates, from: new URL(registry).origin };
}
