// Everything an apply or a rollback may touch beside config.toml, as text: a failed transaction must leave all
// of it as it was.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Snapshot {
  config: string | null;
  state: string | null;
  journal: string | null;
  backups: string[];
}

export function snapshot(dir: string): Snapshot {
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
  const bdir = join(dir, '.mcpctl', 'backups', 'config.toml');
  return {
    config: read(join(dir, 'config.toml')),
    state: read(join(dir, '.mcpctl', 'config.toml.state.json')),
    journal: read(join(bdir, 'journal.jsonl')),
    backups: existsSync(bdir)
      ? readdirSync(bdir)
          .filter((f) => !f.startsWith('journal'))
          .sort()
      : [],
  };
}
