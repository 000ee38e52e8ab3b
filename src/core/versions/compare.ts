// Versions as the registries publish them: ordered (1.10.0 > 1.9.0, 2026.1.2 > 2025.12.31, a release after its
// pre-releases), told apart as exact or not (a range or a moving tag is never a pin), as pre-release or not,
// and by major. npm's semver, PyPI's PEP 440 (its common forms) and OCI tags that look like versions. Pure.

/** An exact version a pin may name (no range, no tag such as "latest"). */
export const EXACT_VERSION =
  /^v?\d+(\.\d+){0,3}((-|\.?(a|b|rc|dev|post|alpha|beta|pre))[0-9A-Za-z.-]*)?(\+[0-9A-Za-z.-]+)?$/i;

interface Parsed {
  release: number[];
  /** Empty for a release; else the pre-release parts (a pre-release sorts before its release). */
  pre: Array<string | number>;
}

function parse(v: string): Parsed | null {
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/i.exec(v.trim());
  if (!m) return null;
  const release = (m[1] ?? '').split('.').map(Number);
  const rest = (m[2] ?? '').replace(/\+.*$/, '');
  if (rest === '') return { release, pre: [] };
  // PEP 440 post-releases sort after the release: 1.0.post1 > 1.0
  if (/^[.-]?post\d*$/i.test(rest)) return { release: [...release, 0, Number(/\d+/.exec(rest)?.[0] ?? 0)], pre: [] };
  const pre = rest
    .replace(/^[-.]/, '')
    .split(/[.-]|(?<=\D)(?=\d)|(?<=\d)(?=\D)/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.toLowerCase()));
  return { release, pre };
}

/** Whether the version is a pre-release (1.0.0-rc.1, 1.0rc1, 2.0.0.dev3, 1.2.0-beta): never proposed by default. */
export function isPrerelease(v: string): boolean {
  const p = parse(v);
  return p === null || p.pre.length > 0;
}

/** Whether the text is a version at all (not "latest", "main", "stable"). */
export function isVersion(v: string): boolean {
  return parse(v) !== null && EXACT_VERSION.test(v);
}

/** npm: a whole semver (x.y.z, no leading zeros); `1` or `2025.4` are ranges there. */
const NPM_EXACT =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** PyPI: a PEP 440 version as projects publish it (1.2, 1.2.3rc1, 2.0.post1, 1.0.dev3). */
const PYPI_EXACT = /^v?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$/i;

/** Whether a pin names exactly one version of its ecosystem (npm, PyPI; an image tag or template version: any version). */
export function isExactFor(ecosystem: string, v: string): boolean {
  if (ecosystem === 'npm') return NPM_EXACT.test(v);
  if (ecosystem === 'pypi') return PYPI_EXACT.test(v);
  return isVersion(v);
}

/** Negative, zero or positive as a sorts before, with or after b. */
export function compareVersion(a: string, b: string): number {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return pa ? 1 : pb ? -1 : a.localeCompare(b);
  for (let i = 0; i < Math.max(pa.release.length, pb.release.length); i++) {
    const d = (pa.release[i] ?? 0) - (pb.release[i] ?? 0);
    if (d !== 0) return d;
  }
  if (!pa.pre.length || !pb.pre.length) return pb.pre.length - pa.pre.length;
  for (let i = 0; i < Math.max(pa.pre.length, pb.pre.length); i++) {
    const x = pa.pre[i];
    const y = pb.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The first number of a version (its major). */
export function majorOf(v: string): number | null {
  return parse(v)?.release[0] ?? null;
}

export interface Candidate {
  version: string;
  /** Deprecated (npm), yanked (PyPI): reported, never proposed. */
  withdrawn?: string | undefined;
}

export interface Newest {
  /** The newest release that is not a pre-release nor withdrawn. */
  newest: string | null;
  /** The newest such release with the pinned version's major. */
  sameMajor: string | null;
  /** A pre-release newer than `newest`, reported as such. */
  prerelease: string | null;
}

export function newestOf(candidates: readonly Candidate[], pinned: string | null, ecosystem = ''): Newest {
  const usable = candidates.filter((c) => isExactFor(ecosystem, c.version) && !c.withdrawn);
  const releases = usable.filter((c) => !isPrerelease(c.version)).map((c) => c.version);
  const sorted = releases.sort(compareVersion);
  const newest = sorted[sorted.length - 1] ?? null;
  const major = pinned === null ? null : majorOf(pinned);
  const same = major === null ? [] : sorted.filter((v) => majorOf(v) === major);
  const pre = usable
    .filter((c) => isPrerelease(c.version))
    .map((c) => c.version)
    .sort(compareVersion);
  const lastPre = pre[pre.length - 1] ?? null;
  return {
    newest,
    sameMajor: same[same.length - 1] ?? null,
    prerelease: lastPre !== null && (newest === null || compareVersion(lastPre, newest) > 0) ? lastPre : null,
  };
}
