// Loads the full CLI's bundle (one CommonJS file) with the V8 code cache the build made for it, so a run does
// not parse and compile the CLI again: about 60–80 ms of every command's start-up (docs/benchmarks.md).
// The cache is made at build time by running a few commands (scripts/compile-cache.mjs) and ships beside the
// bundle. V8 takes it only from the same V8 version and flags; anything else (another Node, --cpu-prof, a
// cache of another build) is refused and the file is compiled as before. Nothing is written at run time.
// The bundle holds no import() (scripts/bundle.mjs refuses one): a vm.Script has no module loader to run it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The build this cache belongs to is named on the bundle's first line and in the cache's file name: V8 checks
 * a cache against the source's length only, so a cache must never meet another build's bundle.
 */
const BUILD_LINE = /^\/\/ mcpctl build ([0-9a-f]{16})\n/;

/**
 * The exports of the CommonJS `file`, compiled with its cache when one was made for exactly this build. `load` is
 * the require of a module in the same folder (the entry's): what the bundle requires resolves from there as from
 * the bundle itself, without loading node:module for a createRequire. `cache` names the cache: the bundle's own
 * name, or a command's (plan.cjs has one cache for plan and one for apply: V8 reads the whole cache at every
 * start, so a plan does not pay for what only apply compiles).
 */
export function requireCompiled(file: string, load: NodeJS.Require, cache?: string): unknown {
  // the build writes these bundles in ASCII only (scripts/bundle.mjs checks): read as latin1, the same text
  // without UTF-8 decoding
  const source = readFileSync(file, 'latin1');
  const build = BUILD_LINE.exec(source)?.[1];
  const name = cache ?? file.replace(/^.*[\\/]/, '').replace(/\.cjs$/, '');
  const cacheFile = build === undefined ? undefined : join(dirname(file), `${name}.${build}.v8cache`);
  let cachedData: Buffer | undefined;
  if (cacheFile !== undefined && !process.env['MCPCTL_COMPILE_CACHE']) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache for this build (a development build, or the file was removed): compiled as usual
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // the build's training run (scripts/compile-cache.mjs): the cache holds what its commands compiled
  if (process.env['MCPCTL_COMPILE_CACHE'] === 'write' && cacheFile !== undefined)
    process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const wrapper: unknown = script.runInThisContext();
  if (typeof wrapper !== 'function') throw new Error(`${file} did not compile to a module`);
  const mod: { exports: unknown } = { exports: {} };
  wrapper.call(mod.exports, mod.exports, load, mod, file, dirname(file));
  return mod.exports;
}
