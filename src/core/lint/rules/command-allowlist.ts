// policy/command-not-allowed: the organisation's list of programs servers may be launched with.
import { matchesAny } from '../glob.js';
import type { PolicyRule } from '../rule.js';
import { basename } from '../rule.js';

export const commandNotAllowed: PolicyRule = {
  meta: {
    id: 'policy/command-not-allowed',
    title: 'Command not in the allowlist',
    help: 'The organisation policy lists the programs MCP servers may be started with (commands.allow: basenames like npx, absolute paths, or globs like /opt/mcp/*). Use an allowed launcher or ask for this one to be added.',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s, policy) {
    const allow = policy.commands?.allow;
    if (!allow || !s.command) return [];
    const bare = !/[\\/]/.test(s.command);
    const candidates = bare ? [s.command] : [s.command, basename(s.command)];
    const ok = allow.some((a) =>
      /[\\/]/.test(a) ? !bare && matchesAny(s.command ?? '', [a]) : candidates.some((c) => matchesAny(c, [a])),
    );
    if (ok) return [];
    return [
      {
        ruleId: 'policy/command-not-allowed',
        path: ['command'],
        message: `runs ${s.command}, which the policy does not allow`,
        hint: `allowed: ${allow.join(', ')}`,
      },
    ];
  },
};
