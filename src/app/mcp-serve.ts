// `mcpctl mcp`: mcpctl as an MCP server over stdio (the official SDK's Server and stdio transport), for coding
// agents. Read-only tools unless started with --allow-edit; every answer is JSON text with anything that looks
// secret masked, cut at 64 KB, and every call ends within its time limit (an error result says so).
import { McpctlError } from '../core/errors.js';
import { maskTokens } from '../core/mask-tokens.js';
import type { Context } from './pipeline.js';
import { TOOLS } from './mcp-tools.js';

export const MAX_ANSWER = 64 * 1024;
const LIMIT_MS: Record<string, number> = { test: 180_000 };
const DEFAULT_LIMIT_MS = 60_000;

export interface ServeOptions {
  allowEdit: boolean;
  version: string;
  /** Time limits by tool (tests shorten them). */
  limits?: Record<string, number> | undefined;
}

/** The text of one answer: masked, and cut (as valid JSON) when it is too long. */
export function answerText(value: unknown): string {
  const text = maskTokens(JSON.stringify(value, null, 1));
  if (text.length <= MAX_ANSWER) return text;
  const note = `the answer was ${text.length} characters; ask for less (one file, fewer servers, no diff)`;
  // its start, as a string: escaping makes it longer, so it is cut until the whole fits
  let keep = MAX_ANSWER - 400;
  for (;;) {
    const cut = JSON.stringify({ truncated: true, note, start: text.slice(0, keep) });
    if (cut.length <= MAX_ANSWER) return cut;
    keep -= cut.length - MAX_ANSWER + 64;
  }
}

export async function serveMcp(opts: ServeOptions, ctx: Context): Promise<void> {
  const { Server } = await import('@modelcontextprotocol/sdk/server/index.js');
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
  const { CallToolRequestSchema, ListToolsRequestSchema } = await import('@modelcontextprotocol/sdk/types.js');
  const tools = TOOLS.filter((t) => opts.allowEdit || !t.edits);
  const server = new Server({ name: 'mcpctl', version: opts.version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.inputSchema,
      annotations: { readOnlyHint: !t.edits, destructiveHint: false, openWorldHint: t.name === 'test' },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const tool = tools.find((t) => t.name === req.params.name);
    if (!tool)
      return error({
        code: 'E_USAGE',
        message: `no tool "${req.params.name}"`,
        hint: `the tools: ${tools.map((t) => t.name).join(', ')}`,
      });
    const limit = opts.limits?.[tool.name] ?? LIMIT_MS[tool.name] ?? DEFAULT_LIMIT_MS;
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        tool.run(req.params.arguments ?? {}, ctx, `mcpctl ${opts.version}`),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new McpctlError('E_TIMEOUT', `${tool.name} did not finish within ${limit / 1000} s`)),
            limit,
          );
        }),
      ]);
      return { content: [{ type: 'text' as const, text: answerText(result) }] };
    } catch (e) {
      if (e instanceof McpctlError)
        return error({
          code: e.code,
          message: e.message,
          hint: e.hint ?? null,
          problems: e.diagnostics.slice(0, 20).map((d) => ({
            message: d.message,
            at: d.file ? `${d.file}:${d.line ?? 1}:${d.col ?? 1}` : null,
            hint: d.hint ?? null,
          })),
        });
      return error({ code: 'E_INTERNAL', message: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
    }
  });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
  await server.connect(transport);
  process.stdin.on('end', () => void server.close());
  await closed;
}

function error(value: unknown) {
  return { isError: true, content: [{ type: 'text' as const, text: answerText(value) }] };
}
