// Claude Code as a target: .mcp.json (project), mcpServers of ~/.claude.json (user), or this project's
// entry in ~/.claude.json (local). ~/.claude.json must stay strict JSON: Claude Code rewrites it constantly.
import { compileJsonClient } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import type { ClientTarget } from '../target.js';
import { claudeDialect } from './dialect.js';
import { claudeContainer, claudeFile } from './paths.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';

/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = {
  inferType: { stdio: 'stdio', remote: null },
  aliases: { 'streamable-http': 'http' },
  defaults: { args: [], env: {} },
};

export const claudeTarget: ClientTarget = {
  name: 'claude-code',
  title: 'Claude Code',
  scopes: ['project', 'user', 'local'],
  defaultScope: 'project',
  file: claudeFile,
  read: (text, path, scope, where) =>
    jsonTargetFile(text, path, {
      container: claudeContainer(scope, where),
      comments: false,
      strictWhy:
        scope === 'project'
          ? 'Claude Code ignores a .mcp.json that is not strict JSON'
          : 'Claude Code rewrites this file and has lost whole files that held comments',
    }),
  // Claude Code writes ~/.claude.json under a proper-lockfile folder lock (strace: mkdir ~/.claude.json.lock);
  // it writes .mcp.json without one
  writeLock: (path, scope) => (scope === 'project' ? null : `${path}.lock`),
  compile: (spec, doc, names, opts) => compileJsonClient(claudeDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
