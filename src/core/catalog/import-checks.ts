// What catalog import refuses in a server.json, whoever wrote it (a file, the MCP Registry, a Server Card),
// before anything is written: a control character anywhere (an escape sequence rewrites the terminal that
// shows the template; a NUL or line break in a name, version or URL changes what runs or where it connects),
// whitespace in a name, version, package identifier, URL or header/variable name, a version range or "latest"
// instead of a pinned version, and a package launched through a shell (`sh -c`, `bash -c`, `cmd /c`,
// `powershell -Command`, as a runtime hint, an image or an argument). Pure; every refusal is E_CATALOG.
import { McpctlError } from '../errors.js';
import type { Argument, ServerJson } from './server-json.js';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]/;
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh']);
/** The flag that makes each kind of shell run a script string given as the next argument. */
const POSIX_RUN = /^-[a-z]*c[a-z]*$/;
const CMD_RUN = /^\/[ck]$/i;
const POWERSHELL_RUN = /^-(c|com\w*|e|ec|en\w*)$/i;
const flagFor = (shell: string): RegExp =>
  shell === 'cmd' ? CMD_RUN : shell === 'powershell' || shell === 'pwsh' ? POWERSHELL_RUN : POSIX_RUN;

/** A string from outside as it may be shown: control characters escaped, at most 120 characters. */
export function shown(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

/** Throws E_CATALOG for the first thing `doc` must not carry into a catalog. */
export function checkImportable(doc: ServerJson, where: string): void {
  const refuse = (what: string, hint: string) =>
    new McpctlError('E_CATALOG', `${where}: ${what}; nothing was written`, { hint });
  const control = firstControl(doc.raw, '');
  if (control)
    throw refuse(
      `${control.path} holds the control character ${control.char}`,
      'a template is text: remove the character (escape sequences and NUL have no place in it)',
    );
  const plain = (path: string, v: string | undefined) => {
    if (v !== undefined && CONTROL_OR_SPACE.test(v))
      throw refuse(`${path} "${shown(v)}" holds whitespace`, 'names, versions, identifiers and URLs are one word');
  };
  const pinned = (path: string, v: string) => {
    if (unpinned(v))
      throw refuse(`${path} "${shown(v)}" is not a pinned version`, 'a template pins an exact version, e.g. 1.2.3');
  };
  plain('"name"', doc.name);
  plain('"version"', doc.version);
  pinned('"version"', doc.version);
  doc.packages.forEach((p, i) => {
    const at = `packages[${i}]`;
    plain(`${at}.registryType`, p.registryType);
    plain(`${at}.identifier`, p.identifier);
    plain(`${at}.version`, p.version);
    plain(`${at}.runtimeHint`, p.runtimeHint);
    pinned(`${at}.version`, p.version);
    if (p.registryType === 'oci' && /:latest$/i.test(p.identifier)) pinned(`${at}.identifier`, 'latest');
    for (const e of p.environmentVariables) plain(`${at}.environmentVariables name`, e.name);
    for (const a of [...p.runtimeArguments, ...p.packageArguments]) plain(`${at} argument name`, a.name);
    const shell = shellIn([
      p.runtimeHint,
      ...p.runtimeArguments.flatMap(tokens),
      p.identifier,
      ...p.packageArguments.flatMap(tokens),
    ]);
    if (shell)
      throw refuse(
        `${at} runs a shell (${shell})`,
        'a template names the program itself and passes each argument as one item; a shell script string is never imported',
      );
  });
  doc.remotes.forEach((r, i) => {
    plain(`remotes[${i}].type`, r.type);
    plain(`remotes[${i}].url`, r.url);
    for (const h of r.headers) plain(`remotes[${i}].headers name`, h.name);
    for (const v of Object.keys(r.variables ?? {})) plain(`remotes[${i}].variables name`, v);
  });
}

/** A range, a wildcard or a tag that moves: what a registry rejects, and so does import. */
function unpinned(v: string): boolean {
  return v === '' || /^latest$/i.test(v) || /^[\^~<>=]/.test(v) || /[*]|\|\||\s|(^|\.)[xX](\.|$)/.test(v);
}

/** The fixed words an argument puts on the command line (its flag, its value or default). */
function tokens(a: Argument): string[] {
  return [a.name, a.value ?? a.default].filter((t): t is string => t !== undefined);
}

/** "sh -c" when a shell is followed by its run-a-script flag (or is the runtime hint itself), else null. */
function shellIn(words: Array<string | undefined>): string | null {
  const list = words.filter((w): w is string => w !== undefined);
  const hint = words[0] !== undefined ? program(words[0]) : '';
  if (SHELLS.has(hint)) return `runtime hint ${hint}`;
  for (let i = 0; i < list.length; i++) {
    const p = program(list[i] ?? '');
    // npx -c "…" / npm exec --call "…" runs its string in a shell too
    if (p === 'npx' || p === 'npm') {
      const call = list.slice(i + 1).find((w) => /^(-c|--call)(=|$)/.test(w));
      if (call) return `${p} ${call.split('=')[0]}`;
      continue;
    }
    if (!SHELLS.has(p)) continue;
    const flag = list.slice(i + 1).find((w) => flagFor(p).test(w));
    if (flag) return `${p} ${flag}`;
  }
  return null;
}

/** `/bin/bash` → bash, `oci.example/library/bash:5.2` → bash, `PowerShell.exe` → powershell. */
function program(word: string): string {
  const last = word.split(/[\\/]/).pop() ?? word;
  return last
    .replace(/@.*$|:.*$|==.*$/, '')
    .replace(/\.(exe|cmd|bat)$/i, '')
    .toLowerCase();
}

function firstControl(v: unknown, path: string): { path: string; char: string } | null {
  const at = (s: string) => {
    const m = CONTROL.exec(s);
    if (!m) return null;
    const code = m[0].charCodeAt(0);
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${code === 0 ? ' (NUL)' : code === 0x1b ? ' (ESC)' : ''}`;
  };
  if (typeof v === 'string') {
    const c = at(v);
    return c ? { path: `"${path}"`, char: c } : null;
  }
  const entries: Array<[string, unknown]> = Array.isArray(v)
    ? v.map((x, i) => [`${path}[${i}]`, x])
    : typeof v === 'object' && v !== null
      ? Object.entries(v).map(([k, x]) => [path ? `${path}.${shown(k)}` : shown(k), x])
      : [];
  if (typeof v === 'object' && v !== null && !Array.isArray(v))
    for (const k of Object.keys(v)) {
      const c = at(k);
      if (c) return { path: `the key "${shown(k)}"${path ? ` in ${path}` : ''}`, char: c };
    }
  for (const [p, x] of entries) {
    const found = firstControl(x, p);
    if (found) return found;
  }
  return null;
}
