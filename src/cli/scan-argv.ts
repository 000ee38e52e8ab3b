// The pre-commit fast path: `mcpctl scan FILE...` runs without loading yargs (~30 ms of start-up).
// A tiny parser takes paths and scan's simple flags; anything else (--help, an unknown flag, a bad
// value, a repeated flag) returns null, and the full CLI parses the command line as usual.
import type { ScanArgs } from './actions/scan.js';

const FORMATS = new Set(['pretty', 'json', 'sarif', 'github']);
const VALUE_FLAGS = new Set(['--format', '--baseline', '--write-baseline', '--max-bytes']);

/** `scan`'s arguments (after the word `scan`), or null to let yargs handle them. */
export function parseScanArgv(argv: readonly string[]): ScanArgs | null {
  const paths: string[] = [];
  const values = new Map<string, string>();
  let staged = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) return null;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--staged') {
      if (staged) return null;
      staged = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (!VALUE_FLAGS.has(flag) || values.has(flag)) return null;
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    values.set(flag, value);
  }
  const format = values.get('--format') ?? 'pretty';
  if (!FORMATS.has(format)) return null;
  const maxBytes = values.get('--max-bytes');
  if (maxBytes !== undefined && !/^[1-9][0-9]{0,15}$/.test(maxBytes)) return null;
  return {
    paths,
    staged,
    format: format === 'json' || format === 'sarif' || format === 'github' ? format : 'pretty',
    baseline: values.get('--baseline'),
    writeBaseline: values.get('--write-baseline'),
    maxBytes: maxBytes === undefined ? undefined : Number(maxBytes),
  };
}
