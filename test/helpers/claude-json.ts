// A ~/.claude.json as Claude Code writes it (JSON.stringify(…, null, 2)): settings, a user mcpServers,
// and many projects, each with its own history, tools and mcpServers; about `bytes` long. Deterministic.
export function claudeJson(bytes: number): string {
  const projects: Record<string, unknown> = {};
  const doc = {
    numStartups: 311,
    installMethod: 'npm-global',
    autoUpdates: true,
    tipsHistory: { 'new-user-warmup': 7, 'memory-command': 12 },
    mcpServers: {
      time: { type: 'stdio', command: 'uvx', args: ['mcp-server-time'], env: {} },
      docs: { type: 'http', url: 'https://docs.example.com/mcp' },
    },
    projects,
    userID: 'f'.repeat(64),
    oauthAccount: { accountUuid: '00000000-0000-4000-8000-000000000000', emailAddress: 'dev@example.com' },
    hasCompletedOnboarding: true,
  };
  let size = JSON.stringify(doc, null, 2).length;
  for (let p = 0; size < bytes; p++) {
    const project = {
      allowedTools: ['Bash(npm test)', `Edit(src/p${p}/**)`],
      history: Array.from({ length: 40 }, (_, i) => ({
        display: `project ${p}: step ${i} — refactor the parser, then run the tests again`,
        pastedContents: {},
      })),
      mcpContextUris: [],
      mcpServers:
        p % 3 === 0 ? { [`db-${p}`]: { type: 'stdio', command: 'npx', args: ['-y', '@acme/db-mcp'], env: {} } } : {},
      enabledMcpjsonServers: [],
      disabledMcpjsonServers: [],
      hasTrustDialogAccepted: p % 2 === 0,
      lastCost: 0.0421 * p,
      lastSessionId: `0000${p}`.slice(-5),
    };
    projects[`/home/dev/work/project-${p}`] = project;
    size += JSON.stringify(project, null, 2).length + 40;
  }
  return `${JSON.stringify(doc, null, 2)}\n`;
}
