// import --from every JSON client at once, then apply: each client lists the same servers as before (the real
// Claude Code and Copilot CLIs say so; Cursor's and VS Code's files are compared), no client file holds a
// secret any more, the server still gets its token (Claude Code starts it through mcpctl's launcher), the
// same server from three clients is one mcp.yaml entry, and importing again reads mcpctl's own lines back
// into the same mcp.yaml servers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');
const CLAUDE = join(ROOT, 'node_modules', '.bin', 'claude');
const COPILOT = join(ROOT, 'node_modules', '.bin', 'copilot');
const CACHE = tempDir('mcpctl-copilot-cache-');

const TOKEN = `ghp_${rand(ALPHABET.alnum, 36)}`;
const LOCAL_KEY = `sk_live_${rand(ALPHABET.alnum, 32)}`;

/** The keys Claude Code adds on its first run (with them, `claude mcp list/get` leave the file's bytes alone). */
const CLAUDE_SEEN = {
  firstStartTime: '2026-12-01T00:00:00.000Z',
  firstStartVersion: '2.1.328',
  machineID: 'a'.repeat(64),
  opusProMigrationComplete: true,
  seenNotifications: {},
  hasResetAutoModeOptInForDefaultOffer: true,
  migrationVersion: 99,
  userID: 'b'.repeat(64),
};

