// The compile every JSON client shares (src/core/targets/json-compile.ts), once per dialect: the client's own
// reference form, the launcher line for what only mcpctl can resolve (store flags only when a secret is read),
// and every refusal and warning with its message, hint and mcp.yaml position. Pure: no CLI, no disk.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadYaml } from '../../src/core/load.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { validate } from '../../src/core/validate.js';
import { TARGETS } from '../../src/core/targets/registry.js';
import type { TargetName } from '../../src/core/targets/names.js';
import type { Compiled } from '../../src/core/targets/target.js';
import { decodeTemplate, encodeTemplate } from '../../src/core/launcher-encoding.js';
import { readLauncher, readProxy } from '../../src/core/import-launcher.js';
import { seededRandom } from '../helpers/seeded-random.js';

const JSON_CLIENTS = ['claude-code', 'copilot', 'cursor', 'vscode'] as const;
const LAUNCHER = { command: '/node', args: ['/mcpctl.cjs'], store: ['--secrets-file', '/s.age'] };

/** mcp.yaml with every JSON client as a target and these server lines (indented under servers:). */
function compile(client: TargetName, servers: string[], launcher: typeof LAUNCHER | null = LAUNCHER): Compiled {
  const text = [
    'version: 1',
    'targets: {claude-code: {}, copilot: {}, cursor: {}, vscode: {}}',
    'servers:',
    ...servers.map((l) => `  ${l}`),
    '',
  ].join('\n');
  const doc = loadYaml(text, 'mcp.yaml');
  const r = validate(doc, schema);
  assert.equal(
    r.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  if (!r.spec) throw new Error('no spec');
  return TARGETS[client].compile(r.spec, doc, Object.keys(r.spec.servers ?? {}), { launcher: launcher ?? undefined });
}

/** line:col (1-based) of `needle` in server line `n` (0-based) as compile() writes it: where a diagnostic points. */
const at = (servers: string[], n: number, needle: string) => `${n + 4}:${(servers[n] ?? '').indexOf(needle) + 3}`;

const brief = (c: Compiled) =>
  c.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    at: `${d.line}:${d.col}`,
    message: d.message,
    hint: d.hint,
  }));

// ---- the reference forms ------------------------------------------------------------------------------------

const ENV_FORM: Record<(typeof JSON_CLIENTS)[number], string> = {
  'claude-code': '${TOKEN}', // Claude Code: ${VAR} (measured, facts-claude-copilot.md)
  copilot: '${TOKEN}', // Copilot CLI: ${VAR} (measured)
  cursor: '${env:TOKEN}', // Cursor docs § Config interpolation: ${env:NAME}
  vscode: '${env:TOKEN}', // VS Code docs, variables reference: ${env:NAME}
};

