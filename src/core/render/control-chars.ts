// Text a server (or a config) controls, made safe to print: control characters (C0 but tab, DEL, C1) and the
// bidirectional overrides become visible escapes (\x1b, \u202e), so no escape sequence reaches the terminal,
// moves the cursor, rewrites a line or reorders what is shown, and no newline fakes a line of the report.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function neutralizeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
