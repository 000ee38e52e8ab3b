// Process entry. `--version` and a plain `scan FILE...` (the pre-commit hook) run without loading the
// CLI framework; everything else is imported lazily.
import { parseScanArgv, runScanFast } from './scan-argv.js';
import { toolVersion } from './version.js';

export async function main(argv: string[]): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${toolVersion()}\n`);
    return;
  }
  const scan = argv[0] === 'scan' ? parseScanArgv(argv.slice(1)) : null;
  if (scan) {
    process.exitCode = await runScanFast(scan);
    return;
  }
  const { runCli } = await import('./main.js');
  process.exitCode = await runCli(argv);
}
