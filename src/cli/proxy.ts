// `mcpctl proxy --url URL [--header NAME=TEMPLATE]...`: the bridge a client's file starts for a remote server
// it cannot reach by itself (src/app/proxy.ts). Runs without loading the CLI framework, like the launcher;
// `mcpctl proxy --server NAME` (the server's url and headers from mcp.yaml) goes through the full CLI.
// stdout is the protocol's: every message of this file goes to stderr.
import { runProxy } from '../app/proxy.js';
import type { ProxyArgs } from '../app/proxy.js';
import { isStoreFlag } from '../app/exec.js';
import { McpctlError } from '../core/errors.js';
import { fdOutput } from '../io/fd-output.js';

export const PROXY_HELP = `Usage: mcpctl proxy --url URL [--header NAME=TEMPLATE]... [--server NAME] [--transport http|sse]
                    [--config-dir DIR] [--secrets-file FILE] [--identity FILE] [--backend keychain|file] [--bus ADDRESS]
       mcpctl proxy --server NAME [--file mcp.yaml]

A local (stdio) MCP server that forwards every message to a remote one over streamable HTTP (or SSE, with
--transport sse) and every message of the remote server back: requests, responses, notifications and the
server's own requests, unchanged. The URL and each header are templates: \${secret:x} and \${env:X} (and
fallbacks) are resolved when it starts, from the secret store and the environment, so the client's file holds
no secret. stdout carries MCP messages only; errors go to stderr. It ends when either side closes: when the
client closes stdin it ends the server's session; when the server goes away it answers what was waiting with
an error and exits with 1.

apply writes it into the file of a client that cannot reach a remote server with its headers by itself
(Claude Desktop, Zed, Antigravity, or a secret in a header for a client without a headers helper); the store
flags say where the secret store is, as for mcpctl exec. With only --server, the server's url and headers
come from mcp.yaml (--file, default ./mcp.yaml).

  mcpctl proxy --url https://mcp.linear.app/mcp --header 'Authorization=Bearer \${secret:linear/token}'
  mcpctl proxy --server linear
  npx @modelcontextprotocol/inspector mcpctl proxy --server linear
`;

/** `mcpctl proxy` with its arguments as given (after "proxy"): the exit code. */
export async function runProxyCommand(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    fdOutput(1).write(PROXY_HELP);
    return 0;
  }
  try {
    return await proxyWith(parseProxyArgs(argv));
  } catch (e) {
    return proxyFailed(e);
  }
}

/** Runs the bridge on this process's stdin and stdout. */
export async function proxyWith(args: ProxyArgs): Promise<number> {
  const err = fdOutput(2);
  const code = await runProxy(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    log: (line) => err.write(`${line}\n`),
  });
  // a keep-alive connection or an abandoned stream must not hold the process: the client waits for it to end
  // (a client that stopped reading but keeps the pipe open gets 2 s)
  await Promise.race([
    new Promise((resolve) => process.stdout.write('', resolve)),
    new Promise((resolve) => setTimeout(resolve, 2000).unref()),
  ]);
  process.exit(code);
}

export function parseProxyArgs(args: string[]): ProxyArgs {
  const out: Omit<ProxyArgs, 'url'> & { url: string | undefined } = {
    server: undefined,
    url: undefined,
    headers: [],
    store: new Map(),
    transport: 'http',
    encoded: false,
  };
  for (let i = 0; i < args.length; i++) {
    // --flag=value is --flag value
    const word = args[i] ?? '';
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const a = eq > 0 ? word.slice(0, eq) : word;
    const inline = eq > 0 ? word.slice(eq + 1) : undefined;
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new McpctlError('E_USAGE', `${a} needs a value`);
      return v;
    };
    if (a === '--server') out.server = value();
    else if (a === '--url') out.url = value();
    else if (a === '--header') {
      const pair = value();
      const eq = pair.indexOf('=');
      if (eq <= 0)
        throw new McpctlError('E_USAGE', `--header takes NAME=TEMPLATE, got "${pair.slice(0, 40)}"`, {
          hint: "e.g. --header 'Authorization=Bearer ${secret:linear/token}'",
        });
      out.headers.push([pair.slice(0, eq).trim(), pair.slice(eq + 1)]);
    } else if (a === '--transport') {
      const t = value();
      if (t !== 'http' && t !== 'sse')
        throw new McpctlError('E_USAGE', `--transport is http or sse, got "${t.slice(0, 40)}"`, {
          hint: 'http is streamable HTTP (the current transport); sse is the older one, for servers that speak only it',
        });
      out.transport = t;
    } else if (a === '--encoded') out.encoded = true;
    else if (isStoreFlag(a)) out.store.set(a, value());
    else
      throw new McpctlError('E_USAGE', `unknown option "${a.slice(0, 60)}" for mcpctl proxy`, {
        hint: 'see mcpctl proxy --help',
      });
  }
  if (out.url === undefined)
    throw new McpctlError('E_USAGE', 'mcpctl proxy needs --url (or --server NAME alone, to take it from mcp.yaml)', {
      hint: 'see mcpctl proxy --help',
    });
  return { ...out, url: out.url };
}

export function proxyFailed(e: unknown): number {
  const err = fdOutput(2);
  if (e instanceof McpctlError) {
    err.write(`mcpctl proxy: error ${e.code}: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`);
    return e.exitCode;
  }
  err.write(`mcpctl proxy: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}
