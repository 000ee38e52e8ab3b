// OpenCode as a target: the `mcp` object of opencode.json(c) beside mcp.yaml (project) or of the user's
// ~/.config/opencode file (user). JSONC, comments and trailing commas kept. A new file starts with OpenCode's
// "$schema" key: OpenCode rewrites any file it reads without one. Checked with the real CLI (opencode-ai
// 1.18.33, pinned): `opencode debug config` reads back what apply writes, `opencode mcp list` starts it.
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import type { ClientTarget } from '../target.js';
import { opencodeDialect } from './dialect.js';
import { opencodeFile } from './paths.js';

/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = { inferType: null, defaults: { environment: {}, headers: {}, enabled: true } };

export const OPENCODE_SCHEMA = 'https://opencode.ai/config.json';

export const opencodeTarget: ClientTarget = {
  name: 'opencode',
  title: 'OpenCode',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: opencodeFile,
  read: (text, path) =>
    jsonTargetFile(text, path, { container: ['mcp'], comments: true, lead: [['$schema', OPENCODE_SCHEMA]] }),
  compile: (spec, doc, names, opts) => compileJsonClient(opencodeDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
