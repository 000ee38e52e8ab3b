import type { Command } from '../main.js';
import { formatOption, jsonOption } from '../options.js';

/** The clients `policy render` has a file for (src/core/policy/render/index.ts; a test keeps the two the same). */
export const POLICY_TARGETS = ['codex', 'claude-code', 'vscode', 'gemini'] as const;

const policyOpts = {
  policy: {
    type: 'string',
    requiresArg: true,
    describe: 'The organisation policy file (default: "policy:" of mcp.yaml)',
  },
  file: {
    alias: 'f',
    type: 'string',
    requiresArg: true,
    describe: 'The mcp.yaml to check, and whose "policy:" to use (default: ./mcp.yaml when there is one)',
  },
} as const;

export const policyCommand: Command = (cli, state) =>
  cli.command(
    'policy <action>',
    'The organisation policy: render the file each client enforces, check a repository against it',
    (y) =>
      y
        .command(
          'render',
          'Print the managed file a client enforces itself (Codex requirements.toml, Claude Code managed settings, VS Code policies, Gemini CLI system settings); notes on stderr',
          (c) =>
            c
              .options({
                ...policyOpts,
                target: {
                  type: 'string',
                  demandOption: true,
                  requiresArg: true,
                  choices: [...POLICY_TARGETS],
                  describe: 'The client to render for',
                },
                json: jsonOption,
              })
              .example(
                '$0 policy render --target codex --policy org/mcp-policy.yaml',
                'the MCP part of /etc/codex/requirements.toml',
              )
              .example(
                '$0 policy render --target claude-code > managed-settings.json',
                "Claude Code's managed settings",
              )
              .example(
                '$0 policy render --target vscode --json',
                'the file, where it goes, and how each rule is enforced',
              ),
          run(state, 'render'),
        )
        .command(
          'check',
          "Check mcp.yaml and every client's project file in the repository against the policy; exit 1 on a violation",
          (c) =>
            c
              .options({ ...policyOpts, format: formatOption })
              .example('$0 policy check', 'mcp.yaml, .mcp.json, .vscode/mcp.json, … against the policy mcp.yaml names')
              .example(
                '$0 policy check --policy org/mcp-policy.yaml --format sarif > policy.sarif',
                'for code scanning',
              ),
          run(state, 'check'),
        )
        .demandCommand(1, 'name a policy action, e.g. "mcpctl policy check"'),
    () => undefined,
  );

function run(state: Parameters<Command>[1], action: 'render' | 'check') {
  return async (args: Record<string, unknown>) => {
    const { policyAction } = await import('../actions/policy.js');
    state.exitCode = await policyAction(action, args, state.io);
  };
}
