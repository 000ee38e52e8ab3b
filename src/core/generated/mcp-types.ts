// Generated from schema/mcp.schema.json by scripts/gen-types.mjs. Do not edit by hand.

/**
 * Tool names. enabled_tools exposes only these; disabled_tools hides these (applied after enabled_tools).
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "ToolNames".
 */
export type ToolNames = string[];
/**
 * An MCP client mcpctl writes: codex (config.toml), claude-code, copilot, cursor, vscode, gemini (Gemini CLI), opencode, zed, windsurf, antigravity, claude-desktop.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "TargetName".
 */
export type TargetName =
  | 'codex'
  | 'claude-code'
  | 'copilot'
  | 'cursor'
  | 'vscode'
  | 'gemini'
  | 'opencode'
  | 'zed'
  | 'windsurf'
  | 'antigravity'
  | 'claude-desktop';
/**
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "ApprovalMode".
 */
export type ApprovalMode = 'auto' | 'prompt' | 'writes' | 'approve';
/**
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "RuleSeverity".
 */
export type RuleSeverity = 'error' | 'warn' | 'off';
/**
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "CatalogSource".
 */
export type CatalogSource =
  | 'builtin'
  | {
      /**
       * URL of the catalog's index.json (https; http only for loopback with allow_http).
       */
      url: string;
      /**
       * Ed25519 public key files (relative to this file).
       *
       * @minItems 1
       */
      trust?: [string, ...string[]];
      /**
       * How many valid signatures from trusted keys are required (default 1).
       */
      threshold?: number;
      /**
       * Use this catalog without a valid signature. Warns on every run.
       */
      allow_unsigned?: boolean;
      /**
       * Allow plain http (loopback addresses only).
       */
      allow_http?: boolean;
    }
  | {
      /**
       * A catalog folder (relative to this file).
       */
      path: string;
      /**
       * @minItems 1
       */
      trust?: [string, ...string[]];
      threshold?: number;
      allow_unsigned?: boolean;
    };

/**
 * mcpctl's declarative MCP server configuration (mcp.yaml), version 1.
 */
export interface McpFile {
  /**
   * Editor hint; ignored by mcpctl.
   */
  $schema?: string;
  /**
   * Format version of this file. Only 1 exists.
   */
  version: 1;
  targets?: Targets;
  /**
   * MCP servers to manage, by name.
   */
  servers?: {
    [k: string]: Server;
  };
  /**
   * Named subsets of servers: `mcpctl apply --set NAME` (or default_set) keeps only these on; every other server is turned off in each client, with the client's own switch where it has one (Codex enabled = false) and by leaving it out of the client's file where it has none. The name "all" is kept for every server.
   */
  sets?: {
    [k: string]: string[];
  };
  /**
   * The set plan and apply use when no --set is given (a teammate gets it from git). Absent: every server.
   */
  default_set?: string;
  /**
   * Organisation policy file (relative to this file) whose rules and limits apply on top; it can only tighten.
   */
  policy?: string;
  lint?: LintSettings;
  /**
   * Template catalogs, in lookup order. Default: [builtin].
   */
  catalogs?: CatalogSource[];
}
/**
 * The clients this file configures, each with its file's scope. Default: codex only ({codex: {}}), as before targets existed.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "Targets".
 */
export interface Targets {
  codex?: {
    /**
     * user: ~/.codex/config.toml (CODEX_HOME moves it); project: .codex/config.toml beside mcp.yaml. --config, --profile and --project override it for one command.
     */
    scope?: 'user' | 'project';
  };
  'claude-code'?: {
    /**
     * project: .mcp.json beside mcp.yaml; user: mcpServers of ~/.claude.json (CLAUDE_CONFIG_DIR moves it); local: this project's entry in ~/.claude.json.
     */
    scope?: 'project' | 'user' | 'local';
  };
  copilot?: {
    /**
     * project: .mcp.json beside mcp.yaml (the file Claude Code reads too); user: ~/.copilot/mcp-config.json (COPILOT_HOME moves it).
     */
    scope?: 'project' | 'user';
  };
  cursor?: {
    /**
     * project: .cursor/mcp.json beside mcp.yaml; user: ~/.cursor/mcp.json.
     */
    scope?: 'project' | 'user';
  };
  vscode?: {
    /**
     * project: .vscode/mcp.json beside mcp.yaml; user: the user profile's mcp.json.
     */
    scope?: 'project' | 'user';
  };
  gemini?: {
    /**
     * project: .gemini/settings.json beside mcp.yaml (Gemini CLI reads it when started in that folder, if the folder is trusted); user: ~/.gemini/settings.json (GEMINI_CLI_HOME moves it).
     */
    scope?: 'project' | 'user';
  };
  opencode?: {
    /**
     * project: opencode.jsonc beside mcp.yaml if it exists, else opencode.json; user: ~/.config/opencode/opencode.jsonc (or the opencode.json or config.json there that exists; XDG_CONFIG_HOME moves it).
     */
    scope?: 'project' | 'user';
  };
  zed?: {
    /**
     * project: .zed/settings.json beside mcp.yaml; user: Zed's settings.json (~/.config/zed on Linux and macOS, XDG_CONFIG_HOME moves it; %APPDATA%\\Zed on Windows).
     */
    scope?: 'project' | 'user';
  };
  windsurf?: {
    /**
     * user: ~/.codeium/windsurf/mcp_config.json (Windsurf has no project file).
     */
    scope?: 'user';
  };
  antigravity?: {
    /**
     * project: .agents/mcp_config.json beside mcp.yaml; user: ~/.gemini/config/mcp_config.json (~/.gemini/antigravity/mcp_config.json for an install from before 2.0).
     */
    scope?: 'project' | 'user';
  };
  'claude-desktop'?: {
    /**
     * user: claude_desktop_config.json (macOS ~/Library/Application Support/Claude; Windows the Microsoft Store package's folder when it is installed, else %APPDATA%\\Claude; Linux ~/.config/Claude).
     */
    scope?: 'user';
  };
}
/**
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "Server".
 */
