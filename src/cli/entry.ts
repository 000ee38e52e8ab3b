// Process entry. `--version` answers without loading the CLI framework; everything else is imported lazily.
import { toolVersion } from './version.js';

export async function main(argv: string[]): Promise<void> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${toolVersion()}\n`);
    return;
  }
  const { runCli } = await import('./main.js');
  process.exitCode = await runCli(argv);
}
