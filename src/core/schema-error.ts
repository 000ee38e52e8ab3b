// An E_SCHEMA error at a path of a loaded document (file:line:col, the dotted path, a hint): the shape of every
// check the JSON Schema cannot express, in mcp.yaml and in the policy file alike.
import type { Diagnostic } from './errors.js';
import type { DocPath, SourceDoc } from './load.js';

/** `servers.github.args[0]`. */
export function dotted(path: DocPath): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[');
}

export type SchemaErrorAt = (path: DocPath, message: string, hint: string) => Diagnostic;

/** A builder of errors placed at a value of `doc`. */
export function schemaErrorAt(doc: SourceDoc): SchemaErrorAt {
  return (path, message, hint) => ({
    code: 'E_SCHEMA',
    severity: 'error',
    message,
    file: doc.file,
    ...doc.locate(path, 'value'),
    path: dotted(path),
    hint,
  });
}
