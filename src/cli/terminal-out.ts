// Human-readable output made terminal-safe in one place (see core/render/terminal-safe.ts); `exact` is the
// same destination for what must arrive unchanged. Light on purpose: the scan fast path uses it too.
import { terminalSafe } from '../core/render/terminal-safe.js';
import type { Out } from '../io/fd-output.js';
import { useColor } from './paint.js';

/** Every write is made terminal-safe (our own colour kept when colour is on); `exact` writes as it is. */
export function terminalOut(out: Out, env: NodeJS.ProcessEnv): Out {
  let colour: boolean | undefined;
  return {
    write: (text: string) => out.write(terminalSafe(text, (colour ??= useColor(out, env)))),
    get isTTY() {
      return out.isTTY;
    },
    exact: out,
  };
}

/** Text that must reach the reader unchanged (JSON, SARIF, a revealed value). */
export function writeExact(out: Out, text: string): void {
  (out.exact ?? out).write(text);
}
