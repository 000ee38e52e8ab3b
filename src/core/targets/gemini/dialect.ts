// How Gemini CLI reads a server entry (measured with @google/gemini-cli 0.61.0, docs/clients.md): `$NAME`,
// `${NAME}` and `${NAME:-default}` are expanded in every string of the settings file when it is read (an unset
// variable stays as it is written), env and headers once more (unset: empty); there is no escape, and
// `${env:NAME}` is not its syntax. A remote server is a url with type "http"; includeTools and excludeTools
// limit the tools; timeout is in milliseconds.
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

/** What Gemini CLI expands in a string (its own pattern: `$` and a word character, or `${…}`). */
const GEMINI_REF = /\$(?:\w|\{[^}]+\})/;

export const geminiDialect: Dialect = {
  title: 'Gemini CLI',
  expands: new Set(['command', 'args', 'env', 'cwd', 'url', 'headers']),
  envRef: (name, fallback) =>
    fallback === null
      ? `\${${name}}`
      : fallback.includes('}') || GEMINI_REF.test(fallback)
        ? null
        : `\${${name}:-${fallback}}`,
  marker: '$',
  wouldExpand: (text) => GEMINI_REF.test(text),
  headersHelper: false,
  cwd: true,
  // mcp.yaml's own ${…} in the launcher's arguments would be read as variables (left as written only while
  // no such variable exists): written percent-encoded, as for VS Code
  encodeLauncher: true,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, { enabledTools: true, disabledTools: true });
    const e: Entry =
      parts.kind === 'stdio'
        ? { command: parts.command, args: parts.args, env: parts.env }
        : { url: parts.url, type: 'http' };
    if (parts.kind === 'stdio' && parts.cwd !== undefined) e['cwd'] = parts.cwd;
    if (parts.kind === 'http' && Object.keys(parts.headers).length) e['headers'] = parts.headers;
    const own = server.gemini;
    if (own?.timeout !== undefined) e['timeout'] = own.timeout;
    if (own?.trust !== undefined) e['trust'] = own.trust;
    if (server.enabled_tools !== undefined) e['includeTools'] = server.enabled_tools;
    if (server.disabled_tools !== undefined) e['excludeTools'] = server.disabled_tools;
    return e;
  },
};
