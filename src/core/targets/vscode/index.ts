// VS Code as a target: .vscode/mcp.json beside mcp.yaml (project) or the user profile's mcp.json (user),
// the `servers` object of a JSONC file. Checked against its source and documentation (no VS Code runs here).
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import type { ClientTarget } from '../target.js';
import { vscodeDialect } from './dialect.js';
import { vscodeFile } from './paths.js';

/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = {
  inferType: { stdio: 'stdio', remote: 'http' },
  defaults: { args: [], env: {} },
};

export const vscodeTarget: ClientTarget = {
  name: 'vscode',
  title: 'VS Code',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: vscodeFile,
  read: (text, path) => jsonTargetFile(text, path, { container: ['servers'], comments: true }),
  compile: (spec, doc, names, opts) => compileJsonClient(vscodeDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
