// Where Zed keeps its settings (crates/paths/src/paths.rs, docs/clients.md): config_dir()/settings.json, with
// config_dir() = %APPDATA%\Zed on Windows, $FLATPAK_XDG_CONFIG_HOME/zed or $XDG_CONFIG_HOME/zed (else
// ~/.config/zed) on Linux, and ~/.config/zed on macOS too; a project's .zed/settings.json.
import { posix, win32 } from 'node:path';
import type { Scope, Where } from '../target.js';

export function zedFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  if (scope === 'project') return path.join(where.specDir, '.zed', 'settings.json');
  const env = (name: string) => where.env[name] || undefined;
  if (where.platform === 'win32')
    return path.join(env('APPDATA') ?? path.join(where.home, 'AppData', 'Roaming'), 'Zed', 'settings.json');
  const xdg = where.platform === 'darwin' ? undefined : (env('FLATPAK_XDG_CONFIG_HOME') ?? env('XDG_CONFIG_HOME'));
  return path.join(xdg ? path.resolve(where.cwd, xdg) : path.join(where.home, '.config'), 'zed', 'settings.json');
}
