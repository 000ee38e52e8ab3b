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
  /**
   * Rules (ids or `prefix/*`) whose findings an `mcpctl:allow` comment or a scan baseline may still silence although `rules` sets a floor for them. A rule with a floor that is not listed here cannot be silenced: the floor holds against suppression comments, baselines and mcp.yaml's `lint.rules` alike. Rules without a floor can always be silenced.
   */
  allow_suppressions?: string[];
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
