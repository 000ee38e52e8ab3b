// Makes the V8 code caches of the full CLI (dist/cli/main.<build>.v8cache, loaded by src/io/compiled-script.ts)
// and of plan/apply's own bundle, one for plan (plan.<build>.v8cache) and one for apply
// (plan-apply.<build>.v8cache): runs the commands most runs are made of (validate, lint, plan, apply, backups,
// help) in a throw-away project and home, apply's in a process of its own and the others in a second one,
// and keeps what V8 compiled for them; and the bridge's (proxy.<build>.v8cache), from one message it forwards.
// Run by `npm run build` after the bundle.
// A cache only helps the same Node version that made it; the CLI works the same without one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'cli');

const MCP_YAML = `version: 1
targets:
  codex: {}
  claude-code: {scope: project}
servers:
  docs:
    command: npx
    args: ["-y", "@acme/docs-mcp@1.0.0"]
    env: {DOCS_TOKEN: "\${env:DOCS_TOKEN}"}
  search:
    url: https://search.example.com/mcp
    headers: {Authorization: "Bearer \${env:SEARCH_TOKEN}"}
`;

// Each process writes the cache of every bundle it loaded, holding what V8 compiled in that process, so each
// cache is trained in a process of its own commands: apply's first (it also leaves the project applied), then
// the rest, whose plans are of a project never applied (changes) and of the applied one (none, what every pull
// request plans).
const APPLY_RUNS = [['apply', '--yes'], { bump: true }, ['apply', '--yes', '--json']];
const RUNS = [
  ['plan'],
  { cd: 'project' },
  ['validate'],
  ['lint'],
  ['plan'],
  ['plan', '--json'],
  // plan through yargs (as --probe or --help go): the full CLI's cache holds the plan too
  ['plan', '--no-adopt'],
  ['backups'],
  ['--help'],
  ['apply', '--help'],
];

/** Runs `steps` (command lines, a change of folder, a new version of a server in mcp.yaml) in one process. */
function train(steps, cwd, home) {
  const script = `const { main } = require(${JSON.stringify(join(dist, 'entry.cjs'))});
const { readFileSync, writeFileSync } = require('node:fs');
(async () => {
  for (const step of ${JSON.stringify(steps)}) {
    if (step.cd) process.chdir(require('node:path').join(${JSON.stringify(home)}, step.cd));
    else if (step.bump) writeFileSync('mcp.yaml', readFileSync('mcp.yaml', 'utf8').replace('@1.0.0', '@1.0.1'));
    else await main(step);
  }
})();`;
  return spawnSync(process.execPath, ['-e', script], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      CODEX_HOME: join(home, '.codex'),
      NO_COLOR: '1',
      MCPCTL_COMPILE_CACHE: 'write',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

export function makeCompileCache() {
  const home = mkdtempSync(join(tmpdir(), 'mcpctl-compile-cache-'));
  try {
    const project = join(home, 'project');
    const fresh = join(home, 'fresh');
    for (const dir of [project, fresh]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'mcp.yaml'), MCP_YAML);
    }
    const a = train(APPLY_RUNS, project, home);
    if (a.status !== 0) throw new Error(`making apply's compile cache failed (exit ${a.status}):\n${a.stderr}`);
    const r = train(RUNS, fresh, home);
    const cache = readdirSync(dist).find((f) => f.startsWith('main.') && f.endsWith('.v8cache'));
    const planCache = readdirSync(dist).find((f) => f.startsWith('plan.') && f.endsWith('.v8cache'));
    const applyCache = readdirSync(dist).find((f) => f.startsWith('plan-apply.') && f.endsWith('.v8cache'));
    if (!applyCache) throw new Error(`making apply's compile cache failed (no cache written):\n${a.stderr}`);
    if (r.status !== 0 || !cache || !planCache)
      throw new Error(`making the compile cache failed (exit ${r.status}):\n${r.stderr}`);
    // the bridge: one message to a server that is not there (the forward, the error answer and the end)
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'cache', version: '1' } },
    };
    const p = spawnSync(
      process.execPath,
      [join(root, 'bin', 'mcpctl.cjs'), 'proxy', '--url', 'http://127.0.0.1:9/mcp', '--header', 'X-Cache=${env:HOME}'],
      {
        cwd: project,
        input: `${JSON.stringify(initialize)}\n`,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, MCPCTL_COMPILE_CACHE: 'write' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const proxy = readdirSync(dist).find((f) => f.startsWith('proxy.') && f.endsWith('.v8cache'));
    if (!/"id":1/.test(p.stdout) || !proxy)
      throw new Error(`making the proxy's compile cache failed (exit ${p.status}):\n${p.stderr}`);
    return { file: join(dist, cache), bytes: statSync(join(dist, cache)).size };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) makeCompileCache();
