// policy/foreign-key: keys other MCP clients use, which Codex silently ignores in config.toml.
import type { PolicyRule, RawFinding } from '../rule.js';

const CODEX_EQUIVALENT: Record<string, string> = {
  type: 'Codex infers the transport: command means stdio, url means streamable HTTP; remove "type"',
  transport: 'Codex infers the transport: command means stdio, url means streamable HTTP; remove "transport"',
  serverUrl: 'Codex reads "url"',
  httpUrl: 'Codex reads "url"',
  headers: 'Codex reads "http_headers" (literal values) and "env_http_headers" (header = env var name)',
  disabled: 'Codex reads "enabled = false"',
  autoApprove: 'Codex reads "default_tools_approval_mode" and [tools.<name>] approval_mode',
  alwaysAllow: 'Codex reads "default_tools_approval_mode" and [tools.<name>] approval_mode',
  timeout: 'Codex reads "tool_timeout_sec" (seconds)',
  envFile: 'Codex does not read env files: use "env_vars" to forward variables',
};

export const foreignKey: PolicyRule = {
  meta: {
    id: 'policy/foreign-key',
    title: "Key from another client's config format",
    help: 'Codex ignores keys it does not know (type, serverUrl, httpUrl, headers, disabled, autoApprove, …), so a setting copied from another client silently does nothing. Use the Codex key named in the hint.',
    defaultSeverity: 'warn',
    category: 'policy',
  },
  check(s, _policy, source) {
    if (source.kind !== 'config.toml') return [];
    const out: RawFinding[] = [];
    for (const key of s.keys) {
      const hint = CODEX_EQUIVALENT[key];
      if (hint)
        out.push({
          ruleId: 'policy/foreign-key',
          path: [key],
          part: 'key',
          message: `"${key}" is not a Codex key: Codex ignores it`,
          hint,
        });
    }
    return out;
  },
};
