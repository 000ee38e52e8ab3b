// Claude Desktop as a target: the mcpServers of claude_desktop_config.json, its only file (strict JSON that
// holds the app's preferences too). It starts local servers only (an entry with a url is skipped) and expands
// no variable, so every reference goes through mcpctl's launcher, and a remote server is written as mcpctl's
// bridge (`mcpctl proxy`, a local server that forwards to it). Checked against its documentation and reports;
// no Claude Desktop runs here (docs/clients.md).
import { posix, win32 } from 'node:path';
import type { Entry } from '../../value.js';
import { compileJsonClient, unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';
import { jsonTargetFile } from '../json-file.js';
import { normalizeJsonEntry } from '../json-normalize.js';
import type { JsonNormalizeOptions } from '../json-normalize.js';
import { EXPANDS_NOTHING, plainEntry } from '../plain-entry.js';
import type { ClientTarget, Scope, Where } from '../target.js';

/** The Microsoft Store (MSIX) package of Claude Desktop, the Windows build since February 2026. */
/** How the client reads an entry (made once: plan normalizes every entry of the file). */
const NORMALIZE: JsonNormalizeOptions = { inferType: null, defaults: { args: [], env: {} } };

export const CLAUDE_MSIX_PACKAGE = 'Claude_pzs8sxrjxfjjc';

export const claudeDesktopDialect: Dialect = {
  title: 'Claude Desktop',
  ...EXPANDS_NOTHING,
  // it skips an entry with a url: a remote server is written as mcpctl's bridge, a local server
  remote: 'bridge',
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    return plainEntry(parts, 'url');
  },
};

/**
 * macOS ~/Library/Application Support/Claude; Windows: the MSIX package's virtualised AppData when that
 * package is installed (the app reads only that file then), else %APPDATA%\Claude; Linux (unofficial builds)
 * $XDG_CONFIG_HOME/Claude or ~/.config/Claude.
 */
export function claudeDesktopFile(_scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  const name = 'claude_desktop_config.json';
  const env = (n: string) => where.env[n] || undefined;
  if (where.platform === 'darwin') return path.join(where.home, 'Library', 'Application Support', 'Claude', name);
  if (where.platform === 'win32') {
    const local = env('LOCALAPPDATA') ?? path.join(where.home, 'AppData', 'Local');
    const roaming = path.join(local, 'Packages', CLAUDE_MSIX_PACKAGE, 'LocalCache', 'Roaming');
    if ((where.exists ?? (() => false))(roaming)) return path.join(roaming, 'Claude', name);
    return path.join(env('APPDATA') ?? path.join(where.home, 'AppData', 'Roaming'), 'Claude', name);
  }
  const xdg = env('XDG_CONFIG_HOME');
  return path.join(xdg ? path.resolve(where.cwd, xdg) : path.join(where.home, '.config'), 'Claude', name);
}

export const claudeDesktopTarget: ClientTarget = {
  name: 'claude-desktop',
  title: 'Claude Desktop',
  scopes: ['user'],
  defaultScope: 'user',
  file: claudeDesktopFile,
  read: (text, path) =>
    jsonTargetFile(text, path, {
      container: ['mcpServers'],
      comments: false,
      strictWhy: 'Claude Desktop reads its config as strict JSON',
    }),
  compile: (spec, doc, names, opts) => compileJsonClient(claudeDesktopDialect, spec, doc, names, opts),
  normalize: (entry) => normalizeJsonEntry(entry, NORMALIZE),
};
