// The policy as VS Code's enterprise policies ChatAllowedMcpServers and ChatDeniedMcpServers (VS Code 1.130+,
// src/vs/platform/mcp/common/allowedMcpServers.ts): lists of {serverName} (exact), {serverCommand} (the exact
// argv) or {serverUrl} (`*` wildcards); a deny match always wins, an empty allow list allows nothing. On Linux
// an administrator writes them to /etc/vscode/policy.json, each value a JSON string; Windows takes them from
// Group Policy (ADMX), macOS from a configuration profile. From VS Code's source and documentation: no VS
// Code runs here (docs/policy.md).
import type { PolicyRenderer } from './types.js';
import { mcpctlOnly } from './types.js';
import { oneOfLists } from './one-of.js';

const TITLE = 'VS Code';

export const vscodePolicy: PolicyRenderer = {
  target: 'vscode',
  title: TITLE,
  render(policy) {
    const lists = oneOfLists(policy, { title: TITLE, nameGlob: false, commandGlob: false, urlGlob: true });
    const file: Record<string, string> = {};
    if (lists.allow !== undefined) file['ChatAllowedMcpServers'] = JSON.stringify(lists.allow);
    if (lists.deny !== undefined) file['ChatDeniedMcpServers'] = JSON.stringify(lists.deny);
    return {
      target: 'vscode',
      title: TITLE,
      install: {
        linux: '/etc/vscode/policy.json',
        darwin: 'a configuration profile (.mobileconfig) with these keys',
        win32: 'Group Policy: Software\\Policies\\Microsoft\\VSCode (ADMX), with these values',
      },
      text: `${JSON.stringify(file, null, 2)}\n`,
      notes: [...lists.notes, ...mcpctlOnly(policy, TITLE)],
    };
  },
};
