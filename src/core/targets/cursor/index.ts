// Cursor as a target: ~/.cursor/mcp.json (user) or .cursor/mcp.json beside mcp.yaml (project). Strict JSON:
// Cursor documents no comments. Checked against its documentation (no Cursor runs here).
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import type { ClientTarget } from '../target.js';
import { cursorDialect } from './dialect.js';
import { cursorFile } from './paths.js';

/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = {
  inferType: { stdio: 'stdio', remote: null },
  defaults: { args: [], env: {} },
};

export const cursorTarget: ClientTarget = {
  name: 'cursor',
  title: 'Cursor',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: cursorFile,
  read: (text, path) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: false,
      strictWhy: 'Cursor documents its mcp.json as plain JSON',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(cursorDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
