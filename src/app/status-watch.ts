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
  show(current);
  let stop = watchFiles(current.watched, update);
  let busy = false;
  async function update() {
    if (busy) return;
    busy = true;
    try {
      current = await status(file, choice, ctx);
      show(current);
      // files may have come (a client's file created by apply): watch what this status read
      stop();
      stop = watchFiles(current.watched, update);
    } catch (e) {
      show(e instanceof Error ? e : new Error(String(e)));
    } finally {
      busy = false;
    }
  }
  await stopped;
  stop();
}
