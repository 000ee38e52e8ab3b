// What `mcpctl test` prints is redacted and safe for the terminal in every field, text and JSON: a token in
// a failing server's arguments (quoted so the suggested command can be pasted), and whatever a server says
// about itself (name, version, tool names, error messages), escape sequences included.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALPHABET, rand } from '../secrets/_gen.js';
import { fixture, home, NODE, server, testJson, yamlString } from './_helpers.js';

// made up at run time: no value in this file looks like a credential
const TOKEN = `ghp_${rand(ALPHABET.alnum, 36)}`;
// ESC, BEL, CSI (C1) and the bidi override, raw: none may reach the terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function noLeak(label: string, text: string): void {
  assert.not.ok(text.includes(TOKEN), `${label}: the token is printed`);
  assert.not.ok(
    RAW_CONTROL.test(text),
    `${label}: a raw control character is printed: ${JSON.stringify(text.match(RAW_CONTROL)?.[0])}`,
  );
}

test("a token in a failing server's arguments: redacted in the hint as in launch.args, text and JSON; the command is shell-quoted", () => {
  const { run } = home(`version: 1
servers:
  failing:
    command: ${yamlString(NODE)}
    args: ["-e", "process.exit(4)", "it's two words", "--token=${TOKEN}"]
`);
  const { doc, stdout, stderr } = testJson(run);
  noLeak('json', stdout + stderr);
  const s = server(doc, 'failing');
  assert.is(s.failure?.kind, 'exited-early');
  const hint = s.failure?.hint ?? '';
  assert.ok(
    hint.includes(
      `run it by hand to see why: ${NODE} -e 'process.exit(4)' 'it'\\''s two words' '--token=(sensitive)' `,
    ),
    hint,
  );
  const text = run(['test']);
  noLeak('text', text.stdout + text.stderr);
  assert.ok(text.stdout.includes(`'--token=(sensitive)'`), text.stdout);
});

test('what a server reports (name, version, tool names, an error message): redacted, escape sequences made visible', () => {
  const { run } = home(`version: 1
servers:
  info:
    command: ${yamlString(NODE)}
    args: [${yamlString(fixture('hostile-info.mjs'))}, info, ${TOKEN}]
  error:
    command: ${yamlString(NODE)}
    args: [${yamlString(fixture('hostile-info.mjs'))}, error, ${TOKEN}]
`);
  const { doc, stdout, stderr } = testJson(run);
  noLeak('json', stdout + stderr);
  const info = server(doc, 'info');
  assert.is(info.status, 'ok');
  assert.ok(
    info.server_info?.name.startsWith('\\x1b]0;owned\\x07\\x1b[2J\\x1b[1A\\u202e\\x9b31mhostile (sensitive)'),
    info.server_info?.name,
  );
  assert.ok(info.server_info?.version.endsWith(' (sensitive)'), info.server_info?.version);
  assert.equal(info.tools?.names, [
    'ok_tool',
    'leak:(sensitive)',
    'bad\\x1b]0;owned\\x07\\x1b[2J\\x1b[1A\\u202e\\x9b31m\\x0aname',
  ]);
  const raw: string[] = [];
  JSON.stringify(doc, (_k, v: unknown) => {
    if (typeof v === 'string' && RAW_CONTROL.test(v)) raw.push(v);
    return v;
  });
  assert.equal(raw, [], 'no value of the JSON document holds a raw control character');
  const error = server(doc, 'error');
  assert.is(error.failure?.kind, 'protocol-error');
  assert.match(
    error.failure?.message ?? '',
    /^tools\/list failed: MCP error -32603: \\x1b\]0;owned\\x07.*database password rejected: \(sensitive\)$/,
  );
  const text = run(['test']);
  noLeak('text', text.stdout + text.stderr);
  assert.not.match(text.stdout, /^fake line/m, 'a newline from the server does not start a line of the report');
});

test("the server's config name is printed safely too (config.toml can hold any quoted name)", () => {
  const { run, dir } = home('');
  const config = join(dir, 'odd.toml');
  writeFileSync(config, `[mcp_servers."odd\\u001b[2Jname"]\ncommand = "no-such-mcp-command-xyz"\n`);
  const text = run(['test', '--config', config]);
  noLeak('text', text.stdout + text.stderr);
  assert.match(text.stdout, /odd\\x1b\[2Jname/);
});

test.run();
