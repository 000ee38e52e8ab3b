// The starter mcp.yaml written by `mcpctl init`. The modeline lets YAML editors validate and complete it.

export const SCHEMA_PUBLIC_URL = 'https://unpkg.com/mcpctl/schema/mcp.schema.json';

/** A client for the starter's targets: its name and, when it has several, the scope of its file. */
export interface StarterTarget {
  name: string;
  scope?: string | undefined;
}

/** The starter; with targets, a `targets:` block naming those clients (none: Codex alone, as ever). */
export function starterYaml(targets: readonly StarterTarget[] = []): string {
  const block = targets.length
    ? `# The clients this file configures, each at its file's scope (docs/clients.md).
targets:
${targets
  .map(
    (t) => `  ${t.name}: ${t.scope ? `{scope: ${t.scope}}` : '{}'}
`,
  )
  .join('')}`
    : '';
  return `# yaml-language-server: $schema=${SCHEMA_PUBLIC_URL}
# The MCP servers your coding agents use. Review changes with "mcpctl plan", write them with "mcpctl apply".
version: 1
${block}servers:
  # A local (stdio) server: pin the package version so every machine runs the same code.
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2026.8.31"]

  # A remote (streamable HTTP) server. Tokens never go in this file: reference the environment.
  # linear:
  #   url: https://mcp.linear.app/mcp
  #   headers:
  #     Authorization: "Bearer \${env:LINEAR_API_KEY}"
`;
}
