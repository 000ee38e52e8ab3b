// Antigravity as a target: the mcpServers of ~/.gemini/config/mcp_config.json (2.x and its `agy` CLI; an
// install from before 2.0, without the ~/.gemini/config/.migrated marker, reads ~/.gemini/antigravity/) or a
// project's .agents/mcp_config.json. Strict JSON; no variable expansion (its issue antigravity-cli#233), so
// every reference in a local server goes through mcpctl's launcher; a remote server is a serverUrl, or
// mcpctl's bridge (`mcpctl proxy`) when its url or headers hold a reference. Checked
// against its documentation and others' measurements; no Antigravity runs here (docs/clients.md).
import { posix, win32 } from 'node:path';
import type { Entry } from '../../value.js';
import { compileJsonClient, unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry, remoteAs, SERVER_URL_DEFAULTS } from '../json-normalize.js';
import { EXPANDS_NOTHING, plainEntry } from '../plain-entry.js';
import type { ClientTarget, Scope, Where } from '../target.js';

export const antigravityDialect: Dialect = {
  title: 'Antigravity',
  ...EXPANDS_NOTHING,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    return plainEntry(parts, 'serverUrl');
  },
};

export function antigravityFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  if (scope === 'project') return path.join(where.specDir, '.agents', 'mcp_config.json');
  const gemini = path.join(where.home, '.gemini');
  const current = path.join(gemini, 'config', 'mcp_config.json');
  const legacy = path.join(gemini, 'antigravity', 'mcp_config.json');
  const exists = where.exists ?? (() => false);
  // before 2.0 (no migration marker, no new file), the old file is the one it reads
  if (!exists(path.join(gemini, 'config', '.migrated')) && !exists(current) && exists(legacy)) return legacy;
  return current;
}

export const antigravityTarget: ClientTarget = {
  name: 'antigravity',
  title: 'Antigravity',
  scopes: ['project', 'user'],
  defaultScope: 'project',
  file: antigravityFile,
  read: (text, path) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: false,
      strictWhy: 'Antigravity reads mcp_config.json as strict JSON and stops on anything else',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(antigravityDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(remoteAs(entry, 'serverUrl'), SERVER_URL_DEFAULTS),
};
