// `mcpctl status --watch`: the status again each time a file it read changes (mcp.yaml, a client's file, a
// state file beside one), until stopped. Starts no server and polls nothing.
import { watchFiles } from '../io/watch-files.js';
import type { Context } from './pipeline.js';
import { status } from './status.js';
import type { Status } from './status.js';
import type { TargetChoice } from './target-files.js';

export async function watchStatus(
  file: string,
  choice: TargetChoice,
  ctx: Context,
  show: (s: Status | Error) => void,
  stopped: Promise<void>,
): Promise<void> {
  let current = await status(file, choice, ctx);
  let ended = false;
  // watching before showing: whoever changes a file after seeing the status is seen changing it
  let stop = watchFiles(current.watched, update);
  show(current);
  let busy = false;
  let again = false;
  async function update() {
    // a change while the last one is read: read once more after it
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        current = await status(file, choice, ctx);
        if (ended) return;
        show(current);
      } while (again);
      // files may have come (a client's file created by apply, a .mcpctl/ folder): watch what this status read
      stop();
      if (!ended) stop = watchFiles(current.watched, update);
    } catch (e) {
      if (!ended) show(e instanceof Error ? e : new Error(String(e)));
    } finally {
      busy = false;
    }
  }
  await stopped;
  ended = true;
  stop();
}
