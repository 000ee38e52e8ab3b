// The starter mcp.yaml written by `mcpctl init`. The modeline lets YAML editors validate and complete it.

export const SCHEMA_PUBLIC_URL = 'https://unpkg.com/mcpctl/schema/mcp.schema.json';

export function starterYaml(): string {
  return `# yaml-language-server: $schema=${SCHEMA_PUBLIC_URL}
# The MCP servers your coding agents use. Review changes with "mcpctl plan", write them with "mcpctl apply".
version: 1
servers:
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
