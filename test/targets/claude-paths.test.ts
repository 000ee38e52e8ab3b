// Where Claude Code's servers are, per scope (each measured with the real claude 2.1.328): .mcp.json beside
// mcp.yaml; ~/.claude.json, or $CLAUDE_CONFIG_DIR/.claude.json (then ~/.claude.json is not read), or
// .claude-custom-oauth.json with CLAUDE_CODE_CUSTOM_OAUTH_URL; local servers under projects[<git root>].
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { claudeContainer, claudeFile } from '../../src/core/targets/claude-code/paths.js';
import type { Where } from '../../src/core/targets/target.js';

const where = (env: Record<string, string> = {}, gitRoot?: string): Where => ({
  env,
  home: '/home/u',
  cwd: '/work/repo/sub',
  platform: 'linux',
  specDir: '/work/repo/sub',
  gitRoot,
});

test('files per scope and the variables that move them', () => {
  assert.is(claudeFile('project', where()), '/work/repo/sub/.mcp.json');
  assert.is(claudeFile('user', where()), '/home/u/.claude.json');
  assert.is(claudeFile('local', where()), '/home/u/.claude.json');
  assert.is(claudeFile('user', where({ CLAUDE_CONFIG_DIR: '/etc/cc' })), '/etc/cc/.claude.json');
  assert.is(claudeFile('user', where({ CLAUDE_CONFIG_DIR: '../cc' })), '/work/repo/cc/.claude.json');
  assert.is(
    claudeFile('user', where({ CLAUDE_CODE_CUSTOM_OAUTH_URL: 'https://o.example' })),
    '/home/u/.claude-custom-oauth.json',
  );
  assert.is(
    claudeFile('local', where({ CLAUDE_CONFIG_DIR: '/etc/cc', CLAUDE_CODE_CUSTOM_OAUTH_URL: 'https://o.example' })),
    '/etc/cc/.claude-custom-oauth.json',
  );
});

test('the servers object: top-level for user, the git root (else mcp.yaml folder) project for local', () => {
  assert.equal(claudeContainer('user', where()), ['mcpServers']);
  assert.equal(claudeContainer('project', where()), ['mcpServers']);
  assert.equal(claudeContainer('local', where({}, '/work/repo')), ['projects', '/work/repo', 'mcpServers']);
  assert.equal(claudeContainer('local', where()), ['projects', '/work/repo/sub', 'mcpServers']);
});

test.run();
