// The real Claude Code (2.1.328) enforces what `mcpctl policy render --target claude-code` writes: a server its
// managed allow and deny lists refuse is left out of `claude mcp list`, the others stay. Claude Code reads
// managed-settings.json only from /etc/claude-code; its `--managed-settings JSON` flag takes the same
// policy-tier settings for one run, so the machine's /etc is never written.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { claude } from '../helpers/claude.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { repo } from './_helpers.js';

const SPEC = `version: 1
targets: { claude-code: {} }
servers:
  alpha: { command: node, args: ["-e", "0"] }
  beta: { command: node, args: ["-e", "1"] }
  delta: { command: node, args: ["-e", "3"] }
  gamma: { url: "http://127.0.0.1:9/mcp" }
`;

/** The names `claude mcp list` shows with the rendered managed settings. */
async function listed(dir: string, home: string, policy: string): Promise<{ names: string[]; notes: string }> {
  const r = mcpctl(['policy', 'render', '--target', 'claude-code', '--policy', 'org.yaml'], {
    cwd: repo({ 'org.yaml': policy }),
  });
  assert.is(r.code, 0, r.stderr);
  const out = await claude(['--managed-settings', r.stdout, 'mcp', 'list'], { cwd: dir, env: { HOME: home } });
  assert.is(out.code, 0, out.stderr);
  return { names: [...out.stdout.matchAll(/^([\w-]+): /gm)].map((m) => m[1] ?? '').sort(), notes: r.stderr };
}

test('the real Claude Code leaves out what the rendered managed settings refuse', async () => {
  const dir = repo({ 'mcp.yaml': SPEC });
  const home = tempDir('mcpctl-home-');
  const applied = mcpctl(['apply', '--yes'], { cwd: dir, env: { HOME: home } });
  assert.is(applied.code, 0, applied.stderr);
  const control = await claude(['mcp', 'list'], { cwd: dir, env: { HOME: home } });
  assert.equal([...control.stdout.matchAll(/^([\w-]+): /gm)].map((m) => m[1]).sort(), [
    'alpha',
    'beta',
    'delta',
    'gamma',
  ]);

  // by name, and a deny by command that wins over beta's name in the allow list
  const byName = await listed(
    dir,
    home,
    'version: 1\nservers:\n  allow: [{name: alpha}, {name: beta}, {name: gamma}]\n  deny: [{command: [node, "-e", "1"]}]\n',
  );
  assert.equal(byName.names, ['alpha', 'gamma']);

  // a command in the allow list: Claude Code then admits a local server only by its command, as the notes say
  const byCommand = await listed(
    dir,
    home,
    'version: 1\nservers:\n  allow: [{command: [node, "-e", "0"]}, {name: delta}, {name: gamma}]\n',
  );
  assert.equal(byCommand.names, ['alpha', 'gamma']);
  assert.match(byCommand.notes, /stricter: servers\.allow\[1\]: .*the name delta admits only a remote server/);
});

test.run();
