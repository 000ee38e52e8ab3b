// Where VS Code's and Cursor's files are, per scope and OS (pure: the Where is passed in). VS Code's user folder
// follows src/vs/platform/environment/node/userDataPath.ts (doGetUserDataPath): VSCODE_PORTABLE, then
// VSCODE_APPDATA, then per OS; Cursor's follows cursor.com/docs/mcp ("Configuration locations").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { vscodeFile } from '../../src/core/targets/vscode/paths.js';
import { cursorFile } from '../../src/core/targets/cursor/paths.js';
import { darwin, linux, win } from '../helpers/where.js';

test('vscode project: .vscode/mcp.json beside mcp.yaml, on every OS', () => {
  assert.is(vscodeFile('project', linux()), '/home/me/work/repo/.vscode/mcp.json');
  assert.is(vscodeFile('project', darwin()), '/home/me/work/repo/.vscode/mcp.json');
  assert.is(vscodeFile('project', win()), 'C:\\Users\\me\\work\\repo\\.vscode\\mcp.json');
});

test('vscode user on linux: ~/.config/Code/User/mcp.json; $XDG_CONFIG_HOME moves it (relative to cwd too)', () => {
  assert.is(vscodeFile('user', linux()), '/home/me/.config/Code/User/mcp.json');
  assert.is(vscodeFile('user', linux({ XDG_CONFIG_HOME: '/xdg' })), '/xdg/Code/User/mcp.json');
  assert.is(vscodeFile('user', linux({ XDG_CONFIG_HOME: 'cfg' })), '/home/me/work/cfg/Code/User/mcp.json');
  // an empty variable counts as unset, as in VS Code (`process.env[...] || default`)
  assert.is(vscodeFile('user', linux({ XDG_CONFIG_HOME: '' })), '/home/me/.config/Code/User/mcp.json');
});

test('vscode user on macOS: ~/Library/Application Support/Code/User/mcp.json (XDG_CONFIG_HOME not read)', () => {
  assert.is(vscodeFile('user', darwin()), '/Users/me/Library/Application Support/Code/User/mcp.json');
  assert.is(
    vscodeFile('user', darwin({ XDG_CONFIG_HOME: '/xdg' })),
    '/Users/me/Library/Application Support/Code/User/mcp.json',
  );
});

test('vscode user on Windows: %APPDATA%\\Code\\User\\mcp.json, else %USERPROFILE%\\AppData\\Roaming, Windows separators', () => {
  assert.is(
    vscodeFile('user', win({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' })),
    'C:\\Users\\me\\AppData\\Roaming\\Code\\User\\mcp.json',
  );
  assert.is(vscodeFile('user', win({ USERPROFILE: 'D:\\me' })), 'D:\\me\\AppData\\Roaming\\Code\\User\\mcp.json');
  assert.is(vscodeFile('user', win()), 'C:\\Users\\me\\AppData\\Roaming\\Code\\User\\mcp.json');
});

test('vscode user, portable: $VSCODE_PORTABLE/user-data/User/mcp.json, before everything else', () => {
  const env = { VSCODE_PORTABLE: '/opt/vscode/data', VSCODE_APPDATA: '/appdata', XDG_CONFIG_HOME: '/xdg' };
  assert.is(vscodeFile('user', linux(env)), '/opt/vscode/data/user-data/User/mcp.json');
  assert.is(
    vscodeFile('user', win({ VSCODE_PORTABLE: 'E:\\VSCode\\data' })),
    'E:\\VSCode\\data\\user-data\\User\\mcp.json',
  );
});

test('vscode user: $VSCODE_APPDATA/Code/User/mcp.json before the per-OS folder', () => {
  assert.is(
    vscodeFile('user', linux({ VSCODE_APPDATA: '/appdata', XDG_CONFIG_HOME: '/xdg' })),
    '/appdata/Code/User/mcp.json',
  );
  assert.is(vscodeFile('user', darwin({ VSCODE_APPDATA: '/appdata' })), '/appdata/Code/User/mcp.json');
  assert.is(vscodeFile('user', win({ VSCODE_APPDATA: 'D:\\ad', APPDATA: 'C:\\x' })), 'D:\\ad\\Code\\User\\mcp.json');
});

test('cursor: ~/.cursor/mcp.json (user) and .cursor/mcp.json beside mcp.yaml (project); no variable moves them', () => {
  const env = { XDG_CONFIG_HOME: '/xdg', APPDATA: 'C:\\x', CURSOR_HOME: '/nope' };
  assert.is(cursorFile('user', linux(env)), '/home/me/.cursor/mcp.json');
  assert.is(cursorFile('user', darwin(env)), '/Users/me/.cursor/mcp.json');
  assert.is(cursorFile('user', win(env)), 'C:\\Users\\me\\.cursor\\mcp.json');
  assert.is(cursorFile('project', linux()), '/home/me/work/repo/.cursor/mcp.json');
  assert.is(cursorFile('project', win()), 'C:\\Users\\me\\work\\repo\\.cursor\\mcp.json');
});

test.run();
