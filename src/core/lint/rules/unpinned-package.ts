// policy/unpinned-package: `npx -y pkg`, `uvx pkg`, `docker run image:tag` run whatever is newest today.
import { dockerImage, npmPackage, npmPinned, pythonPackage, pythonPinned } from '../../package-spec.js';
import type { PolicyRule, RawFinding } from '../rule.js';
import { basename } from '../rule.js';

const ID = 'policy/unpinned-package';
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
