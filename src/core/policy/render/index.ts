// Every client whose own settings can limit which MCP servers run, by target name.
import { codexPolicy } from './codex.js';
import { claudePolicy } from './claude-code.js';
import { geminiPolicy } from './gemini.js';
import type { PolicyRenderer } from './types.js';
import { vscodePolicy } from './vscode.js';

export const POLICY_RENDERERS: Readonly<Record<string, PolicyRenderer>> = {
  codex: codexPolicy,
  'claude-code': claudePolicy,
  vscode: vscodePolicy,
  gemini: geminiPolicy,
};
