// Bundles the CLI into dist/cli/ with esbuild. tsc type-checks the sources first (npm run build);
// esbuild only transpiles and links. Two kinds of output, side by side:
//
// - entry.cjs, scan.cjs, exec.cjs, proxy.cjs: the process entry (bin/mcpctl.cjs requires it) and the paths
//   that must start fast, the pre-commit hook (`scan FILE...`), the launcher Codex starts for every server
//   (`exec`, `headers`) and the bridge to a remote server (`proxy --url`). CommonJS files, one per path,
//   loaded with require: Node's ESM loader (resolving, reading and linking each module asynchronously) costs
//   more than the scan of a small file.
//   scan-worker.cjs is what a scan's worker threads run (whichever bundle started them).
// - main.cjs: the full CLI, one CommonJS file whose commands' modules are initialised only when a command
//   runs, loaded with the V8 code cache the build makes for it (and so is proxy.cjs, the bridge: the SDK and
//   zod it bundles cost more to compile than node takes to start) (src/io/compiled-script.ts, made by
//   scripts/compile-cache.mjs): parsing and compiling it, or linking ES module chunks, cost more than running it.
//   Its first line names the build ("// mcpctl build <hash>"), and so does its cache's file name.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lazyLibraries } from './lazy-libraries.mjs';
import { lazyStringWidth, yargsPatches } from './yargs-patches.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // whitespace and syntax only (names stay readable in MCPCTL_DEBUG stacks): less source to compile per run
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // native addons and packages that locate files next to themselves stay outside the bundle
  external: ['@napi-rs/keyring', '@modelcontextprotocol/sdk', '@modelcontextprotocol/client', 'listr2'],
  // jsonc-parser's main build is UMD, whose require() of its own files esbuild cannot follow: take its ESM build
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * entry.ts's dynamic imports of the fast paths become requires of their CommonJS siblings, and its import
 * of the full CLI loads main.cjs with its code cache; from the sources (tests under tsx) they are plain
 * imports of the .ts files.
 */
const SIBLINGS = {
  './scan-fast.js': './scan.cjs',
  './exec.js': './exec.cjs',
  './proxy.js': './proxy.cjs',
  './main.js': './main.cjs',
  './plan-fast.js': './plan.cjs',
  // the same bundle with apply's own code cache
  './apply-fast.js': './apply.cjs',
};
const entrySiblings = {
  name: 'entry-siblings',
  setup(b) {
    b.onResolve({ filter: /^\.\/(scan-fast|exec|proxy|main|plan-fast|apply-fast)\.js$/ }, (args) => {
      if (!args.importer.replaceAll('\\', '/').endsWith('/src/cli/entry.ts')) return undefined;
      return { path: SIBLINGS[args.path], namespace: 'sibling' };
    });
    b.onResolve({ filter: /\.cjs$/, namespace: 'sibling' }, (args) => ({ path: args.path, external: true }));
    // the code-cached bundles; apply.cjs is plan.cjs with the cache named plan-apply
    const cached = {
      './main.cjs': ['main.cjs'],
      './proxy.cjs': ['proxy.cjs'],
      './plan.cjs': ['plan.cjs'],
      './apply.cjs': ['plan.cjs', 'plan-apply'],
    };
    b.onLoad({ filter: /.*/, namespace: 'sibling' }, (args) => {
      const [file, cache] = cached[args.path] ?? [];
      if (file === undefined)
        return { contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' };
      const name = cache === undefined ? '' : `, ${JSON.stringify(cache)}`;
      return {
        contents: `import { requireCompiled } from ${JSON.stringify(`${root}src/io/compiled-script.ts`)};\nmodule.exports = requireCompiled(require('node:path').join(__dirname, ${JSON.stringify(file)}), require${name});`,
        loader: 'ts',
        resolveDir: root,
      };
    });
  },
};

/**
 * The bridge's bundles (proxy.cjs, launcher.cjs) give the SDK's transports a JSON-RPC envelope check of their
 * own in place of the SDK's types (zod and every MCP schema, built at load: about 30 ms of a 30 ms node start)
 * and a stand-in for the OAuth module they never call (src/core/jsonrpc-envelope.ts, src/io/sdk-no-oauth.ts).
 * Only imports made from the transports' own files are redirected.
 */
const SDK_TRANSPORT =
  /[\\/]@modelcontextprotocol[\\/]sdk[\\/]dist[\\/](esm|cjs)[\\/](client[\\/](streamableHttp|sse)|shared[\\/]stdio)\.js$/;
const leanTransports = {
  name: 'lean-transports',
  setup(b) {
    b.onResolve({ filter: /^(\.\.\/types|\.\/auth)\.js$/ }, (args) => {
      if (!SDK_TRANSPORT.test(args.importer)) return undefined;
      return {
        path: args.path === '../types.js' ? `${root}src/core/jsonrpc-envelope.ts` : `${root}src/io/sdk-no-oauth.ts`,
      };
    });
  },
};

/**
 * The generated validators (src/core/generated/*-validator.js) reach ajv's small runtime helpers through a
 * require() of their own (they are ES modules): in a bundle those helpers are bundled in, not read from
 * node_modules at every start (three more files to resolve, read and compile per run).
 */
const bundledValidators = {
  name: 'bundled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]generated[\\/][a-z]+-validator\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const code = text
        .replace(
          /^import \{ createRequire \} from 'node:module';\nconst __require = createRequire\(import\.meta\.url\);\n/m,
          '',
        )
        .replace(/\b__require\(/g, 'require(');
      if (/__require|createRequire/.test(code))
        throw new Error(`${args.path}: unexpected shape of a generated validator`);
      return { contents: code, loader: 'js' };
    });
  },
};

