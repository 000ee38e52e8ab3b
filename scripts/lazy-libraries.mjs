// Libraries a run seldom calls, initialised when first called instead of when the bundle loads (scripts/bundle.mjs).
// A bundle runs every imported module's top-level code at start: yaml, jsonc-parser, toml-eslint-parser and
// ajv-formats cost about 2.5 ms of a 10-server plan that calls none of them (mcpctl's own readers read the usual
// file; these read an unusual one, say where an error is, or edit JSON). In the bundle each of their imports
// becomes a stand-in that loads the library on first use: called, constructed, read from, or the right side of
// instanceof. From the sources (tests under tsx) they stay plain imports. test/dev/lazy-libraries.test.ts
// checks the rewrite; the CLI's tests run the bundle.
import { readFile } from 'node:fs/promises';

export const LAZY_LIBRARIES = ['yaml', 'jsonc-parser', 'toml-eslint-parser', 'ajv-formats/dist/formats.js'];

const quoted = LAZY_LIBRARIES.map((l) => l.replace(/[./]/g, (c) => `\\${c}`)).join('|');
const ANY_IMPORT = new RegExp(`^(import|export)\\b[^;]*?from\\s*'(${quoted})';`, 'gms');
const NAMED_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';$/s;

/** The stand-in maker, once per rewritten file. */
const HELPER = `function __mcpctlLazyLibrary(load) {
  let lib;
  const real = (name) => (lib ??= load())[name];
  return (name) =>
    new Proxy(function () {}, {
      apply: (_, self, args) => Reflect.apply(real(name), self, args),
      construct: (_, args) => Reflect.construct(real(name), args),
      get: (_, key) => (key === Symbol.hasInstance ? (v) => v instanceof real(name) : Reflect.get(real(name), key)),
      has: (_, key) => Reflect.has(real(name), key),
    });
}
`;

/**
 * The source with its value imports of LAZY_LIBRARIES as stand-ins (type imports are left to TypeScript's
 * erasure); the source itself when it imports none. Throws on a form it does not rewrite (a namespace or
 * default import, a re-export), so a new one fails the build instead of loading its library at start.
 */
export function lazyImports(source, file) {
  let n = 0;
  const out = source.replace(ANY_IMPORT, (statement) => {
    if (/^import\s+type\b/.test(statement)) return statement;
    const m = NAMED_IMPORT.exec(statement);
    if (!m) throw new Error(`${file}: cannot make this import lazy: ${statement}`);
    const lib = `__mcpctlLib${n++}`;
    const specifiers = m[1]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    // inline type imports stay imports (TypeScript erases them); each value becomes a stand-in
    const typeOnly = specifiers.filter((s) => s.startsWith('type '));
    const names = specifiers
      .filter((s) => !s.startsWith('type '))
      .map((s) => {
        const [name, local = name] = s.split(/\s+as\s+/);
        return `${local} = ${lib}(${JSON.stringify(name)})`;
      });
    const types = typeOnly.length ? `import { ${typeOnly.join(', ')} } from '${m[2]}';\n` : '';
    const stand = names.length ? `const ${names.join(', ')};` : '';
    return `${types}const ${lib} = __mcpctlLazyLibrary(() => require('${m[2]}'));${stand}`;
  });
  return n === 0 ? source : `${out}\n${HELPER}`;
}

/** The esbuild plugin: mcpctl's own sources, rewritten by lazyImports. */
export const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = lazyImports(source, args.path);
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
};
