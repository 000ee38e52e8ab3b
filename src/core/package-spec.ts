// Where a server's package is in its command line, and which version it names: `npx -y pkg@1.2.3` (npm, also
// bunx, pnpm dlx, yarn dlx, npm exec), `uvx pkg==1.2.3` (PyPI, also pipx run, uv tool run) and
// `docker run image:tag@sha256:…` (OCI). Lint's policy/unpinned-package asks whether it is pinned; outdated
// and upgrade ask what it is and write another version in its place. Pure.

import { basename } from './lint/rule.js';

export const EXACT = /^v?\d+(\.\d+){1,3}([-+][0-9A-Za-z.-]+)?$/;

/** npx / bunx / pnpx / `pnpm dlx` / `yarn dlx` / `npm exec`: the package spec, or null. */
export function npmPackage(cmd: string, args: string[]): { index: number; spec: string } | null {
  let i = 0;
  if ((cmd === 'pnpm' || cmd === 'yarn') && args[0] === 'dlx') i = 1;
  else if (cmd === 'npm' && (args[0] === 'exec' || args[0] === 'x')) i = 1;
  else if (!['npx', 'bunx', 'pnpx'].includes(cmd)) return null;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') return null;
    if (a === '-p' || a === '--package') return { index: i + 1, spec: args[i + 1] ?? '' };
    if (a.startsWith('--package=')) return { index: i, spec: a.slice('--package='.length) };
    if (!a.startsWith('-')) return { index: i, spec: a };
  }
  return null;
}

export function npmPinned(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false; // no version, or only a scope
  return EXACT.test(spec.slice(at + 1));
}

export function pythonPackage(cmd: string, args: string[]): { index: number; spec: string } | null {
  let i = 0;
  if (cmd === 'pipx' && args[0] === 'run') i = 1;
  else if (cmd === 'uv' && args[0] === 'tool' && args[1] === 'run') i = 2;
  else if (cmd !== 'uvx') return null;
  for (; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--from' || a === '--spec') return { index: i + 1, spec: args[i + 1] ?? '' };
    if (a.startsWith('--from=')) return { index: i, spec: a.slice(7) };
    if (a === '--python' || a === '--with' || a === '-p' || a === '--index-url') {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return { index: i, spec: a };
  }
  return null;
}

export function pythonPinned(spec: string): boolean {
  const eq = spec.indexOf('==');
  if (eq > 0) return EXACT.test(spec.slice(eq + 2));
  const at = spec.indexOf('@');
  return at > 0 && EXACT.test(spec.slice(at + 1));
}

const DOCKER_VALUE_FLAGS = new Set([
  '-e',
  '--env',
  '-v',
  '--volume',
  '--name',
  '--network',
  '-p',
  '--publish',
  '-w',
  '--workdir',
  '--entrypoint',
  '-u',
  '--user',
  '--mount',
  '--platform',
  '--env-file',
  '-l',
  '--label',
  '--pull',
  '--add-host',
  '--cpus',
  '-m',
  '--memory',
]);

export function dockerImage(cmd: string, args: string[]): { index: number; spec: string } | null {
  if (cmd !== 'docker' && cmd !== 'podman') return null;
  const run = args.indexOf('run');
  if (run === -1) return null;
  for (let i = run + 1; i < args.length; i++) {
    const a = args[i] ?? '';
    if (DOCKER_VALUE_FLAGS.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return { index: i, spec: a };
  }
  return null;
}

export type Ecosystem = 'npm' | 'pypi' | 'oci';

/** A package a server runs, as its command line names it. */
export interface PackageRef {
  ecosystem: Ecosystem;
  /** npm `@scope/name`, PyPI `name` (extras dropped), OCI `host/path` (host null: the default registry). */
  name: string;
  /** OCI: the registry host the reference names, or null (the default registry, Docker Hub for docker). */
  host?: string | null;
  /** The version (npm, PyPI) or tag (OCI) it names; null when it names none. */
  version: string | null;
  /** OCI: the digest it is pinned to (sha256:…), if any. */
  digest?: string | null;
  /** The index in args of the word that names it. */
  index: number;
  /** That word with another version in place of this one (for upgrade). */
  withVersion(version: string): string;
}

/** The package a command line runs, or null (a plain program, or no package word). */
export function packageRefOf(command: string, args: readonly string[]): PackageRef | null {
  const cmd = basename(command);
  const list = [...args];
  const npm = npmPackage(cmd, list);
  if (npm) return npmRef(npm.index, npm.spec, list[npm.index] ?? '');
  const py = pythonPackage(cmd, list);
  if (py) return pythonRef(py.index, py.spec, list[py.index] ?? '');
  const image = dockerImage(cmd, list);
  if (image) return ociRef(image.index, image.spec);
  return null;
}

/** The word may be `--package=spec`: the spec is its tail. */
function rebuild(word: string, spec: string, next: string): string {
  return word.endsWith(spec) ? word.slice(0, word.length - spec.length) + next : next;
}

function npmRef(index: number, spec: string, word: string): PackageRef {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  const version = at > 0 ? spec.slice(at + 1) : null;
  return { ecosystem: 'npm', name, version, index, withVersion: (v) => rebuild(word, spec, `${name}@${v}`) };
}

function pythonRef(index: number, spec: string, word: string): PackageRef {
  const eq = spec.indexOf('==');
  const at = spec.indexOf('@');
  const cut = eq > 0 ? eq : at > 0 ? at : -1;
  const written = cut > 0 ? spec.slice(0, cut) : (spec.split(/[<>=!~]/)[0] ?? spec);
  const name = written.replace(/\[.*\]$/, '');
  const version = eq > 0 ? spec.slice(eq + 2) : at > 0 ? spec.slice(at + 1) : null;
  const sep = eq > 0 ? '==' : at > 0 ? '@' : '==';
  return { ecosystem: 'pypi', name, version, index, withVersion: (v) => rebuild(word, spec, `${written}${sep}${v}`) };
}

function ociRef(index: number, spec: string): PackageRef {
  const [ref = spec, digest = null] = spec.split('@') as [string, string?];
  const slash = ref.indexOf('/');
  const first = slash === -1 ? '' : ref.slice(0, slash);
  const host = first && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : null;
  const rest = host ? ref.slice(slash + 1) : ref;
  const colon = rest.lastIndexOf(':');
  const path = colon === -1 ? rest : rest.slice(0, colon);
  const tag = colon === -1 ? null : rest.slice(colon + 1);
  const image = host ? `${host}/${path}` : path;
  return {
    ecosystem: 'oci',
    name: path,
    host,
    version: tag,
    digest,
    index,
    // a new tag drops the digest: upgrade pins the new digest itself
    withVersion: (v) => `${image}:${v}`,
  };
}
