// import and the bridge: mcpctl proxy lines read back as the remote servers they forward to (so importing what
// apply wrote gives the same mcp.yaml, and the next plan changes nothing), and a plaintext token in a remote
// server's header of a client that cannot take one from the store moves there, the server going through the
// bridge from the next apply.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

// a token the detector knows (a canary made of words would look like a placeholder to it)
const TOKEN = `ghp_${rand(ALPHABET.alnum, 36)}`;

function home() {
  const h = tempDir('mcpctl-import-bridge-');
  const env = { HOME: h, MCPCTL_SECRET_BACKEND: 'file' };
  const dir = (name: string) => {
    const d = join(h, name);
    mkdirSync(d, { recursive: true });
    return { d, run: (...args: string[]) => mcpctl(args, { cwd: d, env }) };
  };
  return { h, env, dir };
}

test('the bridge lines apply wrote (Claude Desktop, Zed) import back as remote servers; the next plan changes nothing', () => {
  const { env, dir } = home();
  const a = dir('a');
  writeFileSync(
    join(a.d, 'mcp.yaml'),
    `version: 1
targets:
  claude-desktop: {}
  zed: {scope: user}
servers:
  remote:
    url: https://mcp.example.invalid/mcp?team=core
    headers:
      Authorization: Bearer \${secret:remote/token}
      X-Region: "\${env:REGION | value:eu}"
`,
  );
  assert.is(mcpctl(['secret', 'set', 'remote/token'], { cwd: a.d, env, input: TOKEN }).code, 0);
  const apply = a.run('apply', '--yes');
  assert.is(apply.code, 0, apply.stderr);

  const b = dir('b');
  const imp = b.run('import', '--from', 'claude-desktop', '--from', 'zed');
  assert.is(imp.code, 0, imp.stderr);
  const spec = parseYaml(readFileSync(join(b.d, 'mcp.yaml'), 'utf8'));
  assert.equal(spec.servers.remote, {
    url: 'https://mcp.example.invalid/mcp?team=core',
    headers: { Authorization: 'Bearer ${secret:remote/token}', 'X-Region': '${env:REGION | value:eu}' },
  });
  assert.equal(Object.keys(spec.targets).sort(), ['claude-desktop', 'zed']);
  const plan = b.run('plan');
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /No changes\./);
});

test('a plaintext token in a Cursor remote header moves to the store; the next apply bridges that server', () => {
  const { h, dir } = home();
  const p = dir('p');
  mkdirSync(join(h, '.cursor'), { recursive: true });
  writeFileSync(
    join(h, '.cursor', 'mcp.json'),
    JSON.stringify(
      { mcpServers: { gh: { url: 'https://mcp.example.invalid/gh', headers: { Authorization: `Bearer ${TOKEN}` } } } },
      null,
      2,
    ),
  );
  const imp = p.run('import', '--from', 'cursor');
  assert.is(imp.code, 0, imp.stderr);
  assert.match(
    imp.stderr,
    /header Authorization held a plaintext secret: it moves to the secret store, and from the next apply Cursor reaches this server through mcpctl proxy/,
  );
  assert.not.ok((imp.stdout + imp.stderr).includes(TOKEN));
  const yaml = readFileSync(join(p.d, 'mcp.yaml'), 'utf8');
  assert.not.ok(yaml.includes(TOKEN));
  assert.equal(parseYaml(yaml).servers.gh.headers, { Authorization: '${secret:gh/Authorization}' });
  const plan = p.run('plan');
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /~ update gh .*\[through mcpctl proxy: https:\/\/mcp\.example\.invalid\/gh\]/);
  assert.is(p.run('apply', '--yes').code, 0);
  const after = readFileSync(join(h, '.cursor', 'mcp.json'), 'utf8');
  assert.not.ok(after.includes(TOKEN), 'the token left the file');
  assert.match(after, /"proxy"/);
});

test.run();
