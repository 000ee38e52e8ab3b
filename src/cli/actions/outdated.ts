import { outdated } from '../../app/outdated.js';
import { processContext } from '../../app/pipeline.js';
import { upgrade } from '../../app/upgrade.js';
import { EXIT, McpctlError } from '../../core/errors.js';
import { diffText } from '../../core/render/plan-text.js';
import { outdatedText } from '../../core/render/outdated-text.js';
import type { Io } from '../output.js';
import { paintFor, reportError, writeJson } from '../output.js';

interface Common {
  file: string;
  json: boolean;
  timeout: number;
}

function limitsOf(args: Common) {
  if (!Number.isFinite(args.timeout) || args.timeout <= 0 || args.timeout > 600)
    throw new McpctlError('E_USAGE', `--timeout must be seconds above 0 (at most 600), got ${String(args.timeout)}`, {
      hint: 'e.g. --timeout 10 (the default)',
    });
  return { timeoutMs: Math.round(args.timeout * 1000) };
}

export async function outdatedAction(args: Common & { names?: string[]; offline: boolean }, io: Io): Promise<number> {
  try {
    const r = await outdated(
      { file: args.file, names: args.names, offline: args.offline, limits: limitsOf(args) },
      processContext(),
    );
    if (args.json)
      writeJson(io, {
        format_version: 1,
        kind: 'mcpctl.outdated',
        file: r.file,
        offline: args.offline,
        servers: r.rows.map((row) => ({
          name: row.server,
          source: row.source,
          package: row.package,
          pinned: row.pinned,
          newest: row.newest,
          newest_same_major: row.newestSameMajor,
          prerelease: row.prerelease,
          status: row.status,
          note: row.note,
          from: row.from,
        })),
      });
    else io.stdout.write(outdatedText(r.rows, paintFor(io.stdout, io.env)));
    // 1 when a server can be upgraded, or a lookup failed (--offline checks nothing on purpose)
    const failed = r.rows.some((row) => row.failure !== null);
    return r.rows.some((row) => row.status === 'outdated') || failed ? EXIT.failure : EXIT.ok;
  } catch (e) {
    return reportError(io, e, args.json);
  }
}

export async function upgradeAction(
  args: Common & { name: string; to?: string; 'dry-run': boolean },
  io: Io,
): Promise<number> {
  try {
    const r = await upgrade(
      { file: args.file, name: args.name, to: args.to, dryRun: args['dry-run'], limits: limitsOf(args) },
      processContext(),
    );
    if (args.json) {
      writeJson(io, { format_version: 1, kind: 'mcpctl.upgrade', ...r });
      return EXIT.ok;
    }
    if (!r.diff) {
      io.stdout.write(`${r.server} already pins ${r.package} ${r.to}.\n`);
      return EXIT.ok;
    }
    io.stdout.write(diffText(r.diff, paintFor(io.stdout, io.env)));
    io.stdout.write(
      r.written
        ? `\nUpgraded ${r.server}: ${r.package} ${r.from ?? '(unpinned)'} → ${r.to} in ${args.file}. Next: mcpctl plan\n`
        : `\nNothing written (--dry-run).\n`,
    );
    return EXIT.ok;
  } catch (e) {
    return reportError(io, e, args.json);
  }
}
