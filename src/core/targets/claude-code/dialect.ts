// How Claude Code reads a server entry (measured with @anthropic-ai/claude-code 2.1.328, docs/clients.md):
// `${VAR}` and `${VAR:-default}` in command, args, env, url and headers (nothing else: `${env:X}` stays text);
// `type` required for a url; no cwd (it starts servers in its own); headersHelper runs a command for headers.
import type { Entry } from '../../value.js';
import { unsupportedOptions } from '../json-compile.js';
import type { Dialect } from '../json-compile.js';

/** What Claude Code 2.1.328 expands (its own regex): ${NAME} and ${NAME:-default}, nothing else. */
const CLAUDE_REF = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}/;

export const claudeDialect: Dialect = {
  title: 'Claude Code',
  expands: new Set(['command', 'args', 'env', 'url', 'headers']),
  envRef: (name, fallback) =>
    fallback === null ? `\${${name}}` : fallback.includes('}') ? null : `\${${name}:-${fallback}}`,
  marker: '$',
  wouldExpand: (text) => CLAUDE_REF.test(text),
  // mcp.yaml's references (${env:X}, ${secret:X}) never match: only an escaped $${NAME} does
  expandsRaw: (text) => CLAUDE_REF.test(text),
  headersHelper: true,
  cwd: false,
  shape(parts, server, name, report): Entry {
    unsupportedOptions(this, name, server, report, {});
    const e: Entry =
      parts.kind === 'stdio'
        ? { type: 'stdio', command: parts.command, args: parts.args, env: parts.env }
        : { type: 'http', url: parts.url };
    if (parts.kind === 'http' && Object.keys(parts.headers).length) e['headers'] = parts.headers;
    if (parts.kind === 'http' && parts.headersHelper !== undefined) e['headersHelper'] = parts.headersHelper;
    const own = server['claude-code'];
    if (own?.timeout !== undefined) e['timeout'] = own.timeout;
    return e;
  },
};
