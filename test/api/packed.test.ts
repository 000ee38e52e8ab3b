// The library as a user gets it: `npm pack`, installed into a new project, imported as "mcpctl" — its types
// checked by tsc against an example that uses every export, and the example run on a fixture. And docs/api.md
// shows every exported function.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';

const EXAMPLE = `import { apply, lint, loadSpec, McpctlError, outdated, plan, status, test, validate } from 'mcpctl';
import type { PlanDocument, ProbeResult, StatusCell } from 'mcpctl';

const where = { cwd: process.cwd(), env: { ...process.env } };
const spec = await loadSpec({ ...where, file: 'mcp.yaml' });
const names: string[] = Object.keys(spec.spec.servers ?? {});
const v = await validate(where);
const p: PlanDocument = await plan({ ...where, targets: ['codex'] });
const report = await lint({ ...where, files: ['mcp.yaml'] });
const off = await outdated({ ...where, offline: true });
const grid = await status(where);
const cell: StatusCell | undefined = grid.servers[0]?.clients['codex'];
let code = '';
try {
  await loadSpec({ ...where, file: 'missing.yaml' });
} catch (e) {
  if (e instanceof McpctlError) code = e.code;
}
const applied = await apply(where);
const tested: ProbeResult[] = await test({ ...where, timeoutSec: 10 });
console.log(JSON.stringify({ names, valid: v.valid, changes: p.summary.create, findings: report.findings.length, outdated: off.map((r) => r.status), cell, code, applied: applied.applied, written: applied.files.map((f) => f.written), after: (await status(where)).servers[0]?.clients['codex'], tested: tested.map((t) => t.status) }));
`;

test('npm pack, install into a new project, type-check an example against the types, and run it', () => {
  const out = tempDir('mcpctl-pack-');
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.is(packed.status, 0, packed.stderr);
  const tgz = join(out, readdirSync(out).find((f) => f.endsWith('.tgz')) ?? '');
  const project = tempDir('mcpctl-user-');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'user', version: '1.0.0', type: 'module', private: true }),
  );
  const installed = spawnSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error', tgz],
    {
      cwd: project,
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  assert.is(installed.status, 0, installed.stderr);
  writeFileSync(join(project, 'example.ts'), EXAMPLE);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        skipLibCheck: false,
      },
      files: ['example.ts'],
    }),
  );
  const checked = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    { cwd: project, encoding: 'utf8' },
  );
  assert.is(checked.status, 0, checked.stdout + checked.stderr);
  // the same example, run (tsx strips its types)
  const home = tempDir('mcpctl-home-');
  mkdirSync(join(home, '.codex'));
  writeFileSync(
    join(project, 'mcp.yaml'),
    'version: 1\nservers:\n  quick:\n    command: node\n    args: ["-e", "process.exit(3)"]\n',
  );
  const ran = execFileSync(
    process.execPath,
    ['--import', join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs'), 'example.ts'],
    {
      cwd: project,
      env: { PATH: process.env['PATH'] ?? '', HOME: home, CODEX_HOME: join(home, '.codex') },
      encoding: 'utf8',
    },
  );
  assert.equal(JSON.parse(ran), {
    names: ['quick'],
    valid: true,
    changes: 1,
    findings: 0,
    outdated: ['no-package'],
    cell: 'create',
    code: 'E_NOT_FOUND',
    applied: true,
    written: [true],
    after: 'ok',
    tested: ['fail'],
  });
  assert.match(readFileSync(join(home, '.codex', 'config.toml'), 'utf8'), '[mcp_servers.quick]');
});

test('docs/api.md shows every exported function', async () => {
  const api = await import('../../src/api.js');
  const doc = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
  for (const name of Object.keys(api).filter(
    (k) => typeof (api as Record<string, unknown>)[k] === 'function' && k !== 'McpctlError',
  ))
    assert.match(doc, new RegExp(`await ${name}\\(`), `docs/api.md has no example of ${name}()`);
});

test.run();