for (const client of JSON_CLIENTS) {
  test(`${client}: \${env:X} becomes the client's own reference in env, args and headers; literals stay`, () => {
    const c = compile(client, [
      'a: {command: npx, args: ["-y", "pkg@1", "--token=${env:TOKEN}"], env: {LEVEL: debug, T: "${env:TOKEN}"}}',
      'h: {url: "https://example.com/mcp", headers: {X-Team: core, Authorization: "Bearer ${env:TOKEN}"}}',
    ]);
    assert.equal(c.diagnostics, []);
    const ref = ENV_FORM[client];
    const a = c.servers.get('a');
    assert.equal(a?.['command'], 'npx');
    assert.equal(a?.['args'], ['-y', 'pkg@1', `--token=${ref}`]);
    assert.equal(a?.['env'], { LEVEL: 'debug', T: ref });
    assert.equal(c.servers.get('h')?.['headers'], { 'X-Team': 'core', Authorization: `Bearer ${ref}` });
  });

  test(`${client}: a secret in env goes through the launcher with the store flags; no value, only the name`, () => {
    const c = compile(client, ['s: {command: npx, args: ["-y", "gh@1"], env: {PAT: "${secret:github/pat}", L: x}}']);
    assert.equal(c.diagnostics, []);
    const s = c.servers.get('s');
    assert.is(s?.['command'], '/node');
    const encoded = client === 'cursor' || client === 'vscode';
    assert.equal(s?.['args'], [
      '/mcpctl.cjs',
      'exec',
      '--server',
      's',
      '--secrets-file',
      '/s.age',
      ...(encoded ? ['--encoded'] : []),
      '--env',
      encoded ? 'PAT=%24{secret:github/pat}' : 'PAT=${secret:github/pat}',
      '--',
      'npx',
      '-y',
      'gh@1',
    ]);
    assert.equal(s?.['env'], { L: 'x' });
  });

  test(`${client}: no secret read, no store flags (an env fallback through the launcher)`, () => {
    const c = compile(client, ['f: {command: node, env: {R: "${env:REGION | value:eu}"}}']);
    assert.equal(c.diagnostics, []);
    const args = c.servers.get('f')?.['args'];
    assert.ok(Array.isArray(args));
    if (!Array.isArray(args)) return;
    assert.not.ok(args.includes('--secrets-file'));
    if (client === 'claude-code' || client === 'copilot') {
      // both have ${VAR:-default}: no launcher at all
      assert.is(c.servers.get('f')?.['command'], 'node');
      assert.equal(c.servers.get('f')?.['env'], { R: '${REGION:-eu}' });
    } else {
      assert.equal(args, [
        '/mcpctl.cjs',
        'exec',
        '--server',
        'f',
        '--encoded',
        '--env',
        'R=%24{env:REGION | value:eu}',
        '--',
        'node',
      ]);
    }
  });

  test(`${client}: without a launcher, a secret in env is refused (E_REF at the value), nothing compiled`, () => {
    const lines = ['s: {command: npx, env: {PAT: "${secret:github/pat}"}}'];
    const c = compile(client, lines, null);
    assert.is(c.servers.size, 0);
    assert.equal(brief(c), [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '"${secret'),
        message: `server "s": env PAT = "\${secret:github/pat}" cannot be written for ${TARGETS[client].title}`,
        hint: `${TARGETS[client].title} cannot resolve it; mcpctl's launcher can, but it is not available here`,
      },
    ]);
  });

  test(`${client}: a disabled server is not written (none of these clients has an off switch)`, () => {
    const c = compile(client, ['on: {command: a}', 'off: {command: b, enabled: false}']);
    assert.equal([...c.servers.keys()], ['on']);
    assert.equal(c.diagnostics, []);
  });

  test(`${client}: timeouts are warnings (W_TARGET), not written`, () => {
    const lines = ['t: {command: a, startup_timeout_sec: 5, tool_timeout_sec: 9}'];
    const c = compile(client, lines);
    const title = TARGETS[client].title;
    assert.equal(brief(c), [
      {
        code: 'W_TARGET',
        severity: 'warn',
        at: at(lines, 0, '5'),
        message: `server "t": startup_timeout_sec is not written for ${title}`,
        hint: `${title} has no per-server startup timeout`,
      },
      {
        code: 'W_TARGET',
        severity: 'warn',
        at: at(lines, 0, '9'),
        message: `server "t": tool_timeout_sec is not written for ${title}`,
        hint: `${title} has no per-server tool timeout`,
      },
    ]);
    assert.equal(Object.keys(c.servers.get('t') ?? {}).includes('startup_timeout_sec'), false);
  });

  test(`${client}: a secret in a header goes through mcpctl's bridge (refused without the launcher)`, () => {
    const lines = ['w: {url: "https://example.com/mcp", headers: {Authorization: "Bearer ${secret:w/t}"}}'];
    const c = compile(client, lines);
    const title = TARGETS[client].title;
    if (client === 'claude-code') {
      // Claude Code runs headersHelper: the header is resolved by mcpctl when Claude Code asks
      assert.equal(c.diagnostics, []);
      assert.is(
        c.servers.get('w')?.['headersHelper'],
        "/node /mcpctl.cjs headers --server w --secrets-file /s.age --header 'Authorization=Bearer ${secret:w/t}'",
      );
      return;
    }
    // a local server that is mcpctl proxy: the url and the header as templates, the store where apply found it
    assert.equal(c.diagnostics, []);
    const entry = c.servers.get('w') ?? {};
    assert.is(entry['command'], '/node');
    const args = entry['args'] as string[];
    assert.equal(args.slice(0, 6), ['/mcpctl.cjs', 'proxy', '--server', 'w', '--secrets-file', '/s.age']);
    assert.equal(readProxy(['/node', ...args]), {
      server: 'w',
      url: 'https://example.com/mcp',
      headers: [['Authorization', 'Bearer ${secret:w/t}']],
      transport: 'http',
    });
    assert.not.ok('url' in entry || 'headers' in entry, 'the client gets no remote entry of its own');

    const refused = compile(client, lines, null);
    assert.equal(brief(refused), [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '"Bearer'),
        message: `server "w": header Authorization = "Bearer \${secret:w/t}" cannot be written for ${title}`,
        hint: `${title} has no way to run a command for a header's value: use an environment variable (\${env:NAME}, set where ${title} starts), or leave ${title} out of this server's targets`,
      },
    ]);
    // an error stops plan and apply; the entry itself never carries the reference
    assert.not.ok(JSON.stringify(refused.servers.get('w') ?? {}).includes('secret'));
  });
}

// ---- what each client cannot express --------------------------------------------------------------------------

