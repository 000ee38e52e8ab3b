// Zed, Windsurf, Antigravity and Claude Desktop: no CLI of theirs runs here, so what apply writes is checked
// against their documentation and source (docs/clients.md): where each file is per OS, the entries each
// reads, what each refuses by name, the lines mcpctl's launcher gets started with (run here as the client
// would run them: none of these expands anything in a launcher line), their files' other bytes kept, and an
// import of their own shapes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { antigravityFile } from '../../src/core/targets/antigravity/index.js';
import { CLAUDE_MSIX_PACKAGE, claudeDesktopFile } from '../../src/core/targets/claude-desktop/index.js';
import { windsurfFile } from '../../src/core/targets/windsurf/index.js';
import { bridgeOf } from '../../src/core/import-launcher.js';
import { zedFile } from '../../src/core/targets/zed/paths.js';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { darwin, linux, win } from '../helpers/where.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const SECRET = 'docs-clients-Sekr3t-41c9e2b7';

test('Zed: .zed/settings.json in a project; ~/.config/zed on Linux and macOS, %APPDATA%\\Zed on Windows', () => {
  assert.is(zedFile('project', linux()), '/home/me/work/repo/.zed/settings.json');
  assert.is(zedFile('user', linux()), '/home/me/.config/zed/settings.json');
  assert.is(zedFile('user', linux({ XDG_CONFIG_HOME: '/x' })), '/x/zed/settings.json');
  assert.is(zedFile('user', linux({ FLATPAK_XDG_CONFIG_HOME: '/f', XDG_CONFIG_HOME: '/x' })), '/f/zed/settings.json');
  assert.is(zedFile('user', darwin()), '/Users/me/.config/zed/settings.json');
  assert.is(
    zedFile('user', win({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' })),
    'C:\\Users\\me\\AppData\\Roaming\\Zed\\settings.json',
  );
  assert.is(zedFile('project', win()), 'C:\\Users\\me\\work\\repo\\.zed\\settings.json');
});

test('Windsurf: ~/.codeium/windsurf/mcp_config.json on every OS', () => {
  assert.is(windsurfFile('user', linux()), '/home/me/.codeium/windsurf/mcp_config.json');
  assert.is(windsurfFile('user', win()), 'C:\\Users\\me\\.codeium\\windsurf\\mcp_config.json');
});

test('Antigravity: ~/.gemini/config/mcp_config.json, the pre-2.0 file only while it alone is there', () => {
  assert.is(antigravityFile('project', linux()), '/home/me/work/repo/.agents/mcp_config.json');
  assert.is(antigravityFile('user', linux()), '/home/me/.gemini/config/mcp_config.json');
  const legacy = '/home/me/.gemini/antigravity/mcp_config.json';
  assert.is(antigravityFile('user', linux({}, [legacy])), legacy);
  assert.is(
    antigravityFile('user', linux({}, [legacy, '/home/me/.gemini/config/.migrated'])),
    '/home/me/.gemini/config/mcp_config.json',
  );
  assert.is(antigravityFile('user', win()), 'C:\\Users\\me\\.gemini\\config\\mcp_config.json');
});

test('Claude Desktop: the MSIX package folder on Windows when it is there, else %APPDATA%; macOS; Linux', () => {
  const name = 'claude_desktop_config.json';
  const env = { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local', APPDATA: 'C:\\Users\\me\\AppData\\Roaming' };
  const roaming = `C:\\Users\\me\\AppData\\Local\\Packages\\${CLAUDE_MSIX_PACKAGE}\\LocalCache\\Roaming`;
  assert.is(claudeDesktopFile('user', win(env)), `C:\\Users\\me\\AppData\\Roaming\\Claude\\${name}`);
  assert.is(claudeDesktopFile('user', win(env, [roaming])), `${roaming}\\Claude\\${name}`);
  assert.is(claudeDesktopFile('user', win({}, [])), `C:\\Users\\me\\AppData\\Roaming\\Claude\\${name}`);
  assert.is(claudeDesktopFile('user', darwin()), `/Users/me/Library/Application Support/Claude/${name}`);
  assert.is(claudeDesktopFile('user', linux()), `/home/me/.config/Claude/${name}`);
});

type Client = 'zed' | 'windsurf' | 'antigravity' | 'claude-desktop';

function project(client: Client, servers: string) {
  const home = tempDir('mcpctl-docs-clients-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  const scope = client === 'windsurf' || client === 'claude-desktop' ? '{}' : '{scope: user}';
  writeFileSync(join(dir, 'mcp.yaml'), `version: 1\ntargets:\n  ${client}: ${scope}\nservers:\n${servers}`);
  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const file = {
    zed: join(home, '.config', 'zed', 'settings.json'),
    windsurf: join(home, '.codeium', 'windsurf', 'mcp_config.json'),
    antigravity: join(home, '.gemini', 'config', 'mcp_config.json'),
    'claude-desktop': join(home, '.config', 'Claude', 'claude_desktop_config.json'),
  }[client];
  return { home, dir, env, file, run: (...args: string[]) => mcpctl(args, { cwd: dir, env }) };
}

const local = (report: string) => `  local:
    command: ${process.execPath}
    args: ["${REPORTER}", "${report}", "LIT", "FROM_ENV", "TOKEN"]
    env: {LIT: plain, FROM_ENV: "\${env:DOCS_X}", TOKEN: "\${secret:docs/token}"}
`;

/** Runs a written local entry as the client would start it (none of these expands anything first). */
function start(entry: { command: string; args: string[]; env: Record<string, string> }, home: string): void {
  const r = spawnSync(entry.command, entry.args, {
    env: { PATH: process.env['PATH'] ?? '', HOME: home, DOCS_X: 'from-env', ...entry.env },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.is(r.status, 0, r.stderr);
}

for (const client of ['zed', 'windsurf', 'antigravity', 'claude-desktop'] as const) {
  test(`${client}: the local server's entry starts it with its literal, its \${env:} value and its secret`, () => {
    const p = project(client, local(join(tempDir('mcpctl-docs-report-'), 'r.json')));
    const report = JSON.parse(JSON.stringify(parseYaml(readFileSync(join(p.dir, 'mcp.yaml'), 'utf8')))).servers.local
      .args[1] as string;
    assert.is(mcpctl(['secret', 'set', 'docs/token'], { cwd: p.dir, env: p.env, input: SECRET }).code, 0);
    const apply = p.run('apply', '--yes');
    assert.is(apply.code, 0, apply.stderr + apply.stdout);
    const text = readFileSync(p.file, 'utf8');
    assert.not.ok(text.includes(SECRET));
    const doc = JSON.parse(text) as Record<
      string,
      Record<string, { command: string; args: string[]; env: Record<string, string> }>
    >;
    const entry = doc[client === 'zed' ? 'context_servers' : 'mcpServers']?.['local'];
    assert.ok(entry, text);
    assert.is(entry.command, process.execPath);
    assert.equal(entry.args.slice(0, 4), [BIN, 'exec', '--server', 'local']);
    if (client === 'windsurf') {
      // Windsurf expands ${env:…} in args: the launcher's template goes percent-encoded; the variable is its own
      assert.ok(entry.args.includes('TOKEN=%24{secret:docs/token}'), JSON.stringify(entry.args));
      assert.equal(entry.env, { LIT: 'plain', FROM_ENV: '${env:DOCS_X}' });
      // started as Windsurf would: its ${env:NAME} filled in first
      const fill = (v: string) => v.replace(/\$\{env:(\w+)\}/g, (_m, n: string) => (n === 'DOCS_X' ? 'from-env' : ''));
      start(
        {
          command: fill(entry.command),
          args: entry.args.map(fill),
          env: { LIT: 'plain', FROM_ENV: fill(entry.env['FROM_ENV'] ?? '') },
        },
        p.home,
      );
      assert.equal(JSON.parse(readFileSync(report, 'utf8')).env, { LIT: 'plain', FROM_ENV: 'from-env', TOKEN: SECRET });
    } else {
      assert.ok(entry.args.includes('TOKEN=${secret:docs/token}'), JSON.stringify(entry.args));
      // expands nothing: the reference goes through the launcher too, and the entry holds only the literal
      assert.equal(entry.env, { LIT: 'plain' });
      assert.ok(entry.args.includes('FROM_ENV=${env:DOCS_X}'), JSON.stringify(entry.args));
      start(entry, p.home);
      assert.equal(JSON.parse(readFileSync(report, 'utf8')).env, { LIT: 'plain', FROM_ENV: 'from-env', TOKEN: SECRET });
    }
  });
}

test('remote servers: serverUrl for Windsurf and Antigravity, url for Zed; the bridge where they cannot send it', () => {
  const remote = `  web:
    url: https://mcp.example.invalid/mcp
    headers: {X-Team: core}
`;
  const withEnv = `  keyed:
    url: https://mcp.example.invalid/k
    headers: {Authorization: "Bearer \${env:DOCS_TOKEN}"}
`;
  const w = project('windsurf', remote + withEnv);
  assert.is(w.run('apply', '--yes').code, 0);
  assert.equal(JSON.parse(readFileSync(w.file, 'utf8')).mcpServers, {
    web: { serverUrl: 'https://mcp.example.invalid/mcp', headers: { 'X-Team': 'core' } },
    keyed: { serverUrl: 'https://mcp.example.invalid/k', headers: { Authorization: 'Bearer ${env:DOCS_TOKEN}' } },
  });
  const a = project('antigravity', remote);
  assert.is(a.run('apply', '--yes').code, 0);
  assert.equal(JSON.parse(readFileSync(a.file, 'utf8')).mcpServers, {
    web: { serverUrl: 'https://mcp.example.invalid/mcp', headers: { 'X-Team': 'core' } },
  });
  const z = project('zed', remote);
  assert.is(z.run('apply', '--yes').code, 0);
  assert.equal(JSON.parse(readFileSync(z.file, 'utf8')).context_servers, {
    web: { url: 'https://mcp.example.invalid/mcp', headers: { 'X-Team': 'core' } },
  });
  // a reference they cannot send themselves: the server goes through mcpctl's bridge, and plan says so
  for (const client of ['zed', 'antigravity'] as const) {
    const p = project(client, withEnv);
    const plan = p.run('plan');
    assert.is(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /\+ create keyed {2}\[through mcpctl proxy: https:\/\/mcp\.example\.invalid\/k\]/);
    assert.is(p.run('apply', '--yes').code, 0);
    const doc = JSON.parse(readFileSync(p.file, 'utf8'));
    const entry = (client === 'zed' ? doc.context_servers : doc.mcpServers).keyed;
    assert.equal(bridgeOf(entry), {
      server: 'keyed',
      url: 'https://mcp.example.invalid/k',
      headers: [['Authorization', 'Bearer ${env:DOCS_TOKEN}']],
      transport: 'http',
    });
    assert.equal(entry.env, {});
  }
  // Claude Desktop starts only local servers: every remote one is the bridge
  const d = project('claude-desktop', remote);
  const r = d.run('plan', '--json');
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).changes[0].bridge, { url: 'https://mcp.example.invalid/mcp', transport: 'http' });
  assert.is(d.run('apply', '--yes').code, 0);
  const web = JSON.parse(readFileSync(d.file, 'utf8')).mcpServers.web;
  assert.equal(bridgeOf(web)?.headers, [['X-Team', 'core']]);
  assert.is(d.run('plan').stdout.includes('No changes.'), true);
});

test("Zed's settings.json keeps its comments and other settings; strict files refuse a comment", () => {
  const settings =
    '// Zed settings\n{\n  "theme": "One Dark",\n  "context_servers": {\n    // mine\n    "mine": {"command": "node", "args": []},\n  },\n  "vim_mode": true,\n}\n';
  const z = project('zed', '  docs:\n    command: npx\n    args: ["-y", "@acme/docs@1.0.0"]\n');
  mkdirSync(dirname(z.file), { recursive: true });
  writeFileSync(z.file, settings);
  assert.is(z.run('apply', '--yes').code, 0);
  const after = readFileSync(z.file, 'utf8');
  assert.ok(
    after.startsWith(
      '// Zed settings\n{\n  "theme": "One Dark",\n  "context_servers": {\n    // mine\n    "mine": {"command": "node", "args": []},\n',
    ),
    after,
  );
  assert.ok(after.endsWith('  },\n  "vim_mode": true,\n}\n'), after);
  for (const client of ['windsurf', 'antigravity', 'claude-desktop'] as const) {
    const p = project(client, '  docs:\n    command: npx\n    args: ["-y", "@acme/docs@1.0.0"]\n');
    mkdirSync(dirname(p.file), { recursive: true });
    writeFileSync(p.file, '{\n  // note\n  "mcpServers": {}\n}\n');
    const r = p.run('apply', '--yes');
    assert.is(r.code, 2, `${client}: ${r.stderr}`);
    assert.match(r.stderr, /must be strict JSON/);
    assert.match(r.stderr, /:2:3/);
  }
});

test("import of Windsurf's serverUrl and disabled, and of Zed's entries; Claude Desktop's url entry stays", () => {
  const w = project('windsurf', '');
  mkdirSync(dirname(w.file), { recursive: true });
  writeFileSync(
    w.file,
    JSON.stringify({
      mcpServers: {
        web: { serverUrl: 'https://mcp.example.invalid/mcp', headers: { Authorization: 'Bearer ${env:WS_TOKEN}' } },
        off: { command: 'node', args: ['x.js'], disabled: true, disabledTools: [] },
        hidden: { command: 'node', args: ['y.js'], disabledTools: ['rm'] },
      },
    }),
  );
  // an mcp.yaml is there (project() wrote one): --force replaces it
  const imp = mcpctl(['import', '--from', 'windsurf', '--force'], { cwd: w.dir, env: w.env });
  assert.is(imp.code, 0, imp.stderr);
  const servers = (parseYaml(readFileSync(join(w.dir, 'mcp.yaml'), 'utf8')) as { servers: Record<string, unknown> })
    .servers;
  assert.equal(servers['web'], {
    url: 'https://mcp.example.invalid/mcp',
    headers: { Authorization: 'Bearer ${env:WS_TOKEN}' },
  });
  assert.equal(servers['off'], { command: 'node', args: ['x.js'], enabled: false });
  assert.not.ok('hidden' in servers);
  assert.match(imp.stderr, /server "hidden"[^\n]*disabledTools/);

  const z = project('zed', '');
  mkdirSync(dirname(z.file), { recursive: true });
  writeFileSync(
    z.file,
    '{\n  // editor\n  "context_servers": {"gh": {"source": "custom", "command": "npx", "args": ["-y", "gh@1.0.0"], "env": {"T": "${T}"}}}\n}\n',
  );
  const zi = mcpctl(['import', '--from', 'zed', '--force'], { cwd: z.dir, env: z.env });
  assert.is(zi.code, 0, zi.stderr);
  const zs = (parseYaml(readFileSync(join(z.dir, 'mcp.yaml'), 'utf8')) as { servers: Record<string, unknown> }).servers;
  // Zed expands nothing: "${T}" is text, written so mcp.yaml reads it as text too
  assert.equal(zs['gh'], { command: 'npx', args: ['-y', 'gh@1.0.0'], env: { T: '$${T}' } });

  const d = project('claude-desktop', '');
  mkdirSync(dirname(d.file), { recursive: true });
  writeFileSync(
    d.file,
    JSON.stringify({ mcpServers: { r: { url: 'https://x.invalid/mcp' }, l: { command: 'node' } } }),
  );
  const di = mcpctl(['import', '--from', 'claude-desktop', '--force'], { cwd: d.dir, env: d.env });
  assert.is(di.code, 0, di.stderr);
  assert.match(di.stderr, /server "r"[^\n]*skips an entry with a url/);
});

test.run();
