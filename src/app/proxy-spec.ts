// `mcpctl proxy --server NAME` without --url: the server's url and headers come from mcp.yaml (a person trying
// the bridge by hand, an inspector started on it). Apart from src/app/proxy.ts, so the bridge a client starts
// never loads the YAML parser and the schema.
import { McpctlError } from '../core/errors.js';
import type { ProxyArgs } from './proxy.js';
import { loadSpec } from './pipeline.js';
import type { Context } from './pipeline.js';

/** `mcpctl proxy --server NAME`: the server's url and headers from mcp.yaml, as templates. */
export async function proxyArgsFromSpec(file: string, name: string, ctx: Context): Promise<ProxyArgs> {
  const loaded = await loadSpec(file, ctx);
  const server = loaded.spec.servers?.[name];
  if (!server) {
    const names = Object.keys(loaded.spec.servers ?? {});
    throw new McpctlError('E_NOT_FOUND', `${loaded.file} has no server "${name}"`, {
      hint: names.length ? `its servers: ${names.join(', ')}` : 'add one with "mcpctl add"',
    });
  }
  if (server.url === undefined)
    throw new McpctlError('E_USAGE', `server "${name}" is a local server (command), not a remote one`, {
      where: { file: loaded.file, ...loaded.doc.locate(['servers', name], 'key') },
      hint: 'mcpctl proxy forwards to a server at a URL; run a local server with: mcpctl exec -- COMMAND',
    });
  return {
    server: name,
    url: server.url,
    headers: Object.entries(server.headers ?? {}),
    store: new Map(),
    transport: 'http',
    encoded: false,
  };
}
