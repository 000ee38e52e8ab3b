// Where Gemini CLI keeps its servers (measured with @google/gemini-cli 0.61.0, docs/clients.md): the user's
// <home>/.gemini/settings.json, where <home> is $GEMINI_CLI_HOME when set, else the home folder; a project's
// .gemini/settings.json in the folder Gemini CLI is started in (it does not look in parent folders).
import { posix, win32 } from 'node:path';
import type { Scope, Where } from '../target.js';

export function geminiFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  if (scope === 'project') return path.join(where.specDir, '.gemini', 'settings.json');
  const moved = where.env['GEMINI_CLI_HOME'];
  const home = moved ? path.resolve(where.cwd, moved) : where.home;
  return path.join(home, '.gemini', 'settings.json');
}