export async function bundle() {
  await rm(`${root}dist`, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: {
      entry: `${root}src/cli/entry.ts`,
      scan: `${root}src/cli/scan-fast.ts`,
      'scan-worker': `${root}src/app/scan-worker.ts`,
      exec: `${root}src/cli/exec.ts`,
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // age-encryption (ESM) is needed only by the file secret store: loaded with import() when it is used
    external: [...common.external, 'age-encryption'],
    plugins: [entrySiblings, bundledValidators],
    // the sources read import.meta.url (files next to themselves, the scan worker's own file)
    define: { 'import.meta.url': '__mcpctlFileUrl' },
    banner: { js: 'const __mcpctlFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  // the bridge a client's file starts (`proxy --url`): the SDK's transports (and zod) bundled in and loaded with
  // a code cache like main.cjs, so it starts without resolving and compiling the SDK's modules one by one
  await compiled('proxy', `${root}src/cli/proxy.ts`, [leanTransports]);
  // the launcher's own copy (src/io/stable-launcher.ts): exec and headers in one file that needs nothing of
  // the package beside it but the keychain addon, so apply can install it where npx's cache cannot take it away
  await build({
    ...common,
    entryPoints: { launcher: `${root}src/cli/launcher-entry.ts` },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: ['@napi-rs/keyring'],
    plugins: [leanTransports],
    define: { 'import.meta.url': '__mcpctlFileUrl' },
    banner: { js: '#!/usr/bin/env node\nconst __mcpctlFileUrl = require("node:url").pathToFileURL(__filename).href;' },
    footer: { js: 'module.exports.main(process.argv.slice(2));' },
  });
  await compiled('main', `${root}src/cli/main.ts`, [yargsPatches, lazyStringWidth]);
  // plan and apply on their usual command lines (src/cli/plan-argv.ts): no yargs, a code cache of their own
  await compiled('plan', `${root}src/cli/plan-fast.ts`, []);
  // the library (package.json "exports"): one ES module, two folders deep like the CLI's bundles, so the paths
  // the sources find next to themselves (the built-in catalog) are the same; its types come from
  // scripts/api-types.mjs
  await build({
    ...common,
    entryPoints: { index: `${root}src/api.ts` },
    outdir: `${root}dist/api`,
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    external: [...common.external, 'age-encryption'],
    plugins: [bundledValidators],
    // the bundled CommonJS packages require() node's modules
    banner: {
      js: "import { createRequire as __mcpctlRequire } from 'node:module';\nconst require = __mcpctlRequire(import.meta.url);",
    },
  });
}

/**
 * A bundle loaded with vm.Script and its V8 code cache (src/io/compiled-script.ts): no import() (a vm.Script has
 * no loader to run it: every import() becomes a require of a lazily initialised module, and age-encryption, an
 * ES module, is bundled), and a first line naming the build, which its cache's file name repeats.
 */
async function compiled(name, entry, plugins) {
  const out = await build({
    ...common,
    ...(name === 'proxy' ? { external: ['@napi-rs/keyring'] } : {}),
    entryPoints: { [name]: entry },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    write: false,
    supported: { 'dynamic-import': false },
    // yaml, jsonc-parser, toml-eslint-parser and ajv-formats initialised when first called (lazy-libraries.mjs)
    plugins: [...plugins, bundledValidators, lazyLibraries],
    define: { 'import.meta.url': '__mcpctlFileUrl' },
    banner: { js: 'const __mcpctlFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  for (const file of out.outputFiles) {
    if (/\bimport\(/.test(file.text)) throw new Error(`${file.path} calls import(), which vm.Script cannot run`);
    // src/io/compiled-script.ts reads it as latin1 (no UTF-8 decoding): esbuild escapes every other character
    if (/[^\x00-\x7f]/.test(file.text)) throw new Error(`${file.path} holds a character beyond ASCII`);
    const build = createHash('sha256').update(file.contents).digest('hex').slice(0, 16);
    await writeFile(file.path, `// mcpctl build ${build}\n${file.text}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  bundle().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
