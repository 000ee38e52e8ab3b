import { processContext } from '../../app/pipeline.js';
import { validateSpec } from '../../app/validate.js';
import { EXIT } from '../../core/errors.js';
import { maskDiagnostic } from '../../core/render/error-json.js';
import type { Io } from '../output.js';
import { printDiagnostics, writeJson } from '../output.js';

export async function validateAction(args: { file: string; json: boolean }, io: Io): Promise<number> {
  const { diagnostics, errors, servers } = await validateSpec(args.file, processContext());
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
