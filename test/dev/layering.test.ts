// The arrows of the house (docs/development.md#layout): core is pure (no io, probe, app or cli; of node's
// modules only crypto and path), io and probe never reach up into app or cli, app never into cli, and a
// command in cli reaches core, io and probe only for errors, types and renderers (everything else through one
// use case in app). Read from the import specifiers of every source file, static and dynamic.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from '../helpers/cli.js';

type Layer = 'core' | 'io' | 'probe' | 'app' | 'cli' | 'action' | 'other';

const FORBIDDEN: Record<Layer, Layer[]> = {
  core: ['io', 'probe', 'app', 'cli', 'action'],
  io: ['app', 'cli', 'action'],
  probe: ['app', 'cli', 'action'],
  app: ['cli', 'action'],
  cli: ['action'],
  action: ['cli'],
  other: [],
};
/** node's modules pure code may use: hashing and path arithmetic (and the generated validator's loader). */
const CORE_BUILTINS = new Set(['node:crypto', 'node:path']);
const GENERATED_BUILTINS = new Set(['node:module']);

function layerOf(file: string): Layer {
  const top = file.split('/')[1];
  return top === 'core' || top === 'io' || top === 'probe' || top === 'app' || top === 'cli' || top === 'action'
    ? top
    : 'other';
}

// imports, and node's modules taken at the call (process.getBuiltinModule) as they are too
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s([^'"`;]*?)from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]|\bgetBuiltinModule\(\s*['"]([^'"]+)['"]\s*\)/gm;

/**
 * What a command may take from core, io and probe without a use case in between: the error type, the renderers
 * (and the token masking they share), and the output channel with the tool's own name and version. Types of
 * anything are fine: they vanish at build time.
 */
const CLI_MAY_IMPORT = [
  /^src\/core\/errors\.ts$/,
  // the clients' names, for the choices of --target and --from
  /^src\/core\/targets\/names\.ts$/,
  /^src\/core\/render\//,
  /^src\/core\/mask-tokens\.ts$/,
  /^src\/io\/fd-output\.ts$/,
  /^src\/io\/version\.ts$/,
];
/** node's modules that do IO a command leaves to its use case. */
const CLI_NO_BUILTINS = /^node:(fs|fs\/promises|child_process|net|http|https|worker_threads)$/;

/** Every import that breaks an arrow, as "file: specifier (why)". `files` maps a path below the root to its text. */
export function violations(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const from = layerOf(file);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      const typeOnly = m[1] !== undefined && /^type\s/.test(m[1]);
      if (spec.startsWith('.')) {
        const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
          .split('\\')
          .join('/');
        const to = layerOf(target);
        if (FORBIDDEN[from].includes(to)) out.push(`${file}: ${spec} (${from} must not import ${to})`);
        else if (from === 'cli' && (to === 'core' || to === 'io' || to === 'probe') && !typeOnly) {
          const source = target.replace(/\.js$/, '.ts');
          if (!CLI_MAY_IMPORT.some((r) => r.test(source)))
            out.push(`${file}: ${spec} (a command reaches ${to} only for errors, types and renderers: use app)`);
        }
      } else if (from === 'cli' && CLI_NO_BUILTINS.test(spec) && !typeOnly) {
        out.push(`${file}: ${spec} (a command leaves IO to its use case in app)`);
      } else if (from === 'core' && spec.startsWith('node:')) {
        const allowed =
          CORE_BUILTINS.has(spec) || (file.startsWith('src/core/generated/') && GENERATED_BUILTINS.has(spec));
        if (!allowed) out.push(`${file}: ${spec} (core is pure: no IO)`);
      } else if (from === 'core' && /^(fs|child_process|net|http|https|os|worker_threads)$/.test(spec)) {
        out.push(`${file}: ${spec} (core is pure: no IO)`);
      }
    }
  }
  return out;
}

function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) Object.assign(out, sources(rel));
    else if (/\.(ts|js|mjs|cjs)$/.test(e.name)) out[rel] = readFileSync(join(ROOT, rel), 'utf8');
  }
  return out;
}

test('the checker finds a planted wrong import of each kind (so the next test can fail)', () => {
  const planted = violations({
    'src/core/plan-x.ts': "import { readFile } from 'node:fs/promises';\nimport { lock } from '../io/lock.js';\n",
    'src/core/render/y.ts': "const m = await import('../../probe/probe.js');\n",
    'src/io/z.ts': "export { run } from '../cli/main.js';\n",
    'src/app/w.ts': "import type { Io } from '../cli/output.js';\n",
    'src/cli/actions/v.ts':
      "import { planFor } from '../../app/pipeline.js';\nimport { McpctlError } from '../../core/errors.js';\n" +
      "import { planText } from '../../core/render/plan-text.js';\nimport type { Plan } from '../../core/plan.js';\n" +
      "import { hasChanges } from '../../core/plan.js';\nimport { readSavedPlan } from '../../io/saved-plan.js';\n" +
      "import { spawn } from 'node:child_process';\n",
    'src/core/lazy.ts': "const { readFileSync } = process.getBuiltinModule('node:fs');\n",
    'src/cli/lazy.ts': "const { spawn } = process.getBuiltinModule('node:child_process');\n",
    'src/core/fine.ts':
      "import { createHash } from 'node:crypto';\nimport { parse } from 'yaml';\nimport { x } from './refs.js';\n",
  });
  assert.equal(planted, [
    'src/core/plan-x.ts: node:fs/promises (core is pure: no IO)',
    'src/core/plan-x.ts: ../io/lock.js (core must not import io)',
    'src/core/render/y.ts: ../../probe/probe.js (core must not import probe)',
    'src/io/z.ts: ../cli/main.js (io must not import cli)',
    'src/app/w.ts: ../cli/output.js (app must not import cli)',
    'src/cli/actions/v.ts: ../../core/plan.js (a command reaches core only for errors, types and renderers: use app)',
    'src/cli/actions/v.ts: ../../io/saved-plan.js (a command reaches io only for errors, types and renderers: use app)',
    'src/cli/actions/v.ts: node:child_process (a command leaves IO to its use case in app)',
    'src/core/lazy.ts: node:fs (core is pure: no IO)',
    'src/cli/lazy.ts: node:child_process (a command leaves IO to its use case in app)',
  ]);
});

test('src keeps the arrows: core pure, io and probe below app, app below cli, commands through app', () => {
  assert.equal(violations(sources('src')), []);
});

test.run();
