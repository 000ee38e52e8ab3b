// import reads back what mcpctl itself wrote: the launcher and headers-helper lines of ${secret:}/composed
// values become the mcp.yaml references they came from (wherever the launcher lives, whatever options a
// later version adds), the store's variables are not the server's; env_vars sources are carried; names
// mcp.yaml cannot hold are left unmanaged with a note.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileCodex } from '../../src/core/compile/codex.js';
import type { Launcher } from '../../src/core/compile/codex.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import type { McpFile } from '../../src/core/generated/mcp-types.js';
import { importCodex } from '../../src/core/import-codex.js';
import { loadYaml } from '../../src/core/load.js';
import { mcpYamlText } from '../../src/core/render/mcp-yaml.js';
import { renderServerBlock } from '../../src/core/toml/render.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { validate } from '../../src/core/validate.js';

const SPEC: McpFile = {
  version: 1,
  servers: {
    github: {
      command: 'npx',
      args: ['-y', '@modelcontextprotocol/server-github@2025.4.8', '--token-file=${env:HOME}/t', 'cost: $${5}'],
      env: {
        GITHUB_PERSONAL_ACCESS_TOKEN: '${secret:github/pat}',
        LOG: 'debug',
        HOME_DIR: '${env:HOME_DIR}',
        URL: 'https://u:${env:T}@x',
      },
      cwd: '/srv',
    },
    plain: {
      command: 'uvx',
      args: ['tool', '$${literal}'],
      env: { API: '${secret:plain/api}', DBUS_SESSION_BUS_ADDRESS: '${env:DBUS_SESSION_BUS_ADDRESS}' },
    },
    web: {
      url: 'https://mcp.example.com/mcp',
      headers: {
        'X-Api-Key': '${secret:web/key}',
        Authorization: 'Bearer ${env:WEB_TOKEN}',
        'X-Team': 'team-${secret:web/team}',
        'X-Client': 'codex',
      },
    },
  },
};

function compile(spec: McpFile, launcher: Launcher): Map<string, TomlTable> {
  const text = mcpYamlText(spec, []);
  const doc = loadYaml(text, 'mcp.yaml');
  const v = validate(doc, schema);
  assert.equal(v.diagnostics, []);
  if (!v.spec) throw new Error('invalid');
  const c = compileCodex(v.spec, doc, { launcher });
  assert.equal(c.diagnostics, []);
  return c.servers;
}

/** Writes the tables as config.toml text and reads them back, as import does. */
function throughToml(servers: Map<string, TomlTable>): Map<string, TomlTable> {
  const text = [...servers].map(([n, t]) => renderServerBlock(n, t)).join('\n');
  const out = new Map<string, TomlTable>();
  for (const [n, s] of readTarget(text, 'config.toml').servers) out.set(n, s.value);
  return out;
}

/** A later launcher may take options of its own before the server's (where the store is, …). */
function withStoreOptions(servers: Map<string, TomlTable>): Map<string, TomlTable> {
  for (const t of servers.values()) {
    const args = t['args'];
    if (Array.isArray(args)) {
      const at = args.indexOf('exec');
      if (at >= 0)
        args.splice(at + 1, 0, '--store-dir', '/home/u/.config/mcpctl', '--secrets-file=/home/u/s.age', '--quiet');
      if (at >= 0) args.splice(at, 0, '--data-dir', '/home/u/.local/share/x');
    }
    const helper = t['http_headers_helper'];
    if (typeof helper === 'string')
      t['http_headers_helper'] = helper.replace(' headers ', " headers --store-dir '/home/u/my store' ");
  }
  return servers;
}

const LAUNCHERS: Array<[string, Launcher]> = [
  [
    'node + the package bin',
    { command: '/usr/local/bin/node', args: ['/home/u/.npm/_npx/3f2a/node_modules/mcpctl/bin/mcpctl.cjs'] },
  ],
  [
    'a versioned copy in the data folder',
    {
      command: '/home/u/.nvm/versions/node/v20.20.0/bin/node',
      args: ['/home/u/.local/share/mcpctl/launcher/0.9.0/launcher.cjs'],
    },
  ],
  ['MCPCTL_LAUNCHER', { command: '/opt/mcpctl/bin/mcpctl', args: [] }],
];

for (const [what, launcher] of LAUNCHERS) {
  test(`the launcher and headers helper read back as the references they came from (${what})`, () => {
    for (const mangle of [(m: Map<string, TomlTable>) => m, withStoreOptions]) {
      const tables = throughToml(mangle(compile(SPEC, launcher)));
      // really written through the launcher and the helper
      assert.ok(String(tables.get('github')?.['args']).includes('exec'));
      assert.type(tables.get('web')?.['http_headers_helper'], 'string');
      const { file, moves, notes, skipped } = importCodex(tables);
      assert.equal(moves, []);
      assert.equal(notes, []);
      assert.equal(skipped, []);
      assert.equal(file.servers, SPEC.servers);
      // and it compiles back to the very same tables
      assert.equal(throughToml(compile(file, launcher)), throughToml(compile(SPEC, launcher)));
    }
  });
}

