// What Codex 0.169.0 (the pinned @openai/codex) does when it starts an MCP server. Each fact says where it
// comes from, so the next Codex upgrade knows what to re-check.

export const CODEX_VERSION = '0.169.0';

/**
 * The variables Codex copies from its own environment into a stdio server's (when set), before `env_vars`
 * and the literal `env` table. Source: codex-rs/rmcp-client/src/utils.rs DEFAULT_ENV_VARS (unix), and
 * measured: a server started by `codex app-server` sees only these plus its env_vars and env.
 */
export const CODEX_DEFAULT_ENV_VARS = [
  'HOME',
  'LOGNAME',
  'PATH',
  'SHELL',
  'USER',
  '__CF_USER_TEXT_ENCODING',
  'LANG',
  'LC_ALL',
  'TERM',
  'TMPDIR',
  'TZ',
] as const;

/** Codex's default `startup_timeout_sec` (its docs; measured: a server past its limit fails "timed out handshaking"). */
export const CODEX_DEFAULT_STARTUP_TIMEOUT_SEC = 10;

/** The version Codex 0.169.0 asks for in `initialize` (measured: its initialize request logged by a fixture server). */
export const CODEX_REQUESTED_PROTOCOL = '2025-06-18';

/**
 * The protocol versions Codex's MCP library knows: rmcp's `ProtocolVersion::KNOWN_VERSIONS`
 * (crates/rmcp/src/model.rs of modelcontextprotocol/rust-sdk, the git checkout 98a5478 that Codex 0.169.0 is
 * built with, as the paths inside its binary show). The same five dates are the only MCP versions in the
 * 0.169.0 binary's strings. 2026-07-28 is the stateless revision, reached with `server/discover`, not
 * `initialize`. Measured: Codex 0.169.0 does not refuse an `initialize` answer with another version over stdio
 * (it lists the tools); the server then speaks a dialect Codex was not written for.
 */
export const CODEX_KNOWN_PROTOCOLS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28'] as const;

/**
 * Codex runs `http_headers_helper` with `sh -c` in $CODEX_HOME and gives it 10 s (DESIGN.md §3). Its
 * environment, measured with 0.169.0: only these (when set), PWD and the CA-bundle variables: no XDG_*, no
 * DBUS_SESSION_BUS_ADDRESS, no MCPCTL_*, and env_vars do not apply to it.
 */
export const CODEX_HELPER_ENV_VARS = [
  'HOME',
  'TERM',
  'PATH',
  'LANG',
  'SHELL',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
] as const;
export const CODEX_HELPER_TIMEOUT_MS = 10_000;

/** Codex's grace period between SIGTERM and SIGKILL of a server's process group (stdio_server_launcher.rs). */
export const CODEX_KILL_GRACE_MS = 2_000;
