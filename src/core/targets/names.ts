// The clients mcpctl writes, in the order plans show them. The names come from the schema (TargetName).
import type { TargetName } from '../generated/mcp-types.js';

export type { TargetName };

export const TARGET_NAMES = [
  'codex',
  'claude-code',
  'copilot',
  'cursor',
  'vscode',
  'gemini',
  'opencode',
  'zed',
  'windsurf',
  'antigravity',
  'claude-desktop',
] as const satisfies readonly TargetName[];
