// The pre-commit hook's path: `mcpctl scan FILE...` parsed by scan-argv.ts, run without the CLI framework.
// In the build this module is a CommonJS file of its own (dist/cli/scan.cjs, see scripts/bundle.mjs),
// required by the entry: the hook starts without Node's ESM loader.
import { fdOutput } from '../io/fd-output.js';
import { scanAction } from './actions/scan.js';
import type { ScanArgs } from './actions/scan.js';
import { reportError } from './output.js';
import type { TextIo } from './output.js';
import { terminalOut } from './terminal-out.js';

/** Runs a scan parsed by parseScanArgv; errors are printed as the full CLI prints them. */
export async function runScanFast(args: ScanArgs): Promise<number> {
  // straight to the descriptors: process.stdout would load Node's stream modules for a few lines of text
  const io: TextIo = {
    stdout: terminalOut(fdOutput(1), process.env),
    stderr: terminalOut(fdOutput(2), process.env),
    env: process.env,
  };
  try {
    return await scanAction(args, io, process.cwd());
  } catch (e) {
    return reportError(io, e, args.format === 'json');
  }
}
