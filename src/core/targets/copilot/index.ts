// The Copilot CLI as a target: ~/.copilot/mcp-config.json (user; it reads comments there) or a project's
// .mcp.json (strict JSON, and shared with Claude Code).
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import type { ClientTarget } from '../target.js';
import { copilotDialect } from './dialect.js';
import { copilotFile } from './paths.js';

/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = {
  inferType: { stdio: 'stdio', remote: 'http' },
  aliases: { local: 'stdio', 'streamable-http': 'http' },
  defaults: { args: [], env: {}, headers: {}, tools: ['*'] },
};

export const copilotTarget: ClientTarget = {
  name: 'copilot',
  title: 'Copilot',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: copilotFile,
  read: (text, path, scope) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: scope === 'user',
      strictWhy: 'Copilot skips a project .mcp.json that is not strict JSON',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(copilotDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
