// The bundle's rewrite of yaml, jsonc-parser, toml-eslint-parser and ajv-formats imports into stand-ins that load
// the library on first use (scripts/lazy-libraries.mjs): every import of them in src/ is a form it rewrites, the
// stand-ins behave as the library's own exports (called, constructed, instanceof, read from), the library is
// loaded only then, and a built plan that reads a bad file still says where (the libraries' slow paths run).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lazyImports, LAZY_LIBRARIES } from '../../scripts/lazy-libraries.mjs';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('every import of a lazy library in src/ is rewritten, and no value import of one is left', () => {
  let rewritten = 0;
  for (const file of sources(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const out: string = lazyImports(text, file);
    if (out === text) continue;
    rewritten++;
    for (const lib of LAZY_LIBRARIES as string[])
      for (const m of out.matchAll(
        new RegExp(`^import (?!type\\b)([^;]*)from '${lib.replace(/[./]/g, '\\$&')}';`, 'gm'),
      ))
        assert.ok(/^\{ type [^,]*\} $/.test(m[1] ?? ''), `${file}: a value import of ${lib} is left: ${m[0]}`);
  }
  assert.ok(rewritten >= 10, `${rewritten} files rewritten`);
});

test('names, aliases, inline type imports and several lines; other forms refused', () => {
  const out: string = lazyImports(
    "import { type Node, parseTree, visit as walk } from 'jsonc-parser';\nimport type { Scalar } from 'yaml';\nimport {\n  isMap,\n  LineCounter,\n} from 'yaml';\n",
    'x.ts',
  );
  assert.match(out, /import \{ type Node \} from 'jsonc-parser';/);
  assert.match(out, /parseTree = __mcpctlLib0\("parseTree"\), walk = __mcpctlLib0\("visit"\)/);
  assert.match(out, /import type \{ Scalar \} from 'yaml';/);
  assert.match(out, /isMap = __mcpctlLib1\("isMap"\), LineCounter = __mcpctlLib1\("LineCounter"\)/);
  assert.is(lazyImports("import { x } from 'other';\n", 'y.ts'), "import { x } from 'other';\n");
  assert.throws(() => lazyImports("import * as yaml from 'yaml';\n", 'z.ts'), /cannot make this import lazy/);
  assert.throws(() => lazyImports("export { parse } from 'yaml';\n", 'z.ts'), /cannot make this import lazy/);
});

test('a stand-in is called, constructed, read and matched with instanceof as the export; loaded on first use', () => {
  class Thing {
    constructor(readonly n: number) {}
    static kind = 'thing';
  }
  let loads = 0;
  const lib = {
    twice: (n: number) => n * 2,
    Thing,
  };
  const code: string = lazyImports("import { twice, Thing } from 'yaml';\nexport { twice, Thing };\n", 'w.ts');
  const module = { exports: {} as Record<string, unknown> };
  const body = code.replace('export { twice, Thing };', 'module.exports = { twice, Thing };');
  new Function('require', 'module', body)(() => (loads++, lib), module);
  const { twice, Thing: Stand } = module.exports as { twice: (n: number) => number; Thing: typeof Thing };
  assert.is(loads, 0, 'nothing loaded before first use');
  assert.is(twice(21), 42);
  const made = new Stand(7);
  assert.ok(made instanceof Thing);
  assert.ok(made instanceof Stand);
  assert.not.ok({} instanceof Stand);
  assert.is(made.n, 7);
  assert.is(Stand.kind, 'thing');
  assert.is(loads, 1, 'loaded once');
});

test('the built plan still reads a broken mcp.yaml and config.toml through the libraries, with positions', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  a:\n    command: npx\n    command: twice\n');
  const y = mcpctl(['plan'], { cwd: dir, env: { HOME: dir } });
  assert.is(y.code, 2, y.stderr);
  assert.match(y.stderr, /mcp\.yaml:5:5/);
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  a:\n    command: npx\n');
  writeFileSync(join(dir, 'config.toml'), '[mcp_servers.x]\ncommand = "a"\nargs = [\n');
  const t = mcpctl(['plan', '--config', join(dir, 'config.toml')], { cwd: dir, env: { HOME: dir } });
  assert.is(t.code, 2, t.stderr);
  assert.match(t.stderr, /config\.toml:\d+:\d+/);
  // a JSON client's file: jsonc-parser says where it is broken, and edits a good one
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\ntargets:\n  claude-code: {scope: project}\nservers:\n  a:\n    command: npx\n',
  );
  writeFileSync(join(dir, '.mcp.json'), '{\n  "mcpServers": {\n    "b": {"command": "x",}\n  }\n}\n');
  const j = mcpctl(['plan'], { cwd: dir, env: { HOME: dir } });
  assert.is(j.code, 2, j.stderr);
  assert.match(j.stderr, /\.mcp\.json:3:\d+/);
  writeFileSync(join(dir, '.mcp.json'), '{\n  "mcpServers": {\n    "b": {"command": "x"}\n  }\n}\n');
  const a = mcpctl(['apply', '--yes'], { cwd: dir, env: { HOME: dir } });
  assert.is(a.code, 0, a.stderr);
  assert.match(readFileSync(join(dir, '.mcp.json'), 'utf8'), /"a": \{/);
});

test.run();
