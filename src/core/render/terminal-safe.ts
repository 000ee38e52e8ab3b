// Text for a terminal: control characters in values (a server name, a file name, a message a server sent)
// must not reach the terminal as controls. ESC starts CSI/OSC sequences that move the cursor, erase lines or
// set the title (an injected "\x1b[1A\x1b[2K" overwrites the error line above it); a lone CR returns to the
// start of the line; C1 controls are 8-bit CSI/OSC on some terminals; bidi overrides reorder what is shown.
// Each becomes a visible escape (\x1b, \u202e). JSON output needs no terminal escaping (JSON.stringify writes
// C0 controls as \u escapes); jsonTerminalSafe covers the few it leaves raw (DEL, C1, bidi).

// C0 except tab and newline, DEL, C1, and the Unicode format characters that change display order or lines.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What paint.ts writes on a colour terminal: SGR colour and intensity only (they cannot move or erase).
const PAINT = /\u001b\[(?:1|2|22|31|32|33|39)m/y;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');
const visible = (c: string) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/**
 * Makes text safe to show on a terminal. Tab, newline and CRLF stay; with colour on, the SGR sequences of
 * our own paint stay too; every other control character is shown as an escape.
 */
export function terminalSafe(text: string, colour = false): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c, at: number) => {
    if (c === '\r' && text[at + 1] === '\n') return c;
    if (c === '\u001b' && colour) {
      PAINT.lastIndex = at;
      if (PAINT.test(text)) return c;
    }
    return visible(c);
  });
}

// The same set plus newline: for one value inside a line of a report (a server's name, a tool name, an error
// a server sent), where a newline would fake a line of its own.
const UNSAFE_IN_LINE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One value that must stay on its line: every control character, newline included, shown as an escape. */
export function neutralizeControls(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the characters JSON.stringify leaves raw written as \u escapes (the same value parsed). */
export function jsonTerminalSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${hex(c, 4)}`);
}
