import { loadSpec, processContext } from '../../app/pipeline.js';
import { compileCodex } from '../../core/compile/codex.js';
import { EXIT } from '../../core/errors.js';
import { maskDiagnostic } from '../../core/render/error-json.js';
import { launcherFor } from '../../io/launcher.js';
import type { Io } from '../output.js';
import { printDiagnostics, writeJson } from '../output.js';

export async function validateAction(args: { file: string; json: boolean }, io: Io): Promise<number> {
  const ctx = processContext();
  const loaded = await loadSpec(args.file, ctx);
  const compiled = compileCodex(loaded.spec, loaded.doc, { launcher: launcherFor(ctx.env, ctx.home) });
  const diagnostics = [...loaded.warnings, ...compiled.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const servers = Object.keys(loaded.spec.servers ?? {}).length;
  if (args.json) {
    writeJson(io, {
      format_version: 1,
      kind: 'mcpctl.validate',
      file: args.file,
      valid: errors === 0,
      servers,
      diagnostics: diagnostics.map(maskDiagnostic),
    });
  } else {
    printDiagnostics(io, diagnostics);
    if (errors === 0) io.stdout.write(`${args.file}: valid (${servers} ${servers === 1 ? 'server' : 'servers'})\n`);
  }
  return errors ? EXIT.usage : EXIT.ok;
}
