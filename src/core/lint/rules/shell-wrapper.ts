// policy/shell-wrapper: `sh -c "…"` hides what really runs from review and from every other rule.
import type { PolicyRule } from '../rule.js';
import { basename } from '../rule.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh']);
const RUN_FLAGS = new Set(['-c', '-lc', '-ic', '-cl', '/c', '/C', '/k', '/K', '-Command', '-command', '-c:']);

export const shellWrapper: PolicyRule = {
  meta: {
    id: 'policy/shell-wrapper',
    title: 'Server launched through a shell',
    help: 'A server started as `sh -c "…"` (or `bash -c`, `cmd /c`, `pwsh -Command`) runs a script string: reviewers and the other rules see only the shell. Put the program in `command` and its arguments in `args`.',
    defaultSeverity: 'warn',
    category: 'policy',
  },
  check(s) {
    if (!s.command || !SHELLS.has(basename(s.command).toLowerCase())) return [];
    const args = s.args ?? [];
    const i = args.findIndex((a) => RUN_FLAGS.has(a));
    if (i === -1) return [];
    return [
      {
        ruleId: 'policy/shell-wrapper',
        path: ['args', i + 1 < args.length ? i + 1 : i],
        message: `runs a script through ${basename(s.command)} ${args[i]}`,
        hint: 'write the program as command and each argument as an item of args',
      },
    ];
  },
};
