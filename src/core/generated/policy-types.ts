// Generated from schema/policy.schema.json by scripts/gen-types.mjs. Do not edit by hand.

/**
 * An organisation's MCP policy for mcpctl lint. It can only tighten what mcp.yaml asks for.
 */
export interface PolicyFile {
  $schema?: string;
  version: 1;
  /**
   * Minimum severity per rule id or `prefix/*`; mcp.yaml may raise but never lower it.
   */
  rules?: {
    [k: string]: 'error' | 'warn' | 'off';
  };
  commands?: {
    /**
     * Allowed commands: basenames (npx), absolute paths (/opt/mcp/bin/x) or globs (/opt/mcp/*).
     */
    allow?: string[];
  };
  env?: {
    /**
     * Environment keys servers may not set, in addition to the built-in list (globs allowed: DYLD_*).
     */
    deny?: string[];
  };
  timeouts?: {
    startup_max_sec?: number;
    tool_max_sec?: number;
  };
  remote?: {
    /**
     * Allowed hosts for url servers (globs: *.acme.dev).
     */
    hosts?: string[];
  };
}
