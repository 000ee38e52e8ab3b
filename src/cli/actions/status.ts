import { processContext } from '../../app/pipeline.js';
import { status } from '../../app/status.js';
import type { Status } from '../../app/status.js';
import { EXIT } from '../../core/errors.js';
import { statusServers, statusText } from '../../core/render/status-text.js';
import type { Io } from '../output.js';
import { paintFor, reportError, writeJson } from '../output.js';

export interface StatusArgs {
  file: string;
  json: boolean;
  watch: boolean;
  set?: string | undefined;
  target?: string[] | undefined;
  config?: string | undefined;
  profile?: string | undefined;
  project?: string | undefined;
}

export async function statusAction(args: StatusArgs, io: Io): Promise<number> {
  const choice = { ...args, only: args.target };
  const ctx = processContext();
  try {
    if (!args.watch) {
      print(await status(args.file, choice, ctx), args, io, false);
      return EXIT.ok;
    }
    const { watchStatus } = await import('../../app/status-watch.js');
    const stopped = new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    let shown = 0;
    await watchStatus(
      args.file,
      choice,
      ctx,
      (s) => (s instanceof Error ? reportError(io, s, args.json) : print(s, args, io, shown++ > 0)),
      stopped,
    );
    return EXIT.ok;
  } catch (e) {
    return reportError(io, e, args.json);
  }
}

function print(s: Status, args: StatusArgs, io: Io, again: boolean): void {
  if (args.json) {
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.status',
      file: s.file,
      set: s.set,
      clients: s.clients,
      files: s.files,
      servers: statusServers(s.rows),
    });
    return;
  }
  const tty = (io.stdout as { isTTY?: boolean }).isTTY === true;
  const columns = (io.stdout as { columns?: number }).columns ?? (Number(io.env['COLUMNS']) || 80);
  // on a terminal the view is redrawn in place; without one, each view follows the last
  if (again) io.stdout.write(tty ? '\u001b[2J\u001b[H' : '\n');
  io.stdout.write(
    statusText(
      { file: s.file, clients: s.clients, rows: s.rows, set: s.set, now: new Date(), columns },
      paintFor(io.stdout, io.env),
    ),
  );
}
