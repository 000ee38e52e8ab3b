// import: a Codex config → mcp.yaml that compiles back to the same servers, secrets replaced by references.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileCodex } from '../../src/core/compile/codex.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { importCodex } from '../../src/core/import-codex.js';
import { loadYaml } from '../../src/core/load.js';
import { normalizeCodex as normalize } from '../../src/core/targets/codex/normalize.js';
import { mcpYamlText } from '../../src/core/render/mcp-yaml.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { validate } from '../../src/core/validate.js';
import { ALPHABET, rand } from '../secrets/_gen.js';

const pat = `ghp_${rand(ALPHABET.alnum, 36)}`;
const CONFIG = `model = "gpt-5"
[mcp_servers.github]
command = "npx"
args = ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
env = { GITHUB_PERSONAL_ACCESS_TOKEN = "${pat}", LOG = "debug" }
env_vars = ["HOME_DIR", { name = "REMOTE_ONLY", source = "remote" }]
startup_timeout_ms = 15000

[mcp_servers.web]
url = "https://mcp.example.com/mcp"
bearer_token_env_var = "WEB_TOKEN"
http_headers = { "X-Client" = "codex", "X-Api-Key" = "Zq8vN3xK7mP2wR9tL5yB1cF6hJ4dG0sA" }
env_http_headers = { "X-Team" = "TEAM_ID" }
enabled = false
required = true
default_tools_approval_mode = "writes"
scopes = ["read"]
oauth = { client_id = "cid", callback_port = 8765 }
type = "http"

[mcp_servers.web.tools.fetch]
approval_mode = "approve"

[mcp_servers.literal]
command = "echo"
args = ["\${NOT_A_REF}", "cost: $5"]
`;

function servers(text: string): Map<string, TomlTable> {
  const m = new Map<string, TomlTable>();
  for (const [n, s] of readTarget(text, 'config.toml').servers) m.set(n, s.value);
  return m;
}

test('secrets move to the store as ${secret:<server>/<KEY>}; other keys reported; round trip to the same servers', () => {
  const before = servers(CONFIG);
  const { file, moves, notes } = importCodex(before);
  assert.equal(
    moves.map((m) => [m.name, m.from]),
    [
      ['github/GITHUB_PERSONAL_ACCESS_TOKEN', 'mcp_servers.github.env.GITHUB_PERSONAL_ACCESS_TOKEN'],
      ['web/X-Api-Key', 'mcp_servers.web.http_headers.X-Api-Key'],
    ],
  );
  assert.equal(
    notes.map((n) => [n.server, n.key]),
    [['web', 'type']],
  );
  const text = mcpYamlText(file, ['test']);
  assert.not.match(text, pat.slice(4));
  assert.not.match(text, 'Zq8vN3xK7mP2wR9t');
  assert.match(text, /^# yaml-language-server: \$schema=/);

  // the written mcp.yaml is valid and compiles back
  const doc = loadYaml(text, 'mcp.yaml');
  const { spec, diagnostics } = validate(doc, schema);
  assert.equal(diagnostics, []);
  if (!spec) throw new Error('invalid');
  const launcher = { command: '/usr/bin/node', args: ['/m/bin/mcpctl.cjs'] };
  const compiled = compileCodex(spec, doc, { launcher });
  assert.equal(compiled.diagnostics, []);
  // servers without secrets compile to exactly what Codex had (as Codex reads it)
  const web = compiled.servers.get('web') ?? {};
  assert.match(
    String(web['http_headers_helper']),
    /headers --server web --header 'X-Api-Key=\$\{secret:web\/X-Api-Key\}'/,
  );
  const { http_headers_helper: _, ...webRest } = web;
  const { type: __, ...webBefore } = before.get('web') ?? {};
  assert.equal(normalize(webRest), normalize({ ...webBefore, http_headers: { 'X-Client': 'codex' } }));
  assert.equal(normalize(compiled.servers.get('literal') ?? {}), normalize(before.get('literal') ?? {}));
  const gh = compiled.servers.get('github') ?? {};
  assert.equal((gh['args'] as unknown[]).slice(0, 6), [
    '/m/bin/mcpctl.cjs',
    'exec',
    '--server',
    'github',
    '--env',
    'GITHUB_PERSONAL_ACCESS_TOKEN=${secret:github/GITHUB_PERSONAL_ACCESS_TOKEN}',
  ]);
  assert.is(gh['startup_timeout_sec'], 15);
});

test.run();
