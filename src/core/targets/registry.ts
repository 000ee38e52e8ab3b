// Every client target by name: adding a client is one folder beside these and one line here.
import { claudeTarget } from './claude-code/index.js';
import { codexTarget } from './codex/index.js';
import { copilotTarget } from './copilot/index.js';
import { cursorTarget } from './cursor/index.js';
import { geminiTarget } from './gemini/index.js';
import { opencodeTarget } from './opencode/index.js';
import { antigravityTarget } from './antigravity/index.js';
import { claudeDesktopTarget } from './claude-desktop/index.js';
import { windsurfTarget } from './windsurf/index.js';
import { zedTarget } from './zed/index.js';
import type { TargetName } from './names.js';
import type { ClientTarget } from './target.js';
import { vscodeTarget } from './vscode/index.js';

export const TARGETS: Readonly<Record<TargetName, ClientTarget>> = {
  codex: codexTarget,
  'claude-code': claudeTarget,
  copilot: copilotTarget,
  cursor: cursorTarget,
  vscode: vscodeTarget,
  gemini: geminiTarget,
  opencode: opencodeTarget,
  zed: zedTarget,
  windsurf: windsurfTarget,
  antigravity: antigravityTarget,
  'claude-desktop': claudeDesktopTarget,
};
