import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUS_ENV, CODEX_KEY_ORDER, compileCodex, shellQuote } from '../../src/core/compile/codex.js';
import { loadYaml } from '../../src/core/load.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { validate } from '../../src/core/validate.js';

function compile(yaml: string) {
  const doc = loadYaml(yaml, 'mcp.yaml');
  const { spec, diagnostics } = validate(doc, schema);
  assert.equal(diagnostics, []);
  if (!spec) throw new Error('invalid');
  return compileCodex(spec, doc);
}

test('stdio: literal env stays, same-name env reference becomes env_vars', () => {
  const r = compile(`version: 1
servers:
  gh:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env:
      LOG_LEVEL: debug
      GITHUB_TOKEN: \${env:GITHUB_TOKEN}
      PRICE: "$\${env:NOT_A_REF}"
    cwd: /srv
`);
  assert.equal(r.diagnostics, []);
  assert.equal(r.servers.get('gh'), {
    command: 'npx',
    args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'],
    env: { LOG_LEVEL: 'debug', PRICE: '${env:NOT_A_REF}' },
    env_vars: ['GITHUB_TOKEN'],
    cwd: '/srv',
  });
});

test('http: bearer header → bearer_token_env_var, env header → env_http_headers, literal → http_headers', () => {
  const r = compile(`version: 1
servers:
  linear:
    url: https://mcp.linear.app/mcp
    headers:
      Authorization: "Bearer \${env:LINEAR_TOKEN}"
      X-Team: \${env:TEAM_ID}
      X-Client: mcpctl
`);
  assert.equal(r.diagnostics, []);
  assert.equal(r.servers.get('linear'), {
    url: 'https://mcp.linear.app/mcp',
    bearer_token_env_var: 'LINEAR_TOKEN',
    http_headers: { 'X-Client': 'mcpctl' },
    env_http_headers: { 'X-Team': 'TEAM_ID' },
  });
});

test('every Codex key, in Codex order; enabled only when false, required only when true', () => {
  const r = compile(`version: 1
servers:
  all:
    codex:
      tools: { search: { approval_mode: approve } }
      oauth_resource: https://res.example
      oauth: { client_id: cid, callback_port: 5555 }
      scopes: [read]
      omit_tools_from: [deferred]
      default_tools_approval_mode: writes
      supports_parallel_tool_calls: true
      required: true
      environment_id: dev
      auth: oauth
    disabled_tools: [b]
    enabled_tools: [a]
    tool_timeout_sec: 30
    startup_timeout_sec: 12.5
    enabled: false
    url: https://x.example/mcp
  quiet:
    command: x
    enabled: true
    codex: { required: false }
`);
  const all = r.servers.get('all') ?? {};
  const order = Object.keys(all);
  assert.equal(
    order,
    CODEX_KEY_ORDER.filter((k) => order.includes(k)),
  );
  assert.equal(order, [
    'url',
    'auth',
    'enabled',
    'environment_id',
    'required',
    'supports_parallel_tool_calls',
    'omit_tools_from',
    'startup_timeout_sec',
    'tool_timeout_sec',
    'default_tools_approval_mode',
    'enabled_tools',
    'disabled_tools',
    'scopes',
    'oauth',
    'oauth_resource',
    'tools',
  ]);
  assert.equal(r.servers.get('quiet'), { command: 'x' });
});

test('references Codex cannot express are errors naming server, key and position', () => {
  const doc = loadYaml(
    `version: 1
servers:
  s:
    command: x
    env:
      A: \${env:B}
      C: \${secret:team/c}
      D: "pre-\${env:D}"
  h:
    url: https://x.example
    headers:
      X-Key: "k=\${env:K}"
`,
    'mcp.yaml',
  );
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid');
  const r = compileCodex(spec, doc);
  assert.equal(
    r.diagnostics.map((d) => [d.code, d.path, d.line, d.col]),
    [
      ['E_REF', 'servers.s.env.A', 6, 10],
      ['E_REF', 'servers.s.env.C', 7, 10],
      ['E_REF', 'servers.s.env.D', 8, 10],
      ['E_REF', 'servers.h.headers.X-Key', 12, 14],
    ],
  );
  assert.match(r.diagnostics[0]?.hint ?? '', /A: "\$\{env:A\}"/);
  assert.match(r.diagnostics[0]?.message ?? '', /server "s"/);
});

