// import: a local server that is the third-party bridge `mcp-remote` (`npx -y mcp-remote URL --header "Name:
// value"`), the way people reach a remote server from a client that starts only local ones, read as the remote
// server it forwards to — so its token, which mcp-remote takes from the entry's env or argv, can move to the
// secret store, and mcpctl writes the client's own remote entry or its bridge (mcpctl proxy) instead. Only the
// options whose meaning mcp.yaml keeps are read; anything else (its OAuth flow, an SSE transport, a proxy) leaves
// the server as it is, unmanaged, with the reason. Pure.

export type McpRemote = { ok: true; url: string; headers: Array<[string, string]> } | { ok: false; why: string } | null;

/** Options that change nothing mcp.yaml describes (a plain-HTTP URL is allowed by its scheme already). */
const HARMLESS = new Set(['--allow-http', '--debug', '--silent']);

/**
 * `[command, ...args]` of a local server → what mcp-remote was told, or null when it is not mcp-remote. Header
 * values keep mcp-remote's `${VAR}` as `${env:VAR}`, except a VAR the entry's own env sets: its value is used.
 */
export function readMcpRemote(argv: readonly string[], env: Readonly<Record<string, string>>): McpRemote {
  const at = argv.findIndex((w) => /^mcp-remote(@[\w.^~<>=*-]+)?$/.test(w.split(/[\\/]/).pop() ?? ''));
  if (at < 0) return null;
  const rest = argv.slice(at + 1);
  let url: string | undefined;
  const headers: Array<[string, string]> = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    if (a === '--header') {
      const h = rest[++i];
      const colon = h === undefined ? -1 : h.indexOf(':');
      if (h === undefined || colon <= 0)
        return { ok: false, why: `mcp-remote's --header "${h ?? ''}" is not "Name: value"` };
      headers.push([h.slice(0, colon).trim(), fill(h.slice(colon + 1).trimStart(), env)]);
    } else if (a === '--transport') {
      const t = rest[++i] ?? '';
      if (!/^http-(only|first)$/.test(t))
        return { ok: false, why: `mcp-remote --transport ${t}: mcp.yaml's url is a streamable HTTP server` };
    } else if (HARMLESS.has(a)) continue;
    else if (a.startsWith('-')) return { ok: false, why: `mcp-remote's ${a} has no mcp.yaml equivalent` };
    else if (url === undefined && /^https?:\/\//.test(a)) url = a;
    else if (!/^\d+$/.test(a))
      return { ok: false, why: `mcp-remote's argument "${a.slice(0, 40)}" is not a URL or a port` };
    // a number is the port of its OAuth callback: unused when a header carries the credential
  }
  if (url === undefined) return { ok: false, why: 'mcp-remote is given no server URL' };
  if (!headers.length)
    return {
      ok: false,
      why: 'mcp-remote signs in with OAuth itself (no --header); mcpctl has no OAuth flow to do that for it',
    };
  return { ok: true, url, headers };
}

/** mcp-remote replaces `${VAR}` in a header from its environment: the entry's env, else the client's. */
function fill(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) =>
    // a literal: any "${" in it is text in mcp.yaml
    Object.hasOwn(env, name) ? (env[name] ?? '').replaceAll('${', '$${') : `\${env:${name}}`,
  );
}
