// Windsurf (Cascade) as a target: the mcpServers of ~/.codeium/windsurf/mcp_config.json, its only file. Its
// documentation says it expands environment variables in command, args, env, serverUrl, url and headers,
// written `${env:NAME}`; a remote server is a serverUrl (a Cursor-style url is reported not to connect).
// Strict JSON. Checked against its documentation; no Windsurf runs here (docs/clients.md).
import { posix, win32 } from 'node:path';
import type { Entry } from '../../value.js';
import { compileJsonClient, unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry, remoteAs, SERVER_URL_DEFAULTS } from '../json-normalize.js';
import { plainEntry } from '../plain-entry.js';
import type { ClientTarget, Scope, Where } from '../target.js';

export const windsurfDialect: Dialect = {
  title: 'Windsurf',
  expands: new Set(['command', 'args', 'env', 'url', 'headers']),
  envRef: (name, fallback) => (fallback === null ? `\${env:${name}}` : null),
  marker: '$',
  wouldExpand: (text) => /\$\{(?:env|file):[^}]*\}/.test(text),
  headersHelper: false,
  cwd: false,
  encodeLauncher: true,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    return plainEntry(parts, 'serverUrl');
  },
};

export function windsurfFile(_scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  return path.join(where.home, '.codeium', 'windsurf', 'mcp_config.json');
}

export const windsurfTarget: ClientTarget = {
  name: 'windsurf',
  title: 'Windsurf',
  scopes: ['user'],
  defaultScope: 'user',
  file: windsurfFile,
  read: (text, path) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: false,
      strictWhy: 'Windsurf documents mcp_config.json as a JSON file',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(windsurfDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(remoteAs(entry, 'serverUrl'), SERVER_URL_DEFAULTS),
};