test('with the launcher: secrets and composed values go through mcpctl exec / headers, never as values', () => {
  const launcher = { command: '/usr/bin/node', args: ['/opt/mcpctl/bin/mcpctl.cjs'] };
  const doc = loadYaml(
    `version: 1
servers:
  gh:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    env:
      GITHUB_PERSONAL_ACCESS_TOKEN: \${secret:github/pat}
      LOG_LEVEL: debug
      HOME_COPY: \${env:HOME}
      SAME: \${env:SAME}
  db:
    command: pg-mcp
    args: ["postgres://app:\${secret:db/pw}@db/app", "$\${not-a-ref}"]
  linear:
    url: https://mcp.linear.app/mcp
    headers:
      Authorization: "Bearer \${secret:linear/token}"
      X-Team: "team-\${secret:linear/team}"
      X-Static: fixed
`,
    'mcp.yaml',
  );
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid');
  const r = compileCodex(spec, doc, { launcher });
  assert.equal(r.diagnostics, []);
  assert.equal(r.servers.get('gh'), {
    command: '/usr/bin/node',
    args: [
      '/opt/mcpctl/bin/mcpctl.cjs',
      'exec',
      '--server',
      'gh',
      '--env',
      'GITHUB_PERSONAL_ACCESS_TOKEN=${secret:github/pat}',
      '--env',
      'HOME_COPY=${env:HOME}',
      '--',
      'npx',
      '-y',
      '@modelcontextprotocol/server-github@2025.4.8',
    ],
    env: { LOG_LEVEL: 'debug' },
    env_vars: ['SAME', ...BUS_ENV],
  });
  const db = r.servers.get('db');
  assert.equal(db?.['args'], [
    '/opt/mcpctl/bin/mcpctl.cjs',
    'exec',
    '--server',
    'db',
    '--templates',
    '--',
    'pg-mcp',
    'postgres://app:${secret:db/pw}@db/app',
    '$${not-a-ref}',
  ]);
  assert.equal(db?.['env_vars'], [...BUS_ENV]);
  const linear = r.servers.get('linear');
  assert.equal(linear?.['http_headers'], { 'X-Static': 'fixed' });
  assert.is(linear?.['bearer_token_env_var'], undefined);
  assert.is(
    linear?.['http_headers_helper'],
    "/usr/bin/node /opt/mcpctl/bin/mcpctl.cjs headers --server linear --header 'Authorization=Bearer ${secret:linear/token}' --header 'X-Team=team-${secret:linear/team}'",
  );
});

test('composed ${env:} references: every variable a launcher template reads is forwarded, then unset for the server; helper headers refuse them', () => {
  const launcher = {
    command: '/usr/bin/node',
    args: ['/opt/mcpctl/bin/mcpctl.cjs'],
    store: ['--config-dir', '/elsewhere'],
  };
  const doc = loadYaml(
    `version: 1
servers:
  a:
    command: srv
    args: ["--token=\${env:T}", "--home=\${env:HOME}"]
    env:
      U: "https://u:\${env:P | env:Q}@x"
      KEEP: \${env:KEEP}
      K2: "x-\${env:KEEP}"
  s:
    command: srv
    env:
      S: "\${secret:x/y}"
  h:
    url: https://x.example
    headers:
      X: "e-\${env:T}"
      Y: "\${env:A | secret:b/c}"
      Z: "\${env:WHOLE}"
`,
    'mcp.yaml',
  );
  const { spec } = validate(doc, schema);
  if (!spec) throw new Error('invalid');
  const r = compileCodex(spec, doc, { launcher });
  const a = r.servers.get('a');
  // T, P, Q reach the launcher; the server asked only for KEEP; HOME is in Codex's default environment anyway
  assert.equal(a?.['env_vars'], ['KEEP', 'P', 'Q', 'T']);
  assert.equal(a?.['args'], [
    '/opt/mcpctl/bin/mcpctl.cjs',
    'exec',
    '--server',
    'a',
    '--env',
    'U=https://u:${env:P | env:Q}@x',
    '--env',
    'K2=x-${env:KEEP}',
    '--unset',
    'P',
    '--unset',
    'Q',
    '--unset',
    'T',
    '--templates',
    '--',
    'srv',
    '--token=${env:T}',
    '--home=${env:HOME}',
  ]);
  // the store's location is carried only by lines that read a secret
  assert.equal(r.servers.get('s')?.['args'], [
    '/opt/mcpctl/bin/mcpctl.cjs',
    'exec',
    '--server',
    's',
    '--config-dir',
    '/elsewhere',
    '--env',
    'S=${secret:x/y}',
    '--',
    'srv',
  ]);
  assert.equal(
    r.diagnostics.map((d) => [d.code, d.path]),
    [
      ['E_REF', 'servers.h.headers.X'],
      ['E_REF', 'servers.h.headers.Y'],
    ],
  );
  assert.match(r.diagnostics[0]?.hint ?? '', /no environment variables/);
  assert.match(r.diagnostics[0]?.hint ?? '', /X: "\$\{env:T\}", sent with env_http_headers/);
  assert.equal(r.servers.get('h')?.['env_http_headers'], { Z: 'WHOLE' });
});

test('shellQuote keeps every word exact under sh -c', async () => {
  const { execFileSync } = await import('node:child_process');
  const words = ['plain', "it's", 'a b', '${secret:x}', '$(touch /tmp/pwned)', '"q"', 'back\\slash', ''];
  const out = execFileSync('sh', ['-c', `printf '%s\\n' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
  assert.equal(out.split('\n').slice(0, -1), words);
});

test.run();
