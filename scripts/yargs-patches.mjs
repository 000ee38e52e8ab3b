// Two source patches to yargs, applied while bundling the CLI (scripts/bundle.mjs). Each one removes work
// yargs does on every run that mcpctl never uses; each must match exactly, so a yargs upgrade that changes
// the code fails the build instead of silently losing the patch (test/dev/yargs-patches.test.ts).
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export const PATCHES = [
  {
    // yargs checks its own invariants with node's assert module, whose loading (its error classes, colours,
    // inspection) costs more than 3 ms of every run that starts yargs. Two comparisons do the same.
    file: 'yargs/lib/platform-shims/esm.mjs',
    from: "import { notStrictEqual, strictEqual } from 'assert'",
    to: 'const notStrictEqual = (a, b, m) => { if (a === b) throw new Error(m ?? `expected a value other than ${String(b)}`) }\nconst strictEqual = (a, b, m) => { if (a !== b) throw new Error(m ?? `expected ${String(b)}`) }',
  },
  {
    // Bundled, the shim's own path holds no "node_modules", so yargs guessed the package's folder as the
    // working folder and walked up from it to / listing every folder (20 ms under a crowded /tmp), to find a
    // package.json for a version mcpctl sets itself. The bundle's package root is where that file is.
    file: 'yargs/lib/platform-shims/esm.mjs',
    from: 'mainFilename: mainFilename || process.cwd(),',
    to: "mainFilename: mainFilename || fileURLToPath(new URL('../..', import.meta.url)),",
  },
  {
    // Before each command's handler, yargs renders the command's whole help text (16 ms for apply), kept to be
    // shown if the handler fails later. mcpctl's fail handler shows help only for usage errors, which yargs
    // reports before the handler runs: the help is rendered then, when it is needed.
    file: 'yargs/build/lib/usage.js',
    from: 'cachedHelpMessage = this.help();',
    to: '/* not cached: see scripts/yargs-patches.mjs */',
  },
];

/** The esbuild plugin that applies PATCHES; the build fails when one of them no longer matches. */
export const yargsPatches = {
  name: 'yargs-patches',
  setup(b) {
    const files = [...new Set(PATCHES.map((p) => p.file))];
    const filter = new RegExp(
      `node_modules[\\\\/](${files.map((f) => f.replace(/[./]/g, (c) => (c === '/' ? '[\\\\/]' : '\\.'))).join('|')})$`,
    );
    b.onLoad({ filter }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const file = files.find((f) => args.path.replaceAll('\\', '/').endsWith(`node_modules/${f}`));
      for (const p of PATCHES.filter((q) => q.file === file)) text = patch(text, p);
      return { contents: text, loader: 'js' };
    });
  },
};

/** `text` with the patch applied; throws when its code is not there exactly once. */
export function patch(text, p) {
  const at = text.indexOf(p.from);
  if (at === -1 || text.indexOf(p.from, at + 1) !== -1)
    throw new Error(`yargs patch no longer matches ${p.file}: "${p.from}" (see scripts/yargs-patches.mjs)`);
  return text.slice(0, at) + p.to + text.slice(at + p.from.length);
}

/**
 * string-width (yargs and cliui measure help text with it) builds an Intl.Segmenter and Unicode property
 * regular expressions (RGI_Emoji, …) when it loads: 11 ms of every run, though only help output needs it.
 * Every import of it gets a stand-in that loads the real module on its first call.
 */
export const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `let real;\nexport default function stringWidth(text, options) {\n  return (real ??= require(${JSON.stringify(args.path)}).default)(text, options);\n}\n`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};
