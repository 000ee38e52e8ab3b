// How a launcher line carries mcp.yaml templates through a client that expands `${…}` in its own file (VS Code,
// Cursor): with `--encoded`, every template is written with "$" as %24 and "%" as %25, text no client expands,
// and the launcher decodes it before it resolves anything. Readable still: `%24{secret:github/pat}`.

export const ENCODED_FLAG = '--encoded';

export function encodeTemplate(v: string): string {
  return v.replace(/[$%]/g, (c) => (c === '$' ? '%24' : '%25'));
}

/** The inverse of encodeTemplate; any other text stays as it is. */
export function decodeTemplate(v: string): string {
  return v.replace(/%2[45]/g, (m) => (m === '%24' ? '$' : '%'));
}
