// The fast path of `plan` and `apply` (the commands of every pull request and pre-commit run): their common
// command lines are read here, without yargs (its help text, its parser and the modules behind them are most
// of a small plan's start-up). Anything else (--help, --probe, an unknown or repeated flag, a flag without its
// value, --no-…, a value that looks like a flag) returns null, and the full CLI reads the command line as before.
import type { ApplyArgs } from './actions/apply.js';
import type { PlanArgs } from './actions/plan.js';
import { TARGET_NAMES } from '../core/targets/names.js';

export type FastArgs = { command: 'plan'; args: PlanArgs } | { command: 'apply'; args: ApplyArgs };

const VALUES: Record<'plan' | 'apply', ReadonlySet<string>> = {
  plan: new Set(['file', 'config', 'profile', 'project', 'set', 'out', 'policy', 'target']),
  apply: new Set(['file', 'config', 'profile', 'project', 'set', 'policy', 'target', 'keep-backups']),
};
const SWITCHES: Record<'plan' | 'apply', ReadonlySet<string>> = {
  plan: new Set(['json', 'detailed-exitcode', 'adopt']),
  apply: new Set(['json', 'adopt', 'yes']),
};
const SHORT: Readonly<Record<string, string>> = { '-f': 'file', '-y': 'yes' };
const TARGETS: ReadonlySet<string> = new Set(TARGET_NAMES);

/** `plan …` / `apply …` (argv[0] names the command) as the full CLI would read it, or null to let it read it. */
export function parsePlanArgv(argv: readonly string[]): FastArgs | null {
  const command = argv[0];
  if (command !== 'plan' && command !== 'apply') return null;
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const targets: string[] = [];
  const positionals: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      // yargs reads "true"/"false" after a switch as its value
      if (arg === 'true' || arg === 'false') return null;
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const name = SHORT[flag] ?? (flag.startsWith('--') ? flag.slice(2) : undefined);
    if (name === undefined) return null;
    if (SWITCHES[command].has(name)) {
      if (eq !== -1 || switches.has(name)) return null;
      switches.add(name);
      continue;
    }
    if (!VALUES[command].has(name)) return null;
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    if (name === 'target') {
      if (!TARGETS.has(value)) return null;
      targets.push(value);
      continue;
    }
    if (values.has(name)) return null;
    values.set(name, value);
  }
  // yargs refuses these together; it says so in its own words
  const where = ['config', 'profile', 'project'].filter((k) => values.has(k));
  if (where.length > 1) return null;
  const common = {
    file: values.get('file') ?? 'mcp.yaml',
    config: values.get('config'),
    profile: values.get('profile'),
    project: values.get('project'),
    json: switches.has('json'),
    policy: values.get('policy'),
    target: targets.length ? targets : undefined,
    adopt: switches.has('adopt'),
    set: values.get('set'),
  };
  if (command === 'plan') {
    if (positionals.length) return null;
    return {
      command,
      args: { ...common, out: values.get('out'), 'detailed-exitcode': switches.has('detailed-exitcode'), probe: false },
    };
  }
  const keep = values.get('keep-backups') ?? '10';
  if (positionals.length > 1 || !/^(0|[1-9][0-9]{0,5})$/.test(keep)) return null;
  return {
    command,
    args: { ...common, plan: positionals[0], yes: switches.has('yes'), 'keep-backups': Number(keep) },
  };
}
