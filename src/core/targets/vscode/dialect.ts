// How VS Code reads a server entry in mcp.json (from its source and documentation; no VS Code runs here,
// docs/clients.md): every string is expanded, `${env:NAME}` among many `${…}` variables; type is always
// written (stdio, http); a local server may have a cwd.
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

export const vscodeDialect: Dialect = {
  title: 'VS Code',
  expands: new Set(['command', 'args', 'env', 'cwd', 'url', 'headers']),
  envRef: (name, fallback) => (fallback === null ? `\${env:${name}}` : null),
  marker: '$',
  wouldExpand: (text) => /\$\{[^}]*\}/.test(text),
  headersHelper: false,
  cwd: true,
  encodeLauncher: true,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    if (parts.kind === 'stdio') {
      const e: Entry = { type: 'stdio', command: parts.command, args: parts.args, env: parts.env };
      if (parts.cwd !== undefined) e['cwd'] = parts.cwd;
      if (server.vscode?.envFile !== undefined) e['envFile'] = server.vscode.envFile;
      return e;
    }
    if (server.vscode?.envFile !== undefined)
      report(
        ['servers', name, 'vscode', 'envFile'],
        'envFile',
        'VS Code loads an envFile only for a local (command) server: remove it here, and give a remote server its values in headers (${env:NAME})',
      );
    const e: Entry = { type: 'http', url: parts.url };
    if (Object.keys(parts.headers).length) e['headers'] = parts.headers;
    return e;
  },
};
