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
  /**
   * Which MCP servers may run, by name, command line or URL. mcpctl lint and policy check apply it to mcp.yaml and to the clients' files; mcpctl policy render compiles it to the file each client enforces itself.
   */
  servers?: {
    /**
     * If present, a server must match one of these entries (an empty list allows none).
     */
    allow?: ServerMatch[];
    /**
     * A server that matches one of these entries may not run, whatever allow says.
     */
    deny?: ServerMatch[];
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
/**
 * A server matches when every key given here matches it.
 *
 * This interface was referenced by `PolicyFile`'s JSON-Schema
 * via the `definition` "ServerMatch".
 */
export interface ServerMatch {
  /**
   * The server's name in the client's file; `*` matches any run of characters (github, internal-*).
   */
  name?: string;
  /**
   * The whole command line of a local server, [command, ...args], compared exactly (each word may use `*`).
   *
   * @minItems 1
   */
  command?: [string, ...string[]];
  /**
   * A remote server's URL; `*` matches any run of characters (https://mcp.acme.dev/*).
   */
  url?: string;
}
