// How a launcher line carries mcp.yaml templates through a client that expands `${…}` in its own file (VS Code,
// Cursor): with `--encoded`, every template is written with "$" as %24 and "%" as %25, text no client expands,
// and the launcher decodes it before it resolves anything. Readable still: `%24{secret:github/pat}`. OpenCode
// replaces `{env:…}` itself, without a "$": for it "{" is written as %7B too (`%24%7Bsecret:github/pat}`).

export const ENCODED_FLAG = '--encoded';

export function encodeTemplate(v: string, braces = false): string {
  return v.replace(braces ? /[$%{]/g : /[$%]/g, (c) => (c === '$' ? '%24' : c === '%' ? '%25' : '%7B'));
}

/** The inverse of encodeTemplate (either kind); any other text stays as it is. */
export function decodeTemplate(v: string): string {
  return v.replace(/%2[45]|%7B/g, (m) => (m === '%24' ? '$' : m === '%25' ? '%' : '{'));
}
