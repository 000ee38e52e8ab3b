// Ownership, drift and adoption in the JSON clients' files, as for Codex: a server mcpctl did not write is
// listed as unmanaged and its bytes are never touched (not even when a managed server beside it goes); a server
// mcp.yaml declares under the name of an unmanaged one is a conflict (exit 4, nothing written) until it is
// adopted with --adopt (Codex keeps taking it over as before), and managed from then on; a hand edit to a
// managed entry shows as drift, and apply says it overwrites it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

interface Change {
  name: string;
  action: string;
  drift: boolean;
  adopt: boolean;
}

const CASES = [
  {
    client: 'cursor',
    file: '.cursor/mcp.json',
    // strict JSON, 4 spaces, another tool's key, no final newline
    text: '{\n    "mcpServers": {\n        "mine": {"command": "mine", "args": ["--keep"]}\n    },\n    "other": true\n}',
    mine: '"mine": {"command": "mine", "args": ["--keep"]}',
  },
  {
    client: 'vscode',
    file: '.vscode/mcp.json',
    // JSONC: comments, tabs, inputs
    text: '// team settings\n{\n\t"inputs": [],\n\t"servers": {\n\t\t// hand-written\n\t\t"mine": {"type": "stdio", "command": "mine"}\n\t}\n}\n',
    mine: '// hand-written\n\t\t"mine": {"type": "stdio", "command": "mine"}',
  },
] as const;

function project(client: string, file: string, text: string) {
  const dir = tempDir();
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  const spec = (servers: string) =>
    writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ntargets:\n  ${client}: {scope: project}\nservers:\n${servers}`);
  const plan = (extra: string[] = []) => {
    const r = run('plan', '--json', ...extra);
    assert.is(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as { targets: Array<{ unmanaged: string[] }>; changes: Change[] };
  };
  const read = () => readFileSync(join(dir, file), 'utf8');
  return { dir, run, spec, plan, read };
}

for (const c of CASES) {
  test(`${c.client}: a server mcpctl did not write is listed unmanaged and never touched`, () => {
    const p = project(c.client, c.file, c.text);
    p.spec('  a:\n    command: run-a\n');
    const first = p.plan();
    assert.equal(first.targets[0]?.unmanaged, ['mine']);
    assert.equal(
      first.changes.map((x) => [x.name, x.action, x.adopt]),
      [['a', 'create', false]],
    );
    assert.match(p.run('plan').stdout, /unmanaged, left as they are: mine/);
    assert.is(p.run('apply', '--yes').code, 0);
    assert.ok(p.read().includes(c.mine), `the unmanaged entry keeps its bytes:\n${p.read()}`);
    // a managed server goes, the unmanaged one beside it stays, byte for byte
    p.spec('  b:\n    command: run-b\n');
    const second = p.plan();
    assert.equal(second.changes.map((x) => [x.name, x.action]).sort(), [
      ['a', 'delete'],
      ['b', 'create'],
    ]);
    assert.is(p.run('apply', '--yes').code, 0);
    assert.ok(p.read().includes(c.mine), p.read());
    assert.not.ok(p.read().includes('run-a'));
    // and removing every server of mcp.yaml gives back the original file (add-then-remove)
    writeFileSync(join(p.dir, 'mcp.yaml'), `version: 1\ntargets:\n  ${c.client}: {scope: project}\nservers: {}\n`);
    assert.is(p.run('apply', '--yes').code, 0);
    assert.ok(p.read().includes(c.mine));
    assert.equal(p.plan().targets[0]?.unmanaged, ['mine']);
  });

  test(`${c.client}: a server declared under an unmanaged name is a conflict until --adopt, then managed`, () => {
    const p = project(c.client, c.file, c.text);
    p.spec('  mine:\n    command: theirs\n');
    // plan shows the clash and that apply would refuse it
    const shown = p.run('plan', '--json');
    assert.is(shown.code, 1, shown.stderr);
    const doc = JSON.parse(shown.stdout) as { changes: Change[]; blocking: Array<{ code: string; message: string }> };
    assert.equal(
      doc.changes.map((x) => [x.name, x.action, x.adopt]),
      [['mine', 'update', true]],
    );
    assert.equal(
      doc.blocking.map((d) => d.code),
      ['E_CONFLICT'],
    );
    assert.match(doc.blocking[0]?.message ?? '', /server "mine" is already in .*not by mcpctl/);
    // apply refuses with exit 4 and writes nothing
    const refused = p.run('apply', '--yes');
    assert.is(refused.code, 4, refused.stderr);
    assert.match(refused.stderr, /E_CONFLICT: mcp\.yaml:5:3: .*take it over with --adopt/s);
    assert.is(p.read(), c.text);
    // --adopt takes it over; from then on it is managed
    assert.is(p.plan(['--adopt']).changes.length, 1);
    const adopted = p.run('apply', '--yes', '--adopt');
    assert.is(adopted.code, 0, adopted.stderr);
    const after = p.plan();
    assert.equal(after.targets[0]?.unmanaged, []);
    assert.equal(
      after.changes.map((x) => [x.name, x.action, x.adopt]),
      [['mine', 'no-op', false]],
    );
  });

  test(`${c.client}: a hand edit to a managed entry shows as drift; apply says it overwrites it`, () => {
    const p = project(c.client, c.file, c.text);
    p.spec('  a:\n    command: run-a\n');
    assert.is(p.run('apply', '--yes').code, 0);
    const written = p.read();
    writeFileSync(join(p.dir, c.file), written.replace('"run-a"', '"run-by-hand"'));
    const plan = p.plan();
    const a = plan.changes.find((x) => x.name === 'a');
    assert.equal([a?.action, a?.drift], ['update', true]);
    assert.match(p.run('plan').stdout, /a .*\[drift: edited by hand since mcpctl wrote it\]/);
    const r = p.run('apply', '--yes');
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, /overwriting 1 managed server\(s\) edited by hand \(drift\)/);
    assert.is(p.read(), written);
    assert.ok(p.read().includes(c.mine));
  });
}

test('parity: Codex shows the same clash as adopt, not as a conflict', () => {
  const dir = tempDir();
  mkdirSync(join(dir, '.codex'));
  writeFileSync(join(dir, '.codex', 'config.toml'), '[mcp_servers.mine]\ncommand = "mine"\n');
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  mine:\n    command: theirs\n');
  const r = mcpctl(['plan', '--json'], { cwd: dir, env: { HOME: dir } });
  assert.is(r.code, 0, r.stderr);
  const changes: Change[] = JSON.parse(r.stdout).changes;
  assert.equal(
    changes.map((x) => [x.name, x.action, x.adopt]),
    [['mine', 'update', true]],
  );
});

test.run();
