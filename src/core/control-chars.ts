// Control characters in mcp.yaml's strings. A NUL cannot be passed to a program, in an argument or in the
// environment (Codex fails to start the server); a line break in a header is header injection; an escape
// sequence only serves to rewrite the terminal that shows it. What each place accepts:
//   command, cwd, url, env names, header names   no control character at all
//   header values                                  TAB only (HTTP allows it)
//   everything else (args, env values, inputs…)    TAB, LF and CR (multi-line scripts and values)
// C1 controls (U+0080–U+009F, including the one-byte CSI) count as control characters everywhere.
import type { Diagnostic } from './errors.js';
import type { DocPath, SourceDoc } from './load.js';

const NONE = /[\u0000-\u001f\u007f-\u009f]/;
const TAB_ONLY = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const SINGLE_LINE = new Set(['command', 'cwd', 'url']);

function _allowedIn(path: DocPath, isKey: boolean): RegExp {
  // servers.<name>.<key>…
  if (path[0] !== 'servers' || path.length < 3) return TEXT;
  const key = path[2];
  if (path.length === 3 && typeof key === 'string' && SINGLE_LINE.has(key) && !isKey) return NONE;
  if (key === 'env' && path.length === 4) return isKey ? NONE : TEXT;
  if (key === 'headers' && path.length === 4) return isKey ? NONE : TAB_ONLY;
  return TEXT;
}

/**
 * JSON text of a value without a control character anywhere (keys included) holds none of these: JSON
 * writes U+0000–U+001F as escapes and U+007F–U+009F as they are. A match may also be an escaped backslash
 * before n, t, … (then the walk below looks properly).
 */
const IN_JSON = /\\[bfnrt]|\\u00[01]|[\u007f-\u009f]/;

export function controlCharacterProblems(doc: SourceDoc, dotted: (p: DocPath) => string): Diagnostic[] {
  // the usual file has none: one native pass says so instead of a walk over every value
  if (!IN_JSON.test(JSON.stringify(doc.value) ?? '')) return [];
  const out: Diagnostic[] = [];
  const report = (path: DocPath, s: string, re: RegExp, part: 'key' | 'value') => {
    const m = re.exec(s);
    if (!m) return;
    const ch = m[0].charCodeAt(0);
    const name = `U+${ch.toString(16).toUpperCase().padStart(4, '0')}${ch === 0 ? ' (NUL)' : ch === 0x1b ? ' (ESC)' : ''}`;
    // the path may hold the very character (a key): show it escaped, never raw
    const shown = _visible(dotted(path));
    const what = part === 'key' ? `the key "${shown}"` : `"${shown}"`;
    out.push({
      code: 'E_SCHEMA',
      severity: 'error',
      message: `${what} holds the control character ${name} at character ${m.index + 1}${ch === 0 ? ': no program can be started with it' : ''}`,
      file: doc.file,
      ...doc.locate(path, part),
      path: shown,
      hint:
        re === NONE
          ? 'remove it: this value must be plain text on one line'
          : re === TAB_ONLY
            ? 'remove it: a header value may hold a TAB but no line break or other control character'
            : 'remove it: only TAB and line breaks are allowed here (write the text, not escape sequences)',
    });
  };
  // one mutable path, copied only for a report: most files have no control character at all
  const path: (string | number)[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (NONE.test(v)) report([...path], v, _allowedIn(path, false), 'value');
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        path.push(k);
        if (NONE.test(k)) report([...path], k, _allowedIn(path, true), 'key');
        walk(x);
        path.pop();
      }
    }
  };
  walk(doc.value);
  return out;
}

function _visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