const CWD: Record<(typeof JSON_CLIENTS)[number], boolean> = {
  'claude-code': false,
  copilot: true,
  cursor: false, // Cursor docs § STDIO server configuration: no cwd field
  vscode: true, // VS Code mcp.json schema: stdio cwd
};
for (const client of JSON_CLIENTS) {
  test(`${client}: cwd ${CWD[client] ? 'is written' : 'is refused'}`, () => {
    const lines = ['c: {command: a, cwd: /srv/app}'];
    const c = compile(client, lines);
    const title = TARGETS[client].title;
    if (CWD[client]) {
      assert.equal(c.diagnostics, []);
      assert.is(c.servers.get('c')?.['cwd'], '/srv/app');
      return;
    }
    assert.equal(brief(c), [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '/srv'),
        message: `server "c": cwd cannot be written for ${title}`,
        hint: `${title} starts a local server in its own working directory: remove cwd, or leave ${title} out of this server's targets`,
      },
    ]);
  });

  test(`${client}: enabled_tools ${client === 'copilot' ? 'is its tools list' : 'is refused'}, disabled_tools is refused`, () => {
    const lines = ['t: {command: a, enabled_tools: [x], disabled_tools: [y]}'];
    const c = compile(client, lines);
    const title = TARGETS[client].title;
    const expected = [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '[y]'),
        message: `server "t": disabled_tools cannot be written for ${title}`,
        hint: `${title} cannot hide a server's tools in its file${client === 'copilot' ? ' (only list the ones it may use, with enabled_tools)' : ''}: leave ${title} out of this server's targets (exclude_targets)`,
      },
    ];
    if (client !== 'copilot')
      expected.unshift({
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '[x]'),
        message: `server "t": enabled_tools cannot be written for ${title}`,
        hint: `${title} cannot limit a server's tools in its file, and without the limit it would offer every tool: leave ${title} out of this server's targets (exclude_targets)`,
      });
    assert.equal(brief(c), expected);
    // a server with an error gets no entry at all (nothing half-written is planned)
    assert.not.ok(c.servers.has('t'));
    if (client === 'copilot')
      assert.equal(compile(client, ['t: {command: a, enabled_tools: [x]}']).servers.get('t')?.['tools'], ['x']);
  });
}

for (const client of ['cursor', 'vscode'] as const) {
  const title = TARGETS[client].title;
  test(`${client}: a fallback in a header goes through the bridge: ${title} has no fallbacks and no header command`, () => {
    const lines = ['w: {url: "https://example.com/mcp", headers: {X-Region: "${env:R | value:eu}"}}'];
    assert.equal(
      readProxy(['/node', ...((compile(client, lines).servers.get('w')?.['args'] as string[]) ?? [])])?.headers,
      [['X-Region', '${env:R | value:eu}']],
    );
    assert.equal(brief(compile(client, lines, null)), [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 0, '"${env:R'),
        message: `server "w": header X-Region = "\${env:R | value:eu}" cannot be written for ${title}`,
        hint: `${title} has no fallback for a reference (\${env:A | value:d}, \${env:A | env:B}) in headers: use \${env:NAME} alone and set it where ${title} starts, or leave ${title} out of this server's targets`,
      },
    ]);
  });

  test(`${client}: literal text ${title} would expand ("$\${workspaceFolder}") never reaches a field it expands`, () => {
    const lines = [
      'a: {command: node, args: ["$${workspaceFolder}/x"], env: {D: "$${userHome}"}}',
      'w: {url: "https://example.com/mcp", headers: {X-Dir: "$${workspaceFolder}"}}',
    ];
    const c = compile(client, lines);
    // the local server: through the launcher, encoded, so the client sees no ${…} and the launcher writes the text
    const args = c.servers.get('a')?.['args'];
    assert.equal(args, [
      '/mcpctl.cjs',
      'exec',
      '--server',
      'a',
      '--encoded',
      '--env',
      'D=%24%24{userHome}',
      '--templates',
      '--',
      'node',
      '%24%24{workspaceFolder}/x',
    ]);
    assert.equal(c.servers.get('a')?.['env'], {});
    assert.not.ok(JSON.stringify(c.servers.get('a')).includes('${'));
    // the header: through the bridge, encoded the same way
    const bridge = c.servers.get('w')?.['args'] as string[];
    assert.ok(bridge.includes('--encoded'));
    assert.ok(bridge.includes('X-Dir=%24%24{workspaceFolder}'));
    assert.equal(readProxy(['/node', ...bridge])?.headers, [['X-Dir', '$${workspaceFolder}']]);
    assert.equal(c.diagnostics, []);
    // without the launcher: refused with a hint that says why
    assert.equal(brief(compile(client, lines, null)).slice(-1), [
      {
        code: 'E_REF',
        severity: 'error',
        at: at(lines, 1, '"$${'),
        message: `server "w": header X-Dir = "$\${workspaceFolder}" cannot be written for ${title}`,
        hint: `the literal text "\${workspaceFolder}" would be expanded by ${title} itself, which has no way to escape it in headers: write the value it should become, or leave ${title} out of this server's targets`,
      },
    ]);
  });
}

