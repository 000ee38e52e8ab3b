// Renders what mcpctl inserts: JSON.stringify's own layout (what Claude Code, Copilot and VS Code write
// themselves, so their next rewrite changes none of it), in the file's indentation unit and line break,
// shifted to where it goes. Inline containers get the one-line form.
import type { JsonValue } from './value.js';

export interface Style {
  /** The file's indentation unit: "  ", "    " or "\t". */
  unit: string;
  eol: '\n' | '\r\n';
  /** One line, for an entry that goes into a one-line container. */
  inline: boolean;
}

function _finite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot write ${value} as JSON`);
  return value;
}

/** The value, its continuation lines indented by `indent` (the indentation of the line it starts on). */
export function renderValue(value: JsonValue, indent: string, style: Style): string {
  const text = _stringify(value, style.inline ? undefined : style.unit);
  // JSON.stringify escapes a line break inside a string: every one left is the layout's
  return style.inline ? text : text.replaceAll('\n', style.eol + indent);
}

/**
 * JSON.stringify's text, refusing NaN and the infinities (which it writes as null). Without a replacer it
 * takes V8's fast path; a non-finite number shows as a "null" in the text, so only a text holding one is
 * made again through the replacer, which throws on it.
 */
function _stringify(value: JsonValue, unit: string | undefined): string {
  const text = JSON.stringify(value, null, unit);
  return text.includes('null') ? JSON.stringify(value, _finite, unit) : text;
}

/** `"name": value`. */
export function renderProperty(name: string, value: JsonValue, indent: string, style: Style): string {
  return `${JSON.stringify(name)}: ${renderValue(value, indent, style)}`;
}
