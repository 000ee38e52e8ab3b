// policy/unpinned-package: `npx -y pkg`, `uvx pkg`, `docker run image:tag` run whatever is newest today.
import type { PolicyRule, RawFinding } from '../rule.js';
import { basename } from '../rule.js';

const ID = 'policy/unpinned-package';
const EXACT = /^v?\d+(\.\d+){1,3}([-+][0-9A-Za-z.-]+)?$/;

/** npx / bunx / pnpx / `pnpm dlx` / `yarn dlx` / `npm exec`: the package spec, or null. */
function npmPackage(cmd: string, args: string[]): { index: number; spec: string } | null {
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

function npmPinned(spec: string): boolean {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return false; // no version, or only a scope
  return EXACT.test(spec.slice(at + 1));
}

function pythonPackage(cmd: string, args: string[]): { index: number; spec: string } | null {
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

function pythonPinned(spec: string): boolean {
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

function dockerImage(cmd: string, args: string[]): { index: number; spec: string } | null {
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

export const unpinnedPackage: PolicyRule = {
  meta: {
    id: ID,
    title: 'Package not pinned to an exact version',
    help: 'A server launched with `npx -y pkg`, `pkg@latest`, `uvx pkg` or `docker run image:tag` runs whatever was published last, on every start, on every machine. Pin an exact version (`pkg@1.2.3`, `pkg==1.2.3`) or an image digest (`image@sha256:…`).',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s) {
    if (!s.command) return [];
    const cmd = basename(s.command);
    const args = s.args ?? [];
    const out: RawFinding[] = [];
    const npm = npmPackage(cmd, args);
    if (npm && !npmPinned(npm.spec)) {
      out.push({
        ruleId: ID,
        path: ['args', npm.index],
        message: `"${npm.spec}" is not pinned to an exact version`,
        hint: `pin it, e.g. ${npm.spec.replace(/@[^@/]*$/, '') || 'pkg'}@1.2.3 (npm view ${npm.spec.replace(/@[^@/]*$/, '') || 'pkg'} version)`,
      });
    }
    const py = pythonPackage(cmd, args);
    if (py && !pythonPinned(py.spec)) {
      out.push({
        ruleId: ID,
        path: ['args', py.index],
        message: `"${py.spec}" is not pinned to an exact version`,
        hint: `pin it, e.g. ${py.spec.split(/[=@<>~]/)[0]}==1.2.3`,
      });
    }
    const image = dockerImage(cmd, args);
    if (image && !image.spec.includes('@sha256:')) {
      out.push({
        ruleId: ID,
        path: ['args', image.index],
        message: `image "${image.spec}" is not pinned by digest`,
        hint: `use ${image.spec.split(':')[0]}@sha256:<digest> (docker buildx imagetools inspect ${image.spec})`,
      });
    }
    return out;
  },
};
