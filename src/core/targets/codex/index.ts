// Codex as a target: ~/.codex/config.toml (CODEX_HOME moves it), a profile's or a project's config.toml.
// The TOML reading, rendering and byte-range splicing live in core/toml; the compile in core/compile/codex.ts.
import { compileCodex } from '../../compile/codex.js';
import { redactToml } from '../../redact.js';
import { resolveTarget } from '../../target-path.js';
import type { TargetOptions } from '../../target-path.js';
import { readTarget } from '../../toml/read-target.js';
import { renderServerBlock } from '../../toml/render.js';
import { splice } from '../../toml/splice.js';
import type { ClientTarget, Entry, Scope, TargetFile, Where } from '../target.js';
import { normalizeCodex } from './normalize.js';
import { tomlOf } from './toml-of.js';

/** --config, --profile and --project: they name Codex's file for one command, whatever the scope says. */
export interface CodexWhere extends Where {
  codex?: TargetOptions | undefined;
}

export const codexTarget: ClientTarget = {
  name: 'codex',
  title: 'Codex',
  scopes: ['user', 'project'],
  defaultScope: 'user',
  file(scope: Scope, where: CodexWhere): string {
    const flags = where.codex ?? {};
    const named = flags.config ?? flags.profile ?? flags.project;
    const opts = named === undefined && scope === 'project' ? { project: where.specDir } : flags;
    return resolveTarget(opts, where.env, where.home, where.cwd);
  },
  read(text: string, path: string): TargetFile {
    const doc = readTarget(text, path);
    const servers = new Map<string, { value: Entry; line: number; col: number }>();
    for (const [name, s] of doc.servers) servers.set(name, { value: s.value, line: s.line, col: s.col });
    return {
      text,
      servers,
      edit: (edits) =>
        edits.length === 0
          ? text
          : splice(
              doc,
              edits.map(({ name, entry }) => {
                if (entry === null) return { name, block: null };
                const table = tomlOf(entry);
                // an update edits only the keys that change, so the user's comments and layout inside it stay
                return doc.servers.has(name)
                  ? { name, block: renderServerBlock(name, table), value: table }
                  : { name, block: renderServerBlock(name, table) };
              }),
            ),
      redacted: () => redactToml(text),
    };
  },
  compile(spec, doc, names, opts) {
    const chosen = new Set(names);
    const servers = Object.fromEntries(Object.entries(spec.servers ?? {}).filter(([n]) => chosen.has(n)));
    return compileCodex({ ...spec, servers }, doc, { launcher: opts.launcher });
  },
  normalize: (entry) => normalizeCodex(tomlOf(entry)),
};
