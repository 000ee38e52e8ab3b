// Cursor as a target, checked against its documentation with golden files (no Cursor runs here):
// cursor.com/docs/mcp (§ Configuration locations, § STDIO server configuration, § Remote servers,
// § Config interpolation). `mcpctl apply --yes` by the built CLI, user and project scope, exact bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
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

const PAT = 'ghp_CursorGoldenTestValue000000000000000';
const SCOPES: EditorScope[] = ['project', 'user'];

function applied(scope: EditorScope) {
  const p = editorProject('cursor', 'basic', scope);
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
    assertGolden(fixture('cursor', 'basic', 'expected.mcp.json'), portable(text, p.dir));
    assert.not.ok(text.includes(PAT), 'no secret value in the file');
    const again = p.run('apply', '--yes');
    assert.is(again.code, 0, again.stderr);
    assert.is(readFileSync(p.file, 'utf8'), text);
    const plan = p.run('plan');
    assert.is(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /No changes/);
  });
}

test('docs § Configuration locations: project .cursor/mcp.json beside mcp.yaml, user ~/.cursor/mcp.json', () => {
  for (const scope of SCOPES) {
    const { p } = applied(scope);
    assert.ok(p.file.endsWith(scope === 'project' ? '/.cursor/mcp.json' : '/home/.cursor/mcp.json'), p.file);
  }
});

test('docs § STDIO server configuration: mcpServers.<name> with type "stdio", command, args, env, envFile', () => {
  const { text } = applied('project');
  const local = entryOf(serversOf(text, 'mcpServers'), 'local');
  assert.equal(Object.keys(local), ['type', 'command', 'args', 'env', 'envFile']);
  assert.is(local['type'], 'stdio');
  assert.is(local['command'], 'npx');
  assert.is(local['envFile'], '.env.acme');
});

test('docs § Remote servers: url and headers, no type (as the docs show it)', () => {
  const { text } = applied('project');
  const remote = entryOf(serversOf(text, 'mcpServers'), 'remote');
  assert.equal(remote, {
    url: 'https://mcp.example.com/mcp',
    headers: { 'X-Team': 'platform', Authorization: 'Bearer ${env:EXAMPLE_TOKEN}' },
  });
});

test('docs § Config interpolation: ${env:NAME} in args, env and headers; no other ${…} where Cursor expands', () => {
  const { text } = applied('project');
  const servers = serversOf(text, 'mcpServers');
  const local = entryOf(servers, 'local');
  assert.equal(local['args'], ['-y', '@acme/server@1.2.3', '--data', '${env:ACME_DATA}']);
  assert.equal(local['env'], { LOG_LEVEL: 'debug', ACME_API_KEY: '${env:ACME_API_KEY}' });
  // Cursor resolves ${env:NAME}, ${userHome}, ${workspaceFolder}, ${workspaceFolderBasename}, ${pathSeparator}, ${/}:
  // every ${ in the file is one of our ${env:NAME}, so a literal "${workspaceFolder}" of mcp.yaml is never expanded
  for (const s of strings(servers))
    for (const m of s.matchAll(/\$\{[^}]*\}/g)) assert.match(m[0], /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/, s);
});

test('secrets, fallbacks and literal ${…}: through the launcher, which resolves them when Cursor starts it', () => {
  const { p, text } = applied('project');
  const servers = serversOf(text, 'mcpServers');
  const secret = runEntry(entryOf(servers, 'secret'), p.env, p.dir);
  assert.is(secret.code, 0, secret.stderr);
  assert.is(secret.stdout, `${PAT} \${workspaceFolder}/out`); // the secret, and the literal text as mcp.yaml meant it
  const fallback = runEntry(entryOf(servers, 'fallback'), p.env, p.dir);
  assert.is(fallback.stdout, 'eu-west-1');
  const set = runEntry(entryOf(servers, 'fallback'), { ...p.env, ACME_REGION: 'us-east-2' }, p.dir);
  assert.is(set.stdout, 'us-east-2');
});

test('a disabled server is not written (Cursor has no off switch in its file)', () => {
  const { text } = applied('user');
  assert.not.ok('off' in serversOf(text, 'mcpServers'));
});

test('refused: cwd, enabled_tools, envFile on a url: exit 2, nothing written', () => {
  const p = editorProject('cursor', 'refused', 'project');
  const r = p.run('apply', '--yes');
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assertGolden(fixture('cursor', 'refused', 'expected.stderr.txt'), scrub(r.stderr, p.dir));
  assert.is(readText(p.file), null);
  const plan = p.run('plan');
  assert.is(plan.code, 2);
  assert.is(plan.stderr, r.stderr);
});

test('strict JSON: a comment or a trailing comma in mcp.json is refused with file:line:col, exit 2, nothing written', () => {
  for (const [bad, at] of [
    ['{\n  // mine\n  "mcpServers": {}\n}\n', ':2:3'],
    ['{\n  "mcpServers": {\n    "x": {"command": "a"},\n  }\n}\n', ':3:26'],
  ] as const) {
    const p = editorProject('cursor', 'basic', 'project', 'existing.mcp.json');
    writeFileSync(p.file, bad);
    setSecret(p, 'github/pat', PAT);
    const r = p.run('apply', '--yes');
    assert.is(r.code, 2, r.stderr);
    assert.ok(r.stderr.includes(`${p.file}${at}`), r.stderr);
    assert.is(readFileSync(p.file, 'utf8'), bad);
  }
});

test.run();
