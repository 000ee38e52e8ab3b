// Task lists with listr2 (loaded only when used): live on a TTY, plain lines in CI or when piped,
// nothing at all under --json. Progress goes to stderr so stdout stays the command's result.
import type { Io } from './output.js';

export interface Step {
  title: string;
  run: () => Promise<unknown>;
  /** Shown instead of running when the step has nothing to do. */
  skip?: () => string | false;
}

export async function runSteps(steps: Step[], io: Io, opts: { json: boolean }): Promise<void> {
  if (opts.json) {
    for (const s of steps) if (!s.skip?.()) await s.run();
    return;
  }
  const { Listr, ListrLogger, ProcessOutput } = await import('listr2');
  const live = io.stderr.isTTY === true && !io.env['CI'];
  const output = new ProcessOutput(process.stderr, process.stderr);
  const list = new Listr(
    steps.map((s) => ({ title: s.title, skip: () => s.skip?.() ?? false, task: async () => void (await s.run()) })),
    {
      renderer: live ? 'default' : 'simple',
      fallbackRenderer: 'simple',
      exitOnError: true,
      collectErrors: false,
      rendererOptions: { logger: new ListrLogger({ processOutput: output }) },
      fallbackRendererOptions: { logger: new ListrLogger({ processOutput: output }) },
    },
  );
  await list.run();
}
