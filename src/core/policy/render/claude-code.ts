// The policy as Claude Code's managed settings (managed-settings.json, which no user or project setting can
// override): allowedMcpServers and deniedMcpServers, lists of {serverName}, {serverCommand} (the exact argv)
// or {serverUrl} (`*` wildcards); a denied server never runs, and with an allow list only what it names does
// — a local server only by its command once the list names a command, a remote one only by its URL once it
// names a URL. Measured with the real Claude Code 2.1.328, which leaves such a server out of `claude mcp list`
// (test/policy/claude-oracle.test.ts, through its `--managed-settings` flag: it reads the file itself only
// from /etc/claude-code).
import type { PolicyRenderer } from './types.js';
import { mcpctlOnly } from './types.js';
import { oneOfLists } from './one-of.js';

const TITLE = 'Claude Code';

export const claudePolicy: PolicyRenderer = {
  target: 'claude-code',
  title: TITLE,
  render(policy) {
    const lists = oneOfLists(policy, {
      title: TITLE,
      nameGlob: false,
      commandGlob: false,
      urlGlob: true,
      allowName: /^[A-Za-z0-9_-]+$/,
      exclusiveKinds: true,
    });
    const file: Record<string, unknown> = {};
    if (lists.allow !== undefined) file['allowedMcpServers'] = lists.allow;
    if (lists.deny !== undefined) file['deniedMcpServers'] = lists.deny;
    return {
      target: 'claude-code',
      title: TITLE,
      install: {
        linux:
          '/etc/claude-code/managed-settings.d/50-mcpctl.json (a drop-in beside managed-settings.json, which it leaves alone)',
        darwin: '/Library/Application Support/ClaudeCode/managed-settings.json',
        win32: 'C:\\Program Files\\ClaudeCode\\managed-settings.json',
      },
      text: `${JSON.stringify(file, null, 2)}\n`,
      notes: [...lists.notes, ...mcpctlOnly(policy, TITLE)],
    };
  },
};
