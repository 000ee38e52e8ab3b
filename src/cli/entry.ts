// Process entry. `--version`, a plain `scan FILE...` (the pre-commit hook), the launcher (`exec`, `headers`),
// the bridge (`proxy --url`) and `plan`/`apply` on their usual command lines run without loading the CLI
// framework; everything else is imported lazily.
// In the build (scripts/bundle.mjs) this file, scan-fast.ts and exec.ts are CommonJS files of their own,
// so those paths start without Node's ESM loader; main.ts is the ESM bundle of the full CLI.
import { fdOutput } from '../io/fd-output.js';
import { parsePlanArgv } from './plan-argv.js';
import { parseScanArgv } from './scan-argv.js';
import { toolVersion } from '../io/version.js';

export async function main(argv: string[]): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    fdOutput(1).write(`${toolVersion()}\n`);
    return;
  }
  process.on('uncaughtException', lastResort).on('unhandledRejection', lastResort);
  if (argv[0] === 'exec' || argv[0] === 'headers') {
    // the launcher and the headers helper: started by Codex for every server start, so kept lean
    const { runExec, runHeaders } = await import('./exec.js');
    process.exitCode = argv[0] === 'exec' ? await runExec(argv.slice(1)) : await runHeaders(argv.slice(1));
    return;
  }
  if (
    argv[0] === 'proxy' &&
    (argv.some((a) => a === '--url' || a.startsWith('--url=')) || argv[1] === '--help' || argv[1] === '-h')
  ) {
    // the bridge a client's file starts for a remote server: no CLI framework either
    const { runProxyCommand } = await import('./proxy.js');
    process.exitCode = await runProxyCommand(argv.slice(1));
    return;
  }
  const scan = argv[0] === 'scan' ? parseScanArgv(argv.slice(1)) : null;
  if (scan) {
    const { runScanFast } = await import('./scan-fast.js');
    process.exitCode = await runScanFast(scan);
    return;
  }
  const fast = argv[0] === 'plan' || argv[0] === 'apply' ? parsePlanArgv(argv) : null;
  if (fast) {
    // plan and apply on their usual command lines: no CLI framework, a bundle of their own (plan-argv.ts), with
    // a code cache of each command's own
    const { runPlanFast } = fast.command === 'plan' ? await import('./plan-fast.js') : await import('./apply-fast.js');
    process.exitCode = await runPlanFast(fast);
    return;
  }
  const { runCli } = await import('./main.js');
  process.exitCode = await runCli(argv);
}

/**
 * What escaped every handler (an error event nobody listened to, a promise nobody awaited): one line, never a
 * stack trace. A closed pipe is not an error (the reader went away); anything else is a bug. The message is
 * shown only with MCPCTL_DEBUG: masking it would load the token detector on every start.
 */
function lastResort(e: unknown): void {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  if (code === 'EPIPE') return;
  const err = fdOutput(2);
  const kind = e instanceof Error ? e.name : typeof e;
  err.write(
    `mcpctl: internal error (${kind}); this is a bug in mcpctl: please report it with the command you ran (set MCPCTL_DEBUG=1 for details)\n`,
  );
  if (process.env['MCPCTL_DEBUG']) err.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
}