export interface Server {
  /**
   * Free text for humans; not written to the target.
   */
  description?: string;
  /**
   * A catalog template id, optionally pinned: github or github@2025.4.8.
   */
  template?: string;
  /**
   * Template inputs. An input the template marks as repeatable (isRepeated) takes a list: its argument is given once per value.
   */
  with?: {
    [k: string]: string | number | boolean | [string | number | boolean, ...(string | number | boolean)[]];
  };
  /**
   * Program to launch (stdio transport).
   */
  command?: string;
  /**
   * Arguments passed to command.
   */
  args?: string[];
  /**
   * Environment of the server process. Values may hold references such as ${env:NAME}.
   */
  env?: {
    [k: string]: string;
  };
  /**
   * Working directory of the server process.
   */
  cwd?: string;
  /**
   * Streamable HTTP endpoint.
   */
  url?: string;
  /**
   * HTTP headers. Values may hold ${env:NAME}; `Authorization: Bearer ${env:T}` becomes bearer_token_env_var.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * false keeps the entry but does not start the server.
   */
  enabled?: boolean;
  enabled_tools?: ToolNames;
  disabled_tools?: ToolNames;
  startup_timeout_sec?: number;
  tool_timeout_sec?: number;
  /**
   * Only these clients get this server (each must be under the top-level targets). Default: every target.
   *
   * @minItems 1
   */
  targets?: [TargetName, ...TargetName[]];
  /**
   * Every target but these gets this server. Not together with targets.
   *
   * @minItems 1
   */
  exclude_targets?: [TargetName, ...TargetName[]];
  codex?: CodexOptions;
  'claude-code'?: ClaudeCodeOptions;
  copilot?: CopilotOptions;
  cursor?: CursorOptions;
  vscode?: VscodeOptions;
  gemini?: GeminiOptions;
  opencode?: OpencodeOptions;
}
/**
 * Codex-only keys, passed through to config.toml after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "CodexOptions".
 */
export interface CodexOptions {
  /**
   * Codex refuses to start when this server fails.
   */
  required?: boolean;
  supports_parallel_tool_calls?: boolean;
  default_tools_approval_mode?: ApprovalMode;
  /**
   * Per-tool settings, by tool name.
   */
  tools?: {
    [k: string]: {
      approval_mode: ApprovalMode;
    };
  };
  scopes?: string[];
  oauth?: {
    client_id?: string;
    callback_port?: number;
  };
  auth?: 'oauth' | 'chatgpt' | 'ema_auth';
  oauth_resource?: string;
  environment_id?: string;
  omit_tools_from?: ('code_mode' | 'deferred' | 'direct')[];
  /**
   * Where Codex takes a forwarded variable from, by name: each NAME here must be forwarded by an env entry NAME: "${env:NAME}"; it is written to env_vars as { name = NAME, source = ... } ("local": Codex's own environment, "remote": the remote environment). Kept by import, so Codex reads the same entry after apply.
   */
  env_vars_source?: {
    [k: string]: 'local' | 'remote';
  };
}
/**
 * Claude Code-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "ClaudeCodeOptions".
 */
export interface ClaudeCodeOptions {
  /**
   * Milliseconds: the client's own per-server timeout key.
   */
  timeout?: number;
}
/**
 * Copilot-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "CopilotOptions".
 */
export interface CopilotOptions {
  /**
   * Milliseconds: the client's own per-server timeout key.
   */
  timeout?: number;
}
/**
 * Cursor-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "CursorOptions".
 */
export interface CursorOptions {
  /**
   * A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it.
   */
  envFile?: string;
}
/**
 * VS Code-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "VscodeOptions".
 */
export interface VscodeOptions {
  /**
   * A file of NAME=value lines the client loads into a local server's environment (relative to the client's file's folder). Keep secrets out of it: mcpctl does not read it.
   */
  envFile?: string;
}
/**
 * Gemini CLI-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "GeminiOptions".
 */
export interface GeminiOptions {
  /**
   * Milliseconds: the client's own per-server timeout key (Gemini CLI's default is 600000).
   */
  timeout?: number;
  /**
   * true: Gemini CLI calls this server's tools without asking first. Leave it out unless every tool is safe to run unasked.
   */
  trust?: boolean;
}
/**
 * OpenCode-only keys, passed through to its entry after validation.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "OpencodeOptions".
 */
export interface OpencodeOptions {
  /**
   * Milliseconds: the client's own per-server timeout key.
   */
  timeout?: number;
}
/**
 * Lint settings for this file.
 *
 * This interface was referenced by `McpFile`'s JSON-Schema
 * via the `definition` "LintSettings".
 */
export interface LintSettings {
  /**
   * Severity per rule id (e.g. policy/unpinned-package: warn). A `prefix/*` key sets every rule under it.
   */
  rules?: {
    [k: string]: RuleSeverity;
  };
}
