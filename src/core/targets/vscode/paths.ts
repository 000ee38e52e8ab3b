// Where VS Code keeps its servers: .vscode/mcp.json in a project, and the default profile's mcp.json in the
// user data folder, found as VS Code finds it (src/vs/platform/environment/node/userDataPath.ts,
// doGetUserDataPath): $VSCODE_PORTABLE/user-data; else $VSCODE_APPDATA/Code; else per OS: Windows %APPDATA%
// (else %USERPROFILE%\AppData\Roaming), macOS ~/Library/Application Support, Linux $XDG_CONFIG_HOME or
// ~/.config, each with /Code. Then User/mcp.json. VS Code Stable only: Insiders (Code - Insiders), OSS builds,
// --user-data-dir and other profiles (User/profiles/<id>/) are not looked for.
import { posix, win32 } from 'node:path';
import type { Scope, Where } from '../target.js';

const PRODUCT = 'Code';

export function vscodeFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  if (scope === 'project') return path.join(where.specDir, '.vscode', 'mcp.json');
  return path.join(userData(where), 'User', 'mcp.json');
}

function userData(where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  const env = (name: string) => where.env[name] || undefined;
  const portable = env('VSCODE_PORTABLE');
  if (portable) return path.join(path.resolve(where.cwd, portable), 'user-data');
  const appData = env('VSCODE_APPDATA');
  if (appData) return path.join(path.resolve(where.cwd, appData), PRODUCT);
  if (where.platform === 'darwin') return path.join(where.home, 'Library', 'Application Support', PRODUCT);
  if (where.platform === 'win32')
    return path.join(env('APPDATA') ?? path.join(env('USERPROFILE') ?? where.home, 'AppData', 'Roaming'), PRODUCT);
  const xdg = env('XDG_CONFIG_HOME');
  return path.join(xdg ? path.resolve(where.cwd, xdg) : path.join(where.home, '.config'), PRODUCT);
}
