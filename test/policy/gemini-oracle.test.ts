// The real Gemini CLI (0.61.0) enforces what `mcpctl policy render --target gemini` writes, as its system
// settings (GEMINI_CLI_SYSTEM_SETTINGS_PATH): a server outside mcp.allowed or in mcp.excluded is "Blocked" in
// `gemini mcp list`, the others are not. Gemini CLI reads a system file only when it and every folder above
// it belong to root and nobody else may write them: the file goes in a 0755 folder under root's home.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { gemini, parseList } from '../helpers/gemini.js';
import { repo } from './_helpers.js';

const POLICY = `version: 1
servers:
  allow:
    - name: alpha
    - name: beta
      command: [node, "-e", "*"]
  deny:
    - name: beta
      url: "https://never.example/*"
    - name: gamma
`;

const SPEC = `version: 1
targets: { gemini: {} }
servers:
  alpha: { command: node, args: ["-e", "0"] }
  beta: { command: node, args: ["-e", "1"] }
  gamma: { command: node, args: ["-e", "2"] }
  delta: { command: node, args: ["-e", "3"] }
`;

test('the real Gemini CLI blocks what the rendered system settings do not allow', async () => {
  assert.ok(
    process.getuid?.() === 0,
    'Gemini CLI reads system settings only from root-owned folders: run the suite as root (CI does)',
  );
  const dir = repo({ 'org.yaml': POLICY, 'mcp.yaml': SPEC });
  const home = tempDir('mcpctl-home-');
  const applied = mcpctl(['apply', '--yes'], { cwd: dir, env: { HOME: home } });
  assert.is(applied.code, 0, applied.stderr);
  const rendered = mcpctl(['policy', 'render', '--target', 'gemini', '--policy', 'org.yaml'], { cwd: dir });
  assert.is(rendered.code, 0, rendered.stderr);
  const sys = mkdtempSync(join(homedir(), '.mcpctl-gemini-system-'));
  try {
    chmodSync(sys, 0o755);
    writeFileSync(join(sys, 'settings.json'), rendered.stdout, { mode: 0o644 });
    const env = { HOME: home, GEMINI_CLI_SYSTEM_SETTINGS_PATH: join(sys, 'settings.json') };
    const r = await gemini(['mcp', 'list'], { cwd: dir, env });
    const listed = parseList(r.stdout + r.stderr);
    assert.not.match(r.stdout + r.stderr, 'Security Warning', 'Gemini CLI read the system file');
    assert.is.not(listed.get('alpha')?.status, 'Blocked');
    assert.is.not(listed.get('beta')?.status, 'Blocked');
    assert.is(listed.get('gamma')?.status, 'Blocked'); // denied by name
    assert.is(listed.get('delta')?.status, 'Blocked'); // not in the allow list
    const control = parseList(
      Object.values(await gemini(['mcp', 'list'], { cwd: dir, env: { HOME: home } })).join('\n'),
    );
    assert.is.not(control.get('delta')?.status, 'Blocked', 'without the system file nothing is blocked');
  } finally {
    rmSync(sys, { recursive: true, force: true });
  }
});

test.run();
