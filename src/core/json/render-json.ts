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

/**
 * What renderProperty gives each of `props`, each after a line break and `indent`, joined by commas (the
 * properties of a multi-line object, in order), made by one JSON.stringify of them all: a thousand servers
 * added are then one native call, not a thousand calls and a thousand replaces. Undefined where one call would
 * not give the same text: a name that is an array index (an object puts those first) or no indentation unit.
 */
export function renderProperties(
  props: ReadonlyArray<readonly [string, JsonValue]>,
  indent: string,
  style: Style,
): string | undefined {
  if (style.inline || style.unit === '' || props.length === 0) return undefined;
  // (no prototype: a server named "__proto__" is an own key like any other)
  const all: Record<string, JsonValue> = Object.create(null) as Record<string, JsonValue>;
  for (const [name, value] of props) {
    if (/^\d+$/.test(name)) return undefined;
    all[name] = value;
  }
  const depth = indent.length / style.unit.length;
  if (style.eol === '\n' && depth >= 1 && Number.isInteger(depth) && style.unit.repeat(depth) === indent) {
    // the entries `depth` objects deep (each {"x": …} one more): JSON.stringify writes them at `indent` already,
    // and the text between the wrappers is the body as it goes in, without a replace over it
    let wrapped: JsonValue = all;
    for (let i = 1; i < depth; i++) wrapped = { x: wrapped };
    const text = _stringify(wrapped, style.unit);
    // before the entries: each wrapper's "{\n", its unit i times and '"x": ', then the entries' own "{\n"; after
    // them: "\n", the unit depth - 1 times and "}", then each wrapper's "\n", its unit i - 1 times and "}"
    const u = style.unit.length;
    let [head, tail] = [2, 2 + (depth - 1) * u];
    for (let i = 1; i < depth; i++) {
      head += 2 + i * u + 5;
      tail += 2 + (i - 1) * u;
    }
    return `\n${text.slice(head, text.length - tail)}`;
  }
  // "{\n<unit>"a": …,\n<unit>"b": …\n}": every line inside starts with one unit more than it will
  const text = _stringify(all, style.unit);
  return style.eol + indent + text.slice(2 + style.unit.length, -2).replaceAll(`\n${style.unit}`, style.eol + indent);
}

/** `"name": value`. */
export function renderProperty(name: string, value: JsonValue, indent: string, style: Style): string {
  return `${JSON.stringify(name)}: ${renderValue(value, indent, style)}`;
}