function run(cmd: string, args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function claude(home: string, cwd: string, ...args: string[]) {
  return run(CLAUDE, ['mcp', ...args], cwd, {
    HOME: home,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    MCP_TIMEOUT: '2000',
    MCPCTL_SECRET_BACKEND: 'file',
  });
}

/** The names `claude mcp list` shows (it health-checks them: the commands here are harmless). */
function claudeNames(home: string, cwd: string): string[] {
  const r = claude(home, cwd, 'list');
  assert.is(r.code, 0, r.stderr);
  const body = r.stdout.split('MCP config diagnostics')[0] ?? '';
  return [...body.matchAll(/^([A-Za-z0-9_.-]+): /gm)].map((m) => m[1] ?? '').sort();
}

function copilot(home: string, cwd: string, ...args: string[]) {
  return run(COPILOT, ['mcp', ...args], cwd, { HOME: home, COPILOT_AUTO_UPDATE: 'false', XDG_CACHE_HOME: CACHE });
}

function copilotServers(home: string, cwd: string): Record<string, Record<string, unknown>> {
  const r = copilot(home, cwd, 'list', '--json');
  assert.is(r.code, 0, r.stderr);
  return JSON.parse(r.stdout).mcpServers;
}

test('import from Claude Code, Copilot, Cursor and VS Code, then apply: same servers in each client, no secret in any file', () => {
  const home = tempDir('mcpctl-import-clients-');
  const proj = join(home, 'proj');
  mkdirSync(join(proj, '.vscode'), { recursive: true });
  mkdirSync(join(home, '.copilot'));
  mkdirSync(join(home, '.cursor'));
  const report = join(home, 'report.json');
  const gh = (log: string) => ({
    command: process.execPath,
    args: [REPORTER, report, 'GITHUB_PERSONAL_ACCESS_TOKEN', 'LOG'],
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN, LOG: log },
  });
  const files = {
    claude: join(home, '.claude.json'),
    copilot: join(home, '.copilot', 'mcp-config.json'),
    cursor: join(home, '.cursor', 'mcp.json'),
    vscode: join(proj, '.vscode', 'mcp.json'),
  };
  writeFileSync(
    files.claude,
    JSON.stringify(
      {
        ...CLAUDE_SEEN,
        numStartups: 4,
        mcpServers: {
          gh: { type: 'stdio', ...gh('${LOG_LEVEL}') },
          docs: { type: 'http', url: 'http://127.0.0.1:9/mcp', headers: { Authorization: 'Bearer ${DOCS_TOKEN}' } },
          legacy: { type: 'sse', url: 'http://127.0.0.1:9/sse' },
        },
        projects: {},
      },
      null,
      2,
    ),
  );
  writeFileSync(
    files.copilot,
    `${JSON.stringify(
      {
        mcpServers: {
          gh: { tools: ['*'], type: 'local', ...gh('$LOG_LEVEL') },
          notes: {
            type: 'local',
            command: 'uvx',
            args: ['notes-mcp==0.4.2'],
            env: { NOTES_ROOT: '${HOME}/notes' },
            cwd: '/tmp',
            tools: ['read_note'],
            timeout: 5000,
          },
        },
      },
      null,
      2,
    )}\n`,
  );
  const cursorText = `${JSON.stringify(
    {
      mcpServers: {
        gh: gh('${env:LOG_LEVEL}'),
        docs: { url: 'http://127.0.0.1:9/mcp', headers: { Authorization: 'Bearer ${env:DOCS_TOKEN}' } },
        memo: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2026.8.31'] },
      },
    },
    null,
    2,
  )}\n`;
  writeFileSync(files.cursor, cursorText);
  const vscodeText = [
    '{',
    '  // team servers',
    '  "inputs": [{"id": "pat", "type": "promptString", "description": "PAT", "password": true}],',
    '  "servers": {',
    '    "memo": {"type": "stdio", "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2026.8.31", "--verbose"]},',
    '    "prompted": {"type": "stdio", "command": "gh-mcp", "env": {"GH_TOKEN": "${input:pat}"}},',
    `    "billing": {"type": "stdio", "command": "billing-mcp", "env": {"STRIPE_KEY": "${LOCAL_KEY}"}, "cwd": "/srv"},`,
    '  },',
    '}',
    '',
  ].join('\n');
  writeFileSync(files.vscode, vscodeText);

  const claudeBefore = claudeNames(home, proj);
  assert.equal(claudeBefore, ['docs', 'gh', 'legacy']);
  const copilotBefore = Object.keys(copilotServers(home, proj)).sort();
  assert.equal(copilotBefore, ['gh', 'notes']);

  const env = { HOME: home, MCPCTL_SECRET_BACKEND: 'file' };
  const mc = (...args: string[]) => mcpctl(args, { cwd: proj, env });
  const imp = mc('import', '--from', 'claude-code', '--from', 'copilot', '--from', 'cursor', '--from', 'vscode');
  assert.is(imp.code, 0, imp.stderr);
  assert.not.ok((imp.stdout + imp.stderr).includes(TOKEN) || (imp.stdout + imp.stderr).includes(LOCAL_KEY));
  // every server left out is named, with the reason
  assert.match(imp.stderr, /note: Claude Code, server "legacy", entry: it is an SSE server/);
  assert.match(imp.stderr, /note: VS Code, inputs\.pat: VS Code asks for \$\{input:pat\}/);
  assert.match(imp.stderr, /note: VS Code, server "prompted", entry: env\.GH_TOKEN uses \$\{input:pat\}/);
  assert.match(
    imp.stderr,
    /note: VS Code, server "memo", entry: differs from the server "memo" imported from .*mcp\.json \(Cursor\) in args: kept apart/,
  );
  const yaml = readFileSync(join(proj, 'mcp.yaml'), 'utf8');
  assert.not.ok(yaml.includes(TOKEN) || yaml.includes(LOCAL_KEY));
  const spec = parseYaml(yaml);
  assert.equal(spec.targets, {
    'claude-code': { scope: 'user' },
    copilot: { scope: 'user' },
    cursor: { scope: 'user' },
    vscode: { scope: 'project' },
  });
  // one gh for three clients (their three reference forms are one ${env:LOG_LEVEL}); docs for two
  assert.equal(spec.servers.gh, {
    command: process.execPath,
    args: [REPORTER, report, 'GITHUB_PERSONAL_ACCESS_TOKEN', 'LOG'],
    env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${secret:gh/GITHUB_PERSONAL_ACCESS_TOKEN}', LOG: '${env:LOG_LEVEL}' },
    targets: ['claude-code', 'copilot', 'cursor'],
  });
  assert.equal(spec.servers.docs.targets, ['claude-code', 'cursor']);
  assert.equal(spec.servers.notes, {
    command: 'uvx',
    args: ['notes-mcp==0.4.2'],
    env: { NOTES_ROOT: '${env:HOME}/notes' },
    cwd: '/tmp',
    enabled_tools: ['read_note'],
    targets: ['copilot'],
    copilot: { timeout: 5000 },
  });
  assert.equal(spec.servers.billing, {
    command: 'billing-mcp',
    env: { STRIPE_KEY: '${secret:billing/STRIPE_KEY}' },
    cwd: '/srv',
    targets: ['vscode'],
  });
  assert.equal(Object.keys(spec.servers).sort(), ['billing', 'docs', 'gh', 'memo', 'notes']);

  const apply = mc('apply', '--yes');
  assert.is(apply.code, 0, apply.stdout + apply.stderr);
  for (const f of Object.values(files)) {
    const text = readFileSync(f, 'utf8');
    assert.not.ok(text.includes(TOKEN) || text.includes(LOCAL_KEY), `${f} holds a secret`);
  }

  // Claude Code: the same servers; gh now starts through mcpctl's launcher, and still gets its token
  rmSync(report, { force: true });
  assert.equal(claudeNames(home, proj), claudeBefore);
  const got = claude(home, proj, 'get', 'gh');
  assert.is(got.code, 0, got.stderr);
  assert.match(
    got.stdout,
    /Args: .*mcpctl\.cjs exec --server gh .*--env GITHUB_PERSONAL_ACCESS_TOKEN=\$\{secret:gh\/GITHUB_PERSONAL_ACCESS_TOKEN\} -- /,
  );
  assert.match(got.stdout, /LOG=\$\{LOG_LEVEL\}/);
  assert.ok(existsSync(report), 'Claude Code started gh through the launcher');
  assert.is(JSON.parse(readFileSync(report, 'utf8')).env.GITHUB_PERSONAL_ACCESS_TOKEN, TOKEN);
  const docs = claude(home, proj, 'get', 'docs');
  assert.match(docs.stdout, /Authorization: Bearer \$\{DOCS_TOKEN\}/);

  // Copilot: the same servers, read back exactly
  const after = copilotServers(home, proj);
  assert.equal(Object.keys(after).sort(), copilotBefore);
  const cp = (name: string) => {
    const r = copilot(home, proj, 'get', name, '--json');
    assert.is(r.code, 0, r.stderr);
    return JSON.parse(r.stdout)[name];
  };
  const ghCp = cp('gh');
  assert.equal(ghCp.args.slice(ghCp.args.indexOf('--') + 1), [
    process.execPath,
    REPORTER,
    report,
    'GITHUB_PERSONAL_ACCESS_TOKEN',
    'LOG',
  ]);
  assert.equal(ghCp.env, { LOG: '${LOG_LEVEL}' });
  const notes = cp('notes');
  assert.equal(
    [notes.command, notes.args, notes.env, notes.cwd, notes.tools, notes.timeout],
    ['uvx', ['notes-mcp==0.4.2'], { NOTES_ROOT: '${HOME}/notes' }, '/tmp', ['read_note'], 5000],
  );

  // Cursor: docs and memo as they were, gh through the launcher
  const cursor = JSON.parse(readFileSync(files.cursor, 'utf8')).mcpServers;
  const cursorOld = JSON.parse(cursorText).mcpServers;
  assert.equal(Object.keys(cursor).sort(), ['docs', 'gh', 'memo']);
  assert.equal(cursor.docs, cursorOld.docs);
  assert.equal(cursor.memo, cursorOld.memo);
  assert.equal(cursor.gh.env, { LOG: '${env:LOG_LEVEL}' });

  // VS Code: the comment, inputs and the servers it keeps (memo, prompted) byte for byte
  const vs = readFileSync(files.vscode, 'utf8');
  for (const line of vscodeText.split('\n').filter((l) => !l.includes('"billing"')))
    assert.ok(vs.includes(line), `lost from .vscode/mcp.json: ${line}`);
  assert.match(vs, /"billing": \{[^]*"--encoded"[^]*"STRIPE_KEY=%24\{secret:billing\/STRIPE_KEY\}"[^]*"cwd": "\/srv"/);

  // importing again reads mcpctl's own lines (launcher, references) back into the same mcp.yaml servers
  const again = mc(
    'import',
    '--from',
    'claude-code',
    '--from',
    'copilot',
    '--from',
    'cursor',
    '--from',
    'vscode',
    '--dry-run',
    '--json',
  );
  assert.is(again.code, 0, again.stderr);
  const doc = JSON.parse(again.stdout);
  assert.is(doc.format_version, 2);
  assert.equal(parseYaml(doc.mcp_yaml).servers, spec.servers);
  assert.equal(doc.secrets_moved, []);
  assert.equal(
    doc.sources.map((s: { client: string; scope: string }) => `${s.client}:${s.scope}`),
    ['claude-code:user', 'copilot:user', 'cursor:user', 'vscode:project'],
  );
});

test('a client with servers in several scopes asks which; --scope and --file choose', () => {
  const home = tempDir('mcpctl-import-scopes-');
  const proj = join(home, 'proj');
  mkdirSync(join(proj, '.cursor'), { recursive: true });
  mkdirSync(join(home, '.cursor'));
  writeFileSync(join(home, '.cursor', 'mcp.json'), '{"mcpServers": {"a": {"command": "a-mcp"}}}\n');
  writeFileSync(join(proj, '.cursor', 'mcp.json'), '{"mcpServers": {"b": {"command": "b-mcp"}}}\n');
  const env = { HOME: home };
  const mc = (...args: string[]) => mcpctl(args, { cwd: proj, env });
  const both = mc('import', '--from', 'cursor', '--dry-run');
  assert.is(both.code, 2);
  assert.match(both.stderr, /Cursor has servers in 2 scopes: choose one/);
  assert.match(both.stderr, /--scope cursor=project \(1 in .*proj\/\.cursor\/mcp\.json\), --scope cursor=user/);
  const user = mc('import', '--from', 'cursor', '--scope', 'user', '--dry-run', '--json');
  assert.is(user.code, 0, user.stderr);
  assert.equal(Object.keys(parseYaml(JSON.parse(user.stdout).mcp_yaml).servers), ['a']);
  const elsewhere = join(home, 'copy.json');
  writeFileSync(elsewhere, '{"mcpServers": {"c": {"command": "c-mcp"}}}\n');
  const file = mc('import', '--from', 'cursor', '--file', elsewhere);
  assert.is(file.code, 0, file.stderr);
  assert.match(file.stderr, /apply writes .*proj\/\.cursor\/mcp\.json for Cursor \(project scope\), not .*copy\.json/);
  assert.equal(Object.keys(parseYaml(readFileSync(join(proj, 'mcp.yaml'), 'utf8')).servers), ['c']);
  const two = mc('import', '--from', 'cursor', '--from', 'vscode', '--file', elsewhere, '--dry-run');
  assert.is(two.code, 2);
  assert.match(two.stderr, /--file names one client's file/);
});

test("a shared .mcp.json is read once for Claude Code and Copilot (one entry for both); Claude Code's local scope; Codex and Claude Code merge", () => {
  const home = tempDir('mcpctl-import-shared-');
  const proj = join(home, 'proj');
  mkdirSync(join(home, '.codex'), { recursive: true });
  mkdirSync(proj);
  writeFileSync(
    join(proj, '.mcp.json'),
    '{"mcpServers": {"time": {"type": "stdio", "command": "uvx", "args": ["mcp-server-time==2026.1.1"], "env": {"TZ": "${TZ}"}}}}',
  );
  writeFileSync(
    join(home, '.claude.json'),
    JSON.stringify({ projects: { [proj]: { mcpServers: { mine: { type: 'stdio', command: 'my-mcp', env: {} } } } } }),
  );
  writeFileSync(
    join(home, '.codex', 'config.toml'),
    '[mcp_servers.time]\ncommand = "uvx"\nargs = ["mcp-server-time==2026.1.1"]\nenv_vars = ["TZ"]\n',
  );
  const env = { HOME: home };
  const mc = (...args: string[]) => mcpctl(args, { cwd: proj, env });
  const shared = mc('import', '--from', 'claude-code', '--from', 'copilot', '--scope', 'project');
  assert.is(shared.code, 0, shared.stderr);
  const spec = parseYaml(readFileSync(join(proj, 'mcp.yaml'), 'utf8'));
  assert.equal(spec.targets, { 'claude-code': { scope: 'project' }, copilot: { scope: 'project' } });
  assert.equal(spec.servers, {
    time: { command: 'uvx', args: ['mcp-server-time==2026.1.1'], env: { TZ: '${env:TZ}' } },
  });
  const plan = mc('plan', '--json');
  assert.is(plan.code, 0, plan.stderr);
  const targets = JSON.parse(plan.stdout).targets;
  assert.equal(targets.length, 1);
  assert.equal(targets[0].clients, ['claude-code', 'copilot']);
  assert.equal(targets[0].summary.unmanaged, 0);
  assert.equal(targets[0].has_changes, false);
  // local scope: this project's entry in ~/.claude.json
  const local = mc('import', '--from', 'claude-code', '--scope', 'local', '--dry-run', '--json');
  assert.is(local.code, 0, local.stderr);
  assert.equal(Object.keys(parseYaml(JSON.parse(local.stdout).mcp_yaml).servers), ['mine']);
  // Codex's env_vars and Claude Code's ${TZ} are the same server
  const both = mc(
    'import',
    '--from',
    'codex',
    '--from',
    'claude-code',
    '--scope',
    'claude-code=project',
    '--dry-run',
    '--json',
  );
  assert.is(both.code, 0, both.stderr);
  const merged = parseYaml(JSON.parse(both.stdout).mcp_yaml);
  assert.equal(merged.targets, { codex: {}, 'claude-code': { scope: 'project' } });
  assert.equal(merged.servers.time, spec.servers.time);
});

test.run();
