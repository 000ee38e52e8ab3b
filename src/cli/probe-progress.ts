// Live status of the probes: on a terminal a listr2 task per server (waiting → starting → its result), in CI
// or when piped one plain line per finished server, with --json nothing. All of it goes to stderr.
import { terminalSafe } from '../core/render/terminal-safe.js';
import { resultLabel, serverLine } from '../core/render/test-text.js';
import type { ProbeResult } from '../core/probe-types.js';
import { sameDestination } from '../io/fd-output.js';
import type { Io } from './output.js';

export interface ProbeDisplay {
  start(name: string): void;
  done(result: ProbeResult): void;
  end(): Promise<void>;
}

const MARK: Record<ProbeResult['status'], string> = { ok: '✔', warn: '!', fail: '✖', skipped: '-' };

export async function probeDisplay(io: Io, names: string[], opts: { json: boolean }): Promise<ProbeDisplay> {
  if (opts.json) return { start: () => undefined, done: () => undefined, end: async () => undefined };
  const width = Math.max(0, ...names.map((n) => n.length));
  const live = io.stderr.isTTY === true && !io.env['CI'];
  // piped: one line per finished server on stderr, unless stderr goes where stdout goes (2>&1, a CI log),
  // where the report that follows would show every line twice
  if (!live && sameDestination()) return { start: () => undefined, done: () => undefined, end: async () => undefined };
  if (!live) {
    return {
      start: () => undefined,
      done: (r) => io.stderr.write(`${MARK[r.status]} ${serverLine(r, width)}\n`),
      end: async () => undefined,
    };
  }
  const { Listr, ListrLogger, ProcessOutput } = await import('listr2');
  const output = new ProcessOutput(process.stderr, process.stderr);
  const slots = new Map<string, { title: (t: string) => void; finish: (r: ProbeResult) => void }>();
  const pending = new Map<string, string>();
  const list = new Listr(
    names.map((name) => ({
      title: `${name.padEnd(width)}  waiting`,
      task: (_ctx: unknown, task: { title: string }) =>
        new Promise<void>((resolve, reject) => {
          slots.set(name, {
            // listr2 draws on the terminal itself: what a server reported is made terminal-safe here
            title: (t) => (task.title = terminalSafe(t)),
            finish: (r) => {
              task.title = terminalSafe(serverLine(r, width));
              if (r.status === 'fail') reject(new Error(task.title));
              else resolve();
            },
          });
          const early = pending.get(name);
          if (early) slots.get(name)?.title(early);
        }),
    })),
    {
      concurrent: true,
      exitOnError: false,
      collectErrors: false,
      renderer: 'default',
      rendererOptions: {
        logger: new ListrLogger({ processOutput: output }),
        collapseErrors: true,
        showErrorMessage: false,
      },
    },
  );
  const running = list.run().then(
    () => undefined,
    () => undefined,
  );
  const results = new Map<string, ProbeResult>();
  const flush = () => {
    for (const [name, r] of results) {
      const slot = slots.get(name);
      if (slot) {
        slot.finish(r);
        results.delete(name);
      }
    }
  };
  return {
    start: (name) => {
      const t = `${name.padEnd(width)}  starting…`;
      const slot = slots.get(name);
      if (slot) slot.title(t);
      else pending.set(name, t);
    },
    done: (r) => {
      results.set(resultLabel(r), r);
      flush();
    },
    end: async () => {
      // tasks register their slot when listr starts them; finish any that registered late
      for (let i = 0; i < 100 && results.size; i++) {
        await new Promise((r) => setTimeout(r, 10));
        flush();
      }
      await running;
    },
  };
}
