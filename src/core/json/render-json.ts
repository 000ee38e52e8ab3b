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
  if (style.inline) return JSON.stringify(value, _finite);
  return JSON.stringify(value, _finite, style.unit)
    .split('\n')
    .join(style.eol + indent);
}

/** `"name": value`. */
export function renderProperty(name: string, value: JsonValue, indent: string, style: Style): string {
  return `${JSON.stringify(name)}: ${renderValue(value, indent, style)}`;
}
