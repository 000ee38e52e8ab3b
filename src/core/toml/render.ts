// Renders one server the way `codex mcp add` writes it (measured with codex 0.169.0), so that a later
// `codex mcp add/remove`, which rewrites every server table, leaves our bytes as they are:
//   [mcp_servers.NAME]            scalar and array keys, in the table's insertion order
//                                 (blank line)
//   [mcp_servers.NAME.env]        each table-valued key as a sub-table, in insertion order;
//   [mcp_servers.NAME.tools.T]    a table holding only tables gets no header of its own.
// Strings follow Codex's writer (toml_edit): a literal '...' string when the text holds `"` or `\`
// and a literal can carry it, else a basic "..." string. One deliberate difference: text with a
// line break stays on one line ("a\nb") where Codex writes a multi-line string, so a block never
// holds a newline of its own and can take the target file's CRLF line ends safely.
import { isTable } from './value.js';
import type { TomlTable, TomlValue } from './value.js';

/** Codex reads these as f64 seconds and writes `20.0`, never `20`. */
const FLOAT_KEYS = new Set(['startup_timeout_sec', 'tool_timeout_sec']);

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
// Characters that only a basic string can carry (TOML control characters other than tab).
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/;

export function renderServerBlock(name: string, table: TomlTable): string {
  const lines: string[] = [];
  _renderTable(['mcp_servers', name], table, lines, true);
  return lines.join('\n') + '\n';
}

/** `[mcp_servers.NAME.KEY]` (and the tables below it) for one table-valued key, without a leading blank line. */
export function renderSubTable(path: string[], table: TomlTable): string {
  const lines: string[] = [];
  _renderTable(path, table, lines, false);
  return lines.join('\n');
}

/** A server key's value as renderServerBlock writes it (timeouts as floats). */
export function renderServerValue(key: string, value: TomlValue): string {
  return FLOAT_KEYS.has(key) && typeof value === 'number' ? renderFloat(value) : renderInline(value);
}

function _renderTable(path: string[], table: TomlTable, out: string[], isServer: boolean): void {
  const entries = Object.entries(table);
  const scalars = entries.filter(([, v]) => !isTable(v));
  const tables = entries.filter(([, v]) => isTable(v));
  if (isServer || scalars.length > 0 || tables.length === 0) {
    if (out.length > 0) out.push('');
    out.push(`[${path.map(renderKey).join('.')}]`);
    for (const [key, value] of scalars) {
      const asFloat = isServer && FLOAT_KEYS.has(key) && typeof value === 'number';
      out.push(`${renderKey(key)} = ${asFloat ? renderFloat(value) : renderInline(value)}`);
    }
  }
  for (const [key, value] of tables) {
    if (isTable(value)) _renderTable([...path, key], value, out, false);
  }
}

/** A value as it appears after `key = ` (tables inline). */
export function renderInline(value: TomlValue): string {
  if (typeof value === 'string') return renderString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : renderFloat(value);
  if (Array.isArray(value)) return `[${value.map(renderInline).join(', ')}]`;
  const pairs = Object.entries(value).map(([k, v]) => `${renderKey(k)} = ${renderInline(v)}`);
  return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
}

export function renderKey(key: string): string {
  if (BARE_KEY.test(key)) return key;
  if (_prefersLiteral(key) && !key.includes("'")) return `'${key}'`;
  return renderBasic(key);
}

export function renderString(text: string): string {
  if (!_prefersLiteral(text) || text.includes("'''") || text.endsWith("'")) return renderBasic(text);
  return text.includes("'") ? `'''${text}'''` : `'${text}'`;
}

/** Codex picks a literal string for text with `"` or `\` that holds no control character. */
function _prefersLiteral(text: string): boolean {
  return /["\\]/.test(text) && !CONTROL.test(text);
}

const ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

export function renderBasic(text: string): string {
  const body = text.replace(/[\u0000-\u001F"\\\u007F]/g, (ch) => {
    const short = ESCAPES[ch];
    if (short !== undefined) return short;
    return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  return `"${body}"`;
}

function renderFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n)) return Math.abs(n) < 1e16 ? `${n}.0` : n.toExponential();
  return String(n);
}
