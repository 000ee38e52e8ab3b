// The versions of a PyPI package, from its JSON API (`{base}/{name}/json`: `releases` by version, each file
// with `yanked`). The base is MCPCTL_PYPI_URL, else pip's own index (PIP_INDEX_URL or index-url in pip.conf,
// whose `/simple` is the JSON API's `/pypi`); no host is assumed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate } from '../../core/versions/compare.js';
import { isObject } from './object.js';
import { getJson, registryUrl } from '../http-json.js';
import type { GetOptions } from '../http-json.js';
import type { Versions } from './npm.js';

/** The JSON API's base URL, or null when neither mcpctl nor pip is configured with one. */
export function pypiBase(env: NodeJS.ProcessEnv, home: string): string | null {
  const own = env['MCPCTL_PYPI_URL'];
  if (own) return own.replace(/\/+$/, '');
  const index =
    env['PIP_INDEX_URL'] ??
    [join(home, '.config', 'pip', 'pip.conf'), join(home, '.pip', 'pip.conf'), '/etc/pip.conf']
      .map(indexUrlIn)
      .find((u) => u !== null);
  return index ? index.replace(/\/+$/, '').replace(/\/simple$/, '/pypi') : null;
}

function indexUrlIn(file: string): string | null {
  try {
    return /^\s*index-url\s*=\s*(\S+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function pypiVersions(
  name: string,
  base: string,
  limits: Pick<GetOptions, 'timeoutMs' | 'retries'>,
): Promise<Versions | null> {
  const url = registryUrl(`${base}/${encodeURIComponent(name)}/json`, `the PyPI index for ${name}`);
  const answer = await getJson(url, { what: `PyPI metadata of ${name}`, ...limits, notFoundOk: true });
  if (answer === null) return null;
  const doc = answer.json;
  const releases = isObject(doc) && isObject(doc['releases']) ? doc['releases'] : {};
  const candidates: Candidate[] = Object.entries(releases).map(([version, files]) => {
    const list = Array.isArray(files) ? files.filter(isObject) : [];
    // a release whose every file is yanked is withdrawn (pip skips it unless pinned)
    const yanked = list.length > 0 && list.every((f) => f['yanked'] === true);
    const reason = list.find((f) => typeof f['yanked_reason'] === 'string')?.['yanked_reason'];
    return {
      version,
      ...(yanked ? { withdrawn: `yanked${typeof reason === 'string' && reason ? `: ${reason}` : ''}` } : {}),
    };
  });
  return { candidates, from: url.origin };
}
