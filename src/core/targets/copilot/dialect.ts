// How the Copilot CLI reads a server entry (measured with @github/copilot 1.0.102, docs/clients.md):
// `${VAR}`, `${VAR:-default}` and `$VAR` in command, args, env, url and headers (`${env:X}` and
// `${secret:X}` stay text, and so does `$VAR` when VAR is unset; there is no escape: `$$VAR` and `\$VAR` expand);
// type local/stdio/http/sse; cwd; tools is an allow-list of tool names (absent: all). No header helper.
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

export const copilotDialect: Dialect = {
  title: 'Copilot',
  expands: new Set(['command', 'args', 'env', 'url', 'headers']),
  envRef: (name, fallback) =>
    fallback === null
      ? `\${${name}}`
      : fallback.includes('}') || fallback.includes('$')
        ? null
        : `\${${name}:-${fallback}}`,
  // a name right after "$" or "${" (and, to be safe, any shell operator after it): `${env:X}` stays text
  marker: '$',
  wouldExpand: (text) => /\$[A-Za-z_]|\$\{[A-Za-z_][A-Za-z0-9_]*(?:\}|:?[-=?+])/.test(text),
  headersHelper: false,
  cwd: true,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, { enabledTools: true });
    // type "stdio", not the "local" copilot mcp add writes: Claude Code reads a shared .mcp.json too, and skips "local"
    const e: Entry =
      parts.kind === 'stdio'
        ? { type: 'stdio', command: parts.command, args: parts.args, env: parts.env }
        : { type: 'http', url: parts.url };
    if (parts.kind === 'stdio' && parts.cwd !== undefined) e['cwd'] = parts.cwd;
    if (parts.kind === 'http' && Object.keys(parts.headers).length) e['headers'] = parts.headers;
    if (server.enabled_tools !== undefined) e['tools'] = [...server.enabled_tools];
    if (server.copilot?.timeout !== undefined) e['timeout'] = server.copilot.timeout;
    return e;
  },
};
