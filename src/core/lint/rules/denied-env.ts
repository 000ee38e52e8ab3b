// policy/denied-env: environment keys that let a server config inject code into the process.
import { matchesAny } from '../glob.js';
import type { PolicyRule, RawFinding } from '../rule.js';

const DENIED_ENV = [
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'LD_AUDIT',
  'DYLD_*',
  'NODE_OPTIONS',
  'NODE_PATH',
  'PYTHONPATH',
  'PYTHONSTARTUP',
  'PYTHONHOME',
  'PERL5OPT',
  'PERL5LIB',
  'RUBYOPT',
  'RUBYLIB',
  'BASH_ENV',
  'ENV',
  'JAVA_TOOL_OPTIONS',
  '_JAVA_OPTIONS',
  'GIT_SSH_COMMAND',
  'PROMPT_COMMAND',
];

export const deniedEnv: PolicyRule = {
  meta: {
    id: 'policy/denied-env',
    title: 'Environment key that injects code',
    help: 'Keys such as LD_PRELOAD, DYLD_*, NODE_OPTIONS or PYTHONPATH make the server process load code that is not the server. Remove them; if the server really needs one, turn the rule off for it with a reviewed `mcpctl:allow policy/denied-env` comment.',
    defaultSeverity: 'error',
    category: 'policy',
  },
  check(s, policy) {
    const deny = [...DENIED_ENV, ...(policy.env?.deny ?? [])];
    const out: RawFinding[] = [];
    for (const key of Object.keys(s.env ?? {})) {
      if (matchesAny(key, deny))
        out.push({
          ruleId: 'policy/denied-env',
          path: ['env', key],
          part: 'key',
          message: `sets ${key}, which makes the process load other code`,
          hint: `remove ${key} from env`,
        });
    }
    return out;
  },
};
