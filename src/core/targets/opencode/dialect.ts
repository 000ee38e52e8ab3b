// How OpenCode reads a server entry (measured with opencode-ai 1.18.33, docs/clients.md): `mcp.<name>` as
// {type: "local", command: [argv], environment, cwd, timeout} or {type: "remote", url, headers, timeout}.
// Before it parses its file it replaces every `{env:NAME}` (and `{file:PATH}`) in the whole text, with no
// fallback and no escape; an unset variable becomes "". It has no tool filters per server.
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

/** What OpenCode replaces in its file's text (its own patterns). */
const OPENCODE_REF = /\{env:[^}]+\}|\{file:[^}]+\}/;

export const opencodeDialect: Dialect = {
  title: 'OpenCode',
  expands: new Set(['command', 'args', 'env', 'cwd', 'url', 'headers']),
  envRef: (name, fallback) => (fallback === null ? `{env:${name}}` : null),
  marker: '{',
  wouldExpand: (text) => OPENCODE_REF.test(text),
  // mcp.yaml's own ${env:…} holds "{env:…}", which OpenCode would replace inside the launcher's arguments
  expandsRaw: (text) => OPENCODE_REF.test(text),
  headersHelper: false,
  cwd: true,
  encodeLauncher: true,
  encodeBraces: true,
  // its own switch: the entry stays, `opencode mcp list` shows it disabled and OpenCode does not start it
  off: (entry) => ({ ...entry, enabled: false }),
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    const e: Entry =
      parts.kind === 'stdio'
        ? { type: 'local', command: [parts.command, ...parts.args] }
        : { type: 'remote', url: parts.url };
    if (parts.kind === 'stdio' && Object.keys(parts.env).length) e['environment'] = parts.env;
    if (parts.kind === 'stdio' && parts.cwd !== undefined) e['cwd'] = parts.cwd;
    if (parts.kind === 'http' && Object.keys(parts.headers).length) e['headers'] = parts.headers;
    if (server.opencode?.timeout !== undefined) e['timeout'] = server.opencode.timeout;
    return e;
  },
};
