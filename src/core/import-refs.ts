// import: a value as a JSON client wrote it → the same value in mcp.yaml's syntax. Each client has its own
// references to the environment (Claude Code `${X}` and `${X:-d}`; Copilot those and `$X`; Cursor and
// VS Code `${env:X}`), which become `${env:X}` (`${env:X | value:d}` with a fallback); everything else is
// text, with "${" escaped so mcp.yaml reads it as text. A variable mcp.yaml has no way to say (VS Code's
// `${input:id}`, Cursor's `${workspaceFolder}`, …) is returned by name, so the caller can report it. Pure.
import type { TargetName } from './targets/names.js';

export type ReadValue = { ok: true; value: string } | { ok: false; unsupported: string[] };

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
/** Claude Code and Copilot: ${X}, ${X:-default}; Copilot also $X. */
const POSIX = new RegExp(`\\$\\{(${NAME})(?::-([^}]*))?\\}`, 'y');
const BARE = new RegExp(`\\$(${NAME})`, 'y');
/** Cursor and VS Code: ${env:X}; any other ${…} is one of their own variables. */
const EDITOR_ENV = new RegExp(`\\$\\{env:(${NAME})\\}`, 'y');
const EDITOR_VAR = /\$\{([^}]*)\}/y;
/** The variables Cursor documents (any other "${…}" it leaves as text); VS Code fills in many more, so any. */
const CURSOR_VARS: ReadonlySet<string> = new Set([
  'userHome',
  'workspaceFolder',
  'workspaceFolderBasename',
  'pathSeparator',
  '/',
]);

/** The value in mcp.yaml syntax, or the client's variables in it that mcp.yaml cannot express. */
export function readClientValue(client: Exclude<TargetName, 'codex'>, text: string): ReadValue {
  if (client === 'opencode') return readOpenCodeValue(text);
  // these expand nothing: every "$" is text
  if (client === 'zed' || client === 'antigravity' || client === 'claude-desktop')
    return { ok: true, value: escape(text) };
  let out = '';
  const unsupported: string[] = [];
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('$', i);
    if (at === -1) {
      out += escape(text.slice(i));
      break;
    }
    out += escape(text.slice(i, at));
    const ref = refAt(client, text, at);
    if (ref === null) {
      // a "$" the client leaves as it is; "${" written as "$${" so mcp.yaml reads it as text too
      const brace = text[at + 1] === '{';
      out += brace ? '$${' : '$';
      i = at + (brace ? 2 : 1);
      continue;
    }
    if (ref.value === null) unsupported.push(ref.raw);
    else out += ref.value;
    i = at + ref.raw.length;
  }
  return unsupported.length ? { ok: false, unsupported } : { ok: true, value: out };
}

/** The reference at `at` (text[at] is "$"): its mcp.yaml form, null when there is none; null value: unsupported. */
function refAt(
  client: Exclude<TargetName, 'codex'>,
  text: string,
  at: number,
): { raw: string; value: string | null } | null {
  if (client === 'gemini') return geminiRefAt(text, at);
  if (client === 'claude-code' || client === 'copilot') {
    POSIX.lastIndex = at;
    const m = POSIX.exec(text);
    if (m) {
      const [raw, name, fallback] = m;
      if (fallback === undefined) return { raw, value: `\${env:${name}}` };
      // a fallback mcp.yaml's reference grammar cannot hold (it splits at "|"): say so rather than change it
      if (fallback.includes('|') || fallback.includes('$')) return { raw, value: null };
      return { raw, value: `\${env:${name} | value:${fallback}}` };
    }
    if (client === 'copilot') {
      BARE.lastIndex = at;
      const b = BARE.exec(text);
      if (b) return { raw: b[0], value: `\${env:${b[1]}}` };
    }
    return null; // Claude Code and Copilot leave any other "$" as it is: so does mcp.yaml (escaped)
  }
  EDITOR_ENV.lastIndex = at;
  const m = EDITOR_ENV.exec(text);
  if (m) return { raw: m[0], value: `\${env:${m[1]}}` };
  EDITOR_VAR.lastIndex = at;
  const v = EDITOR_VAR.exec(text);
  // Windsurf: ${env:X} only (a ${file:…} is read by some builds: mcp.yaml cannot say it)
  if (client === 'windsurf') return v && /^file:/.test(v[1] ?? '') ? { raw: v[0], value: null } : null;
  // ${input:id}, ${workspaceFolder}, ${userHome}, …: the editor fills them in, mcp.yaml has no such variable
  if (v && (client === 'vscode' || CURSOR_VARS.has(v[1] ?? ''))) return { raw: v[0], value: null };
  return null;
}

/** OpenCode: {env:X} anywhere (no fallback); {file:PATH} reads a file, which mcp.yaml has no reference for. */
function readOpenCodeValue(text: string): ReadValue {
  let out = '';
  const unsupported: string[] = [];
  let i = 0;
  for (const m of text.matchAll(/\{(env|file):([^}]+)\}/g)) {
    out += escape(text.slice(i, m.index));
    const [raw, kind, name] = m;
    if (kind === 'env' && new RegExp(`^${NAME}$`).test(name ?? '')) out += `\${env:${name}}`;
    else unsupported.push(raw);
    i = m.index + raw.length;
  }
  out += escape(text.slice(i));
  return unsupported.length ? { ok: false, unsupported } : { ok: true, value: out };
}

/** Gemini CLI: ${X}, ${X:-default} and $X (a word: `\w+`); any other ${…} is a variable mcp.yaml cannot name. */
const GEMINI_BARE = /\$(\w+)/y;
const GEMINI_BRACED = /\$\{([^}]+?)(?::-([^}]*))?\}/y;

function geminiRefAt(text: string, at: number): { raw: string; value: string | null } | null {
  GEMINI_BARE.lastIndex = at;
  const b = GEMINI_BARE.exec(text);
  if (b) return { raw: b[0], value: new RegExp(`^${NAME}$`).test(b[1] ?? '') ? `\${env:${b[1]}}` : null };
  GEMINI_BRACED.lastIndex = at;
  const m = GEMINI_BRACED.exec(text);
  if (!m) return null; // a "$" Gemini CLI leaves as it is
  const [raw, name, fallback] = m;
  if (!new RegExp(`^${NAME}$`).test(name ?? '')) return { raw, value: null };
  if (fallback === undefined) return { raw, value: `\${env:${name}}` };
  if (fallback.includes('|') || fallback.includes('$')) return { raw, value: null };
  return { raw, value: `\${env:${name} | value:${fallback}}` };
}

/** Text in mcp.yaml: "${" would start a reference, so it is written "$${". */
function escape(text: string): string {
  return text.replace(/\$\{/g, () => '$${');
}
