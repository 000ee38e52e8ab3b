// Task lists: live with listr2 on a TTY (loaded only then), one plain line per finished step in CI or when
// piped (listr2's simple renderer printed every step twice, started and done), nothing at all under --json.
// Progress goes to stderr so stdout stays the command's result.
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
  const live = io.stderr.isTTY === true && !io.env['CI'];
  if (!live) {
    for (const s of steps) {
      const skipped = s.skip?.();
      if (skipped) {
        io.stderr.write(`↓ ${s.title} [skipped: ${skipped}]\n`);
        continue;
      }
      try {
        await s.run();
      } catch (e) {
        io.stderr.write(`✖ ${s.title}\n`);
        throw e;
      }
      io.stderr.write(`✔ ${s.title}\n`);
    }
    return;
  }
  const { Listr, ListrLogger, ProcessOutput } = await import('listr2');
  const output = new ProcessOutput(process.stderr, process.stderr);
  const list = new Listr(
    steps.map((s) => ({ title: s.title, skip: () => s.skip?.() ?? false, task: async () => void (await s.run()) })),
    {
      renderer: 'default',
      fallbackRenderer: 'simple',
      exitOnError: true,
      collectErrors: false,
      rendererOptions: { logger: new ListrLogger({ processOutput: output }) },
      fallbackRendererOptions: { logger: new ListrLogger({ processOutput: output }) },
    },
  );
  await list.run();
}
