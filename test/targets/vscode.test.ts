// VS Code as a target, checked against its documentation and source with golden files (no VS Code runs here):
// the MCP configuration reference (code.visualstudio.com/docs/copilot/reference/mcp-configuration: "Configuration
// file", "Standard I/O (stdio) servers", "HTTP and Server-Sent Events (SSE) servers"), the variables reference
// (code.visualstudio.com/docs/reference/variables-reference) and the mcp.json schema (vscode
// src/vs/workbench/contrib/mcp/common/mcpConfiguration.ts). `mcpctl apply --yes` by the built CLI, user and
// project scope, exact bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { assertGolden } from '../helpers/golden.js';
import { scrub } from '../helpers/cli.js';
import {
  editorProject,
  entryOf,
  fixture,
  portable,
  readText,
  runEntry,
  serversOf,
  setSecret,
  strings,
} from './_editor.js';
import type { EditorScope } from './_editor.js';

const PAT = 'ghp_VsCodeGoldenTestValue0000000000000000';
const SCOPES: EditorScope[] = ['project', 'user'];

function applied(scope: EditorScope) {
  const p = editorProject('vscode', 'basic', scope);
  setSecret(p, 'github/pat', PAT);
  const r = p.run('apply', '--yes');
  assert.is(r.code, 0, r.stderr);
  const text = readText(p.file);
  assert.ok(text !== null, `apply wrote ${p.file}`);
  return { p, text: text ?? '' };
}

for (const scope of SCOPES) {
  test(`basic (${scope}): apply --yes writes the golden file; re-applying is a no-op and plan says "No changes"`, () => {
    const { p, text } = applied(scope);
    assertGolden(fixture('vscode', 'basic', 'expected.mcp.json'), portable(text, p.dir));
    assert.not.ok(text.includes(PAT), 'no secret value in the file');
    const again = p.run('apply', '--yes');
    assert.is(again.code, 0, again.stderr);
    assert.is(readFileSync(p.file, 'utf8'), text);
    const plan = p.run('plan');
    assert.is(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /No changes/);
  });
}

test('docs "Configuration file": .vscode/mcp.json in the workspace, the user profile mcp.json (Linux ~/.config/Code/User)', () => {
  for (const scope of SCOPES) {
    const { p } = applied(scope);
    assert.ok(p.file.endsWith(scope === 'project' ? '/.vscode/mcp.json' : '/home/.config/Code/User/mcp.json'), p.file);
  }
});

test('docs "Standard I/O (stdio) servers": servers.<name> with type "stdio" (required), command, args, env, cwd, envFile', () => {
  const { text } = applied('project');
  const local = entryOf(serversOf(text, 'servers'), 'local');
  assert.equal(Object.keys(local), ['type', 'command', 'args', 'env', 'cwd', 'envFile']);
  assert.is(local['type'], 'stdio');
  assert.is(local['cwd'], '/srv/acme');
  // envFile is VS Code's own key, passed through as written: VS Code expands ${workspaceFolder} in it (schema example)
  assert.is(local['envFile'], '${workspaceFolder}/.env.acme');
});

test('docs "HTTP and SSE servers": type "http" (required), url, headers', () => {
  const { text } = applied('project');
  assert.equal(entryOf(serversOf(text, 'servers'), 'remote'), {
    type: 'http',
    url: 'https://mcp.example.com/mcp',
    headers: { 'X-Team': 'platform', Authorization: 'Bearer ${env:EXAMPLE_TOKEN}' },
  });
});

test('type is written for every server (the docs mark it required; VS Code only guesses it when absent)', () => {
  const { text } = applied('user');
  for (const [name, e] of Object.entries(serversOf(text, 'servers')))
    assert.ok(['stdio', 'http'].includes(String(entryOf({ [name]: e }, name)['type'])), name);
});

test('variables reference: ${env:NAME}; every other ${…} is a VS Code variable, so none of ours reaches the file', () => {
  const { text } = applied('project');
  const servers = serversOf(text, 'servers');
  const local = entryOf(servers, 'local');
  assert.equal(local['args'], ['-y', '@acme/server@1.2.3', '--data', '${env:ACME_DATA}']);
  assert.equal(local['env'], { LOG_LEVEL: 'debug', ACME_API_KEY: '${env:ACME_API_KEY}' });
  // VS Code expands every string (and key) of the entry: the only ${…} are our ${env:NAME} and the envFile as written
  for (const s of strings(servers))
    for (const m of s.matchAll(/\$\{[^}]*\}/g))
      assert.ok(/^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/.test(m[0]) || s === '${workspaceFolder}/.env.acme', s);
});

test('secrets, fallbacks and literal ${…}: through the launcher, which resolves them when VS Code starts it', () => {
  const { p, text } = applied('project');
  const servers = serversOf(text, 'servers');
  const secret = runEntry(entryOf(servers, 'secret'), p.env, p.dir);
  assert.is(secret.code, 0, secret.stderr);
  assert.is(secret.stdout, `${PAT} \${workspaceFolder}/out`);
  assert.is(runEntry(entryOf(servers, 'fallback'), p.env, p.dir).stdout, 'eu-west-1');
  assert.is(runEntry(entryOf(servers, 'fallback'), { ...p.env, ACME_REGION: 'us-east-2' }, p.dir).stdout, 'us-east-2');
});

test('a disabled server is not written (VS Code has no off switch in mcp.json)', () => {
  const { text } = applied('project');
  assert.not.ok('off' in serversOf(text, 'servers'));
});

test('refused: a secret in cwd, disabled_tools, envFile on a url: exit 2, nothing written', () => {
  const p = editorProject('vscode', 'refused', 'project');
  const r = p.run('apply', '--yes');
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assertGolden(fixture('vscode', 'refused', 'expected.stderr.txt'), scrub(r.stderr, p.dir));
  assert.is(readText(p.file), null);
  const plan = p.run('plan');
  assert.is(plan.code, 2);
  assert.is(plan.stderr, r.stderr);
});

for (const scope of SCOPES) {
  test(`JSONC (${scope}): comments, trailing commas, inputs, tabs and CRLF survive apply; add-then-remove gives the bytes back`, () => {
    const p = editorProject('vscode', 'jsonc', scope, 'existing.mcp.json');
    const original = readFileSync(p.file, 'utf8');
    const r = p.run('apply', '--yes');
    assert.is(r.code, 0, r.stderr);
    const after = readFileSync(p.file, 'utf8');
    assertGolden(fixture('vscode', 'jsonc', 'expected.mcp.json'), after);
    // every original byte is still there, in order: one insertion and nothing else
    const at = after.indexOf('\t\t"github"');
    assert.ok(at > 0);
    const inserted = after.length - original.length;
    assert.is(after.slice(0, at - 2) + after.slice(at - 2 + inserted), original);
    assert.not.match(after.replace(/\r\n/g, ''), /\n/, 'only CRLF line ends');
    // VS Code reads it as JSONC with trailing commas (mcpResourceScannerService: allowTrailingComma)
    const errors: ParseError[] = [];
    const doc: unknown = parse(after, errors, { allowTrailingComma: true });
    assert.equal(errors, []);
    assert.ok(doc !== null && typeof doc === 'object' && 'inputs' in doc);
    assert.match(p.run('plan').stdout, /No changes/);
    writeFileSync(join(p.dir, 'mcp.yaml'), `version: 1\ntargets:\n  vscode: {scope: ${scope}}\nservers: {}\n`);
    const rm = p.run('apply', '--yes');
    assert.is(rm.code, 0, rm.stderr);
    assert.is(readFileSync(p.file, 'utf8'), original);
  });
}

test.run();
