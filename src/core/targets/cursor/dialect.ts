// How Cursor reads a server entry (from its documentation, cursor.com/docs/mcp; no CLI runs here, docs/clients.md):
// `${env:NAME}`, `${userHome}`, `${workspaceFolder}`, `${workspaceFolderBasename}`, `${pathSeparator}` and `${/}`
// in command, args, env, url and headers; type "stdio" for a local server; a remote one is a url (and headers).
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

export const cursorDialect: Dialect = {
  title: 'Cursor',
  expands: new Set(['command', 'args', 'env', 'url', 'headers']),
  envRef: (name, fallback) => (fallback === null ? `\${env:${name}}` : null),
  marker: '$',
  wouldExpand: (text) =>
    /\$\{(?:env:[^}]*|userHome|workspaceFolder|workspaceFolderBasename|pathSeparator|\/)\}/.test(text),
  headersHelper: false,
  cwd: false,
  encodeLauncher: true,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    const envFile = server.cursor?.envFile;
    if (parts.kind === 'stdio') {
      const e: Entry = { type: 'stdio', command: parts.command, args: parts.args, env: parts.env };
      if (envFile !== undefined) e['envFile'] = envFile;
      return e;
    }
    if (envFile !== undefined)
      report(
        ['servers', name, 'cursor', 'envFile'],
        'envFile',
        'Cursor loads an envFile only for a local (command) server: remove it here, and give a remote server its values in headers (${env:NAME})',
      );
    const e: Entry = { url: parts.url };
    if (Object.keys(parts.headers).length) e['headers'] = parts.headers;
    return e;
  },
};
