// Control characters in values and file names (ESC/CSI/OSC, a lone CR, C1, bidi overrides) never reach the
// terminal raw: human-readable output shows them as escapes (\x1b, \u202e); --json stays valid JSON with the
// same values, written with \u escapes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { jsonTerminalSafe, terminalSafe } from '../../src/core/render/terminal-safe.js';
import { mcpctl, tempDir } from '../helpers/cli.js';

// ESC, CR, C1 CSI, BEL (ends an OSC), DEL, bidi override
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ERASE_LINE = '\u001b[1A\u001b[2K';
const TITLE = '\u001b]0;pwned\u0007';

const clean = (text: string, what: string) =>
  assert.not.match(text, RAW, `${what} has a raw control character: ${JSON.stringify(text)}`);

test('terminalSafe: controls become visible escapes; tab, newline, CRLF and our own colour stay', () => {
  assert.is(terminalSafe(`a${ERASE_LINE}b`), 'a\\x1b[1A\\x1b[2Kb');
  assert.is(terminalSafe(`x\ry\r\n\tz`), 'x\\x0dy\r\n\tz');
  assert.is(terminalSafe('\u009b2J \u202egnp.exe \u0000'), '\\x9b2J \\u202egnp.exe \\x00');
  assert.is(terminalSafe('\u001b[32m+ add\u001b[39m', true), '\u001b[32m+ add\u001b[39m');
  assert.is(terminalSafe('\u001b[32m+ add\u001b[39m', false), '\\x1b[32m+ add\\x1b[39m');
  assert.is(terminalSafe(`\u001b[31m${ERASE_LINE}`, true), '\u001b[31m\\x1b[1A\\x1b[2K');
  assert.is(terminalSafe('plain ünïcode ✔'), 'plain ünïcode ✔');
  const json = jsonTerminalSafe(JSON.stringify({ v: '\u009b\u202e\u007f' }));
  clean(json, 'json');
  assert.equal(JSON.parse(json), { v: '\u009b\u202e\u007f' });
});

test('values in mcp.yaml: plan, apply and validate errors show them escaped; --json keeps them exactly', () => {
  const dir = tempDir();
  // ESC, C1 and NUL are refused at validate (Codex cannot start a server with them); the error never shows them raw
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\nservers:\n  notes:\n    command: uvx\n    args: [${JSON.stringify(`x${ERASE_LINE}${TITLE}\u009b2J`)}]\n`,
  );
  const refused = mcpctl(['plan'], { cwd: dir });
  assert.is(refused.code, 2, refused.stderr);
  clean(refused.stdout + refused.stderr, 'plan of a refused value');
  // what validate lets through (a lone CR, a bidi override) still reaches the terminal escaped
  const value = `x\u202eevil\ry`;
  writeFileSync(
    join(dir, 'mcp.yaml'),
    `version: 1\nservers:\n  notes:\n    command: uvx\n    args: [${JSON.stringify(value)}]\n`,
  );
  const plan = mcpctl(['plan'], { cwd: dir });
  assert.is(plan.code, 1, plan.stderr); // uvx of an unpinned "package": the lint error apply would refuse on
  clean(plan.stdout, 'plan stdout');
  clean(plan.stderr, 'plan stderr');
  // the diff shows TOML's own escapes; the lint warning quotes the value, escaped for the terminal
  assert.match(plan.stderr, /x\\u202eevil\\x0dy/);
  const json = mcpctl(['plan', '--json'], { cwd: dir });
  clean(json.stdout, 'plan --json');
  assert.ok(
    JSON.stringify(JSON.parse(json.stdout)).includes(JSON.stringify(value).slice(1, -1)),
    'the JSON value is the original value',
  );
  const apply = mcpctl(['apply', '--yes'], { cwd: dir });
  clean(apply.stdout + apply.stderr, 'apply');
  // a value in an error message (a server name Codex refuses)
  writeFileSync(
    join(dir, 'bad.yaml'),
    `version: 1\nservers:\n  ${JSON.stringify(`a${ERASE_LINE}b`)}:\n    command: uvx\n`,
  );
  const bad = mcpctl(['validate', '-f', 'bad.yaml'], { cwd: dir });
  assert.is(bad.code, 2);
  clean(bad.stderr, 'validate stderr');
  const badJson = mcpctl(['validate', '-f', 'bad.yaml', '--json'], { cwd: dir });
  clean(badJson.stdout, 'validate --json');
  JSON.parse(badJson.stdout);
});

test('file names: scan (the fast path and the full CLI) shows them escaped', () => {
  const dir = tempDir();
  const name = `a${ERASE_LINE}\u202etxt.env`;
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', name), 'GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rTh3D0cs0000000000\n');
  const fast = mcpctl(['scan', join('src', name)], { cwd: dir });
  assert.is(fast.code, 1, fast.stderr);
  clean(fast.stdout + fast.stderr, 'scan FILE');
  assert.match(fast.stdout, /a\\x1b\[1A\\x1b\[2K\\u202etxt\.env/);
  const full = mcpctl(['scan', '--staged', 'false', 'src'], { cwd: dir });
  clean(full.stdout + full.stderr, 'scan DIR');
  const json = mcpctl(['scan', '--format', 'json', 'src'], { cwd: dir });
  clean(json.stdout, 'scan --format json');
  assert.ok(JSON.stringify(JSON.parse(json.stdout)).includes('\\u001b[1A'), 'the JSON file name is the original name');
  const missing = mcpctl(['validate', '-f', `no${ERASE_LINE}.yaml`], { cwd: dir });
  assert.is(missing.code, 2);
  clean(missing.stderr, 'missing file error');
  const usage = mcpctl(['plan', `--bo${ERASE_LINE}gus`], { cwd: dir });
  assert.is(usage.code, 2);
  clean(usage.stderr, 'usage error');
});

test.run();