test('a launcher line that says where the store is and unsets what only its templates read', () => {
  // the shape of a later launcher: store flags, --unset for a variable forwarded only for a template, the bus forwarded
  const tables = new Map<string, TomlTable>([
    [
      'github',
      {
        command: '/usr/bin/node',
        args: [
          '/home/u/.local/share/mcpctl/launcher/0.2.0-1a2b/mcpctl.cjs',
          'exec',
          '--server',
          'github',
          '--config-dir',
          '/home/u/cfg',
          '--secrets-file',
          '/home/u/s.age',
          '--bus',
          'unix:path=/run/user/1000/bus',
          '--env',
          'GITHUB_PERSONAL_ACCESS_TOKEN=${secret:github/pat}',
          '--env',
          'URL=https://u:${env:T}@x',
          '--unset',
          'T',
          '--templates',
          '--',
          'npx',
          '-y',
          'srv@1.0.0',
          '--token-file=${env:HOME}/t',
        ],
        env: { LOG: 'debug' },
        env_vars: ['HOME_DIR', 'T', 'DBUS_SESSION_BUS_ADDRESS', 'XDG_RUNTIME_DIR'],
      },
    ],
  ]);
  const { file, notes, moves } = importCodex(tables);
  assert.equal([notes, moves], [[], []]);
  assert.equal(file.servers?.['github'], {
    command: 'npx',
    args: ['-y', 'srv@1.0.0', '--token-file=${env:HOME}/t'],
    env: {
      LOG: 'debug',
      HOME_DIR: '${env:HOME_DIR}',
      GITHUB_PERSONAL_ACCESS_TOKEN: '${secret:github/pat}',
      URL: 'https://u:${env:T}@x',
    },
  });
});

test("a command that is not mcpctl's launcher is imported as it is", () => {
  const tables = new Map<string, TomlTable>([
    ['a', { command: 'docker', args: ['exec', '--server', 'x', '--', 'sh'] }],
    ['b', { command: 'node', args: ['/x/other.cjs', 'exec', '--env', 'A=${secret:x}', '--', 'srv'] }],
    ['c', { url: 'https://x', http_headers_helper: 'sh /x/headers.sh headers --header A=b' }],
  ]);
  const { file, notes } = importCodex(tables);
  assert.equal(file.servers?.['a'], { command: 'docker', args: ['exec', '--server', 'x', '--', 'sh'] });
  assert.equal(file.servers?.['b'], {
    command: 'node',
    args: ['/x/other.cjs', 'exec', '--env', 'A=$${secret:x}', '--', 'srv'],
  });
  assert.equal(file.servers?.['c'], { url: 'https://x' });
  assert.equal(
    notes.map((n) => [n.server, n.key]),
    [['c', 'http_headers_helper']],
  );
});

test('a plaintext token written by hand into a launcher or helper line still moves to the store', () => {
  const pat = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
  const tables = new Map<string, TomlTable>([
    ['a', { command: '/usr/local/bin/mcpctl', args: ['exec', '--env', `TOKEN=${pat}`, '--', 'srv'] }],
    [
      'b',
      { url: 'https://x', http_headers_helper: `/usr/local/bin/mcpctl headers --server b --header 'X-Key=${pat}'` },
    ],
  ]);
  const { file, moves } = importCodex(tables);
  assert.equal(
    moves.map((m) => [m.name, m.from]),
    [
      ['a/TOKEN', 'mcp_servers.a.args (--env TOKEN)'],
      ['b/X-Key', 'mcp_servers.b.http_headers_helper (--header X-Key)'],
    ],
  );
  assert.equal(file.servers?.['a'], { command: 'srv', env: { TOKEN: '${secret:a/TOKEN}' } });
  assert.equal(file.servers?.['b'], { url: 'https://x', headers: { 'X-Key': '${secret:b/X-Key}' } });
});

test('env_vars sources are carried into codex.env_vars_source and compiled back', () => {
  const before = new Map<string, TomlTable>([
    ['s', { command: 'srv', env_vars: ['PLAIN', { name: 'LOC', source: 'local' }, { name: 'REM', source: 'remote' }] }],
  ]);
  const { file, notes } = importCodex(before);
  assert.equal(notes, []);
  assert.equal(file.servers?.['s'], {
    command: 'srv',
    env: { PLAIN: '${env:PLAIN}', LOC: '${env:LOC}', REM: '${env:REM}' },
    codex: { env_vars_source: { LOC: 'local', REM: 'remote' } },
  });
  assert.equal(compile(file, LAUNCHERS[0]?.[1] ?? { command: 'x', args: [] }).get('s'), before.get('s'));
});

test('a source for a variable the server does not forward is an error', () => {
  const spec: McpFile = {
    version: 1,
    servers: { s: { command: 'srv', codex: { env_vars_source: { REM: 'remote' } } } },
  };
  const text = mcpYamlText(spec, []);
  const doc = loadYaml(text, 'mcp.yaml');
  const v = validate(doc, schema);
  if (!v.spec) throw new Error('invalid');
  const c = compileCodex(v.spec, doc);
  assert.equal(
    c.diagnostics.map((d) => [d.code, d.path]),
    [['E_REF', 'servers.s.codex.env_vars_source.REM']],
  );
});

test('a server name mcp.yaml cannot hold is left unmanaged with a note, and the rest still validates', () => {
  const before = new Map<string, TomlTable>([
    ['dotted.name.server', { command: 'a' }],
    ['codex_apps', { command: 'b' }],
    ['ok', { command: 'c' }],
  ]);
  const { file, notes, skipped } = importCodex(before);
  assert.equal(skipped, ['dotted.name.server', 'codex_apps']);
  assert.equal(Object.keys(file.servers ?? {}), ['ok']);
  assert.equal(
    notes.map((n) => [n.server, n.key]),
    [
      ['dotted.name.server', 'name'],
      ['codex_apps', 'name'],
    ],
  );
  assert.match(notes[0]?.message ?? '', /unmanaged/);
  const doc = loadYaml(mcpYamlText(file, []), 'mcp.yaml');
  assert.equal(validate(doc, schema).diagnostics, []);
});

test.run();
