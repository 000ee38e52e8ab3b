// The headersHelper line mcpctl writes for Claude Code, run the way Claude Code 2.1.328 runs it (measured:
// `/bin/sh -c LINE`, its own environment plus CLAUDE_CODE_MCP_SERVER_NAME and CLAUDE_CODE_MCP_SERVER_URL, a
// 10 s limit, stdout a JSON object of string values): it prints the headers from the real secret store (an age
// file), quoting survives the shell, and a missing secret fails with the command to set it and prints nothing.
// (claude-oracle.test.ts shows the real claude running it and the server receiving the header.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

const SECRET = 'hh-Sekr3t-4d1b9c';

function helperLine(
  yamlHeaders: string,
  secret: string | null,
  store: (home: string) => Record<string, string> = () => ({}),
): { home: string; line: string } {
  const home = tempDir('mcpctl-claude-hh-');
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file', ...store(home) };
  if (secret !== null) assert.is(mcpctl(['secret', 'set', 'hh/token'], { cwd: home, env, input: secret }).code, 0);
  writeFileSync(
    join(home, 'mcp.yaml'),
    `version: 1\ntargets:\n  claude-code: {scope: user}\nservers:\n  api:\n    url: https://api.example/mcp\n    headers: ${yamlHeaders}\n`,
  );
  // a missing secret is refused at apply: write the file first, then take the secret away
  const apply = mcpctl(['apply', '--yes'], { cwd: home, env });
  assert.is(apply.code, 0, apply.stderr);
  const entry = JSON.parse(readFileSync(join(home, '.claude.json'), 'utf8')).mcpServers.api;
  assert.is(typeof entry.headersHelper, 'string');
  return { home, line: entry.headersHelper };
}

/** As Claude runs it: a shell, Claude's environment (no MCPCTL_* set), the two variables it adds, 10 s. */
function runAsClaude(home: string, line: string) {
  const r = spawnSync('/bin/sh', ['-c', line], {
    cwd: home,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      CLAUDE_CODE_MCP_SERVER_NAME: 'api',
      CLAUDE_CODE_MCP_SERVER_URL: 'https://api.example/mcp',
    },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('prints a JSON object of strings with the secret headers; shell characters in a value stay text', () => {
  const { home, line } = helperLine(
    `{Authorization: "Bearer \${secret:hh/token}", X-Q: "it's \`id\` $(touch pwned) \${secret:hh/token}"}`,
    SECRET,
  );
  assert.not.ok(line.includes(SECRET));
  const r = runAsClaude(home, line);
  assert.is(r.code, 0, r.stderr);
  const headers: unknown = JSON.parse(r.stdout);
  assert.equal(headers, { Authorization: `Bearer ${SECRET}`, 'X-Q': `it's \`id\` $(touch pwned) ${SECRET}` });
  assert.ok(Object.values(headers ?? {}).every((v) => typeof v === 'string'));
  assert.not.ok(spawnSync('test', ['-e', join(home, 'pwned')]).status === 0, 'nothing in a value ran');
});

test('a store moved with MCPCTL_SECRETS_FILE/MCPCTL_AGE_IDENTITY: the line says where, Claude need not', () => {
  const { home, line } = helperLine(`{Authorization: "Bearer \${secret:hh/token}"}`, SECRET, (h) => ({
    MCPCTL_SECRETS_FILE: join(h, 'vault', 'team.age'),
    MCPCTL_AGE_IDENTITY: join(h, 'vault', 'me.key'),
  }));
  assert.match(line, /vault\/team\.age/);
  const r = runAsClaude(home, line);
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout), { Authorization: `Bearer ${SECRET}` });
});

test('a secret gone from the store: non-zero exit, stderr names it and how to set it, no headers printed', () => {
  const { home, line } = helperLine(`{Authorization: "Bearer \${secret:hh/token}"}`, SECRET);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  assert.is(mcpctl(['secret', 'rm', 'hh/token'], { cwd: home, env }).code, 0);
  const r = runAsClaude(home, line);
  assert.ok(r.code !== 0);
  assert.is(r.stdout, '');
  assert.match(r.stderr, 'hh/token');
  assert.match(r.stderr, 'mcpctl secret set hh/token');
});

test.run();