test('cursor: literal text that is not one of its variables is written as it is (its docs list them)', () => {
  // Cursor docs § Config interpolation: env, userHome, workspaceFolder, workspaceFolderBasename, pathSeparator, /
  const c = compile('cursor', ['a: {command: node, args: ["$${input:x}"]}']);
  assert.equal(c.servers.get('a')?.['args'], ['${input:x}']);
});

test('vscode: every ${…} is a variable to VS Code (variables reference): even one it does not know goes encoded', () => {
  const c = compile('vscode', ['a: {command: node, args: ["$${input:x}"]}']);
  assert.equal(c.servers.get('a')?.['args'], [
    '/mcpctl.cjs',
    'exec',
    '--server',
    'a',
    '--encoded',
    '--templates',
    '--',
    'node',
    '%24%24{input:x}',
  ]);
});

test('vscode: cwd takes ${env:X} (VS Code expands every string); a secret in cwd is refused', () => {
  const ok = compile('vscode', ['c: {command: a, cwd: "${env:HOME}/app"}']);
  assert.is(ok.servers.get('c')?.['cwd'], '${env:HOME}/app');
  const lines = ['c: {command: a, cwd: "/srv/${secret:x}"}'];
  const bad = compile('vscode', lines);
  assert.equal(brief(bad), [
    {
      code: 'E_REF',
      severity: 'error',
      at: at(lines, 0, '"/srv'),
      message: 'server "c": cwd "/srv/${secret:x}" cannot be written for VS Code',
      hint: "VS Code cannot read mcpctl's secret store in cwd: use ${env:NAME}, or leave VS Code out of this server's targets",
    },
  ]);
});

test('launcher encoding: %24 and %25 round-trip any text, and the encoded text has no "${"', () => {
  for (const t of ['${secret:a/b}', '$${x}', '100%', '%24 literal', 'a$b%c${env:X | value:%}'])
    assert.is(decodeTemplate(encodeTemplate(t)), t);
  assert.not.ok(encodeTemplate('${env:A}$${b}').includes('${'));
});

test('import reads an encoded launcher line back as the mcp.yaml values it came from', () => {
  const c = compile('vscode', [
    's: {command: node, args: ["$${workspaceFolder}"], env: {PAT: "${secret:github/pat}"}}',
  ]);
  const e = c.servers.get('s');
  const words = [String(e?.['command']), ...(Array.isArray(e?.['args']) ? e['args'].map(String) : [])];
  const line = readLauncher(words);
  assert.equal(line?.env, [['PAT', '${secret:github/pat}']]);
  assert.equal(line?.argv, ['node', '$${workspaceFolder}']);
  assert.is(line?.templates, true);
});

test("a dialect's marker: a text without it is never one the client expands (compile skips asking then)", async () => {
  const dialects = [
    (await import('../../src/core/targets/claude-code/dialect.js')).claudeDialect,
    (await import('../../src/core/targets/copilot/dialect.js')).copilotDialect,
    (await import('../../src/core/targets/cursor/dialect.js')).cursorDialect,
    (await import('../../src/core/targets/vscode/dialect.js')).vscodeDialect,
    (await import('../../src/core/targets/gemini/dialect.js')).geminiDialect,
    (await import('../../src/core/targets/opencode/dialect.js')).opencodeDialect,
    (await import('../../src/core/targets/windsurf/index.js')).windsurfDialect,
  ];
  const rnd = seededRandom();
  const pieces = ['${', '$', '{', '}', 'env:', 'file:', 'HOME', 'A_1', ':-', '-', '?', '/', 'userHome', ' ', 'x'];
  let expanded = 0;
  for (const d of dialects) {
    assert.ok(d.marker, `${d.title} has a marker`);
    for (let t = 0; t < 3000; t++) {
      const text = Array.from({ length: 1 + rnd.int(8) }, () => pieces[rnd.int(pieces.length)]!).join('');
      if (d.wouldExpand(text)) expanded++;
      const without = text.replaceAll(d.marker!, '');
      assert.not.ok(d.wouldExpand(without), `${d.title} expands ${JSON.stringify(without)}`);
    }
  }
  // the texts do hold what the clients expand, once the marker is in them
  assert.ok(expanded > 300, `${expanded} texts expanded`);
});

test.run();
