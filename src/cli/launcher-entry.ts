// The entry of the launcher's own copy (dist/cli/launcher.cjs): only `exec`, `headers` and `proxy`, with everything
// they need bundled in except the keychain addon, which is copied beside it. apply installs this copy in the
// user's data folder when mcpctl runs from a place that goes away (npx's cache), so config.toml never points
// into such a place (src/io/stable-launcher.ts).
import { fdOutput } from '../io/fd-output.js';
import { runExec, runHeaders } from './exec.js';

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'exec') process.exitCode = await runExec(argv.slice(1));
  else if (argv[0] === 'headers') process.exitCode = await runHeaders(argv.slice(1));
  else if (argv[0] === 'proxy') {
    const { runProxyCommand } = await import('./proxy.js');
    process.exitCode = await runProxyCommand(argv.slice(1));
  } else {
    fdOutput(2).write(
      `mcpctl launcher: this copy of mcpctl runs only "exec", "headers" and "proxy --url" (client files start it); got "${argv[0] ?? ''}"\n  hint: run the mcpctl you installed (or npx mcpctl) for every other command\n`,
    );
    process.exitCode = 2;
  }
}
