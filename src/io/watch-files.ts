// Calls back when any of some files changes, is created or goes away: one watcher per folder (a file that
// does not exist yet can appear), events for other names ignored, bursts folded into one call after a pause.
// No polling.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export function watchFiles(paths: readonly string[], onChange: () => void, quietMs = 150): () => void {
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const names = byDir.get(dirname(p)) ?? new Set<string>();
    names.add(basename(p));
    byDir.set(dirname(p), names);
  }
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, names] of byDir) {
    // a folder that is not there yet (a client not installed, no .mcpctl/ yet): its nearest parent that is,
    // for the folder on its way to appearing
    let at = dir;
    let wanted = names;
    for (let i = 0; i < 8; i++) {
      const these = wanted;
      try {
        watchers.push(
          watch(at, { persistent: true }, (_event, name) =>
            name === null || these.has(name.toString()) ? fire() : undefined,
          ),
        );
        break;
      } catch {
        if (dirname(at) === at) break;
        wanted = new Set([basename(at)]);
        at = dirname(at);
      }
    }
  }
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
