// Generates src/core/generated/{mcp,policy}-validator.js: ajv validators for the schemas in schema/, compiled
// ahead of time (ajv standalone), so the CLI neither loads ajv nor compiles the schema at start-up.
// `node scripts/gen-validator.mjs` rewrites it; test/schema/validator.test.ts fails when the committed copy drifts.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const VALIDATORS = [
  { schema: `${root}schema/mcp.schema.json`, out: `${root}src/core/generated/mcp-validator.js` },
  { schema: `${root}schema/policy.schema.json`, out: `${root}src/core/generated/policy-validator.js` },
];

export async function generateValidator(schemaPath) {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const formats = (await import('ajv-formats')).default;
  const standalone = (await import('ajv/dist/standalone/index.js')).default;
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  formats.default(ajv, ['uri']);
  let code = standalone.default(ajv, ajv.compile(schema));
  // ajv's ESM output still calls require() for its small runtime helpers: give it one that works in ESM
  code = code.replace(/^"use strict";/, '').replace(/\brequire\(/g, '__require(');
  // the url check: ajv-formats' answer, the usual url without its 2,000-character expression (src/core/uri-format.ts)
  const uri = '__require("ajv-formats/dist/formats").fullFormats.uri';
  const imports = code.includes(uri) ? "import { uriFormat } from '../uri-format.js';\n" : '';
  code = code.replaceAll(uri, 'uriFormat');
  return `// Generated from schema/${schemaPath.split('/').pop()} by scripts/gen-validator.mjs. Do not edit by hand.\n// @ts-nocheck\n${imports}import { createRequire } from 'node:module';\nconst __require = createRequire(import.meta.url);\n${code}\n`;
}

// no top-level await: the test suite loads this file through a CommonJS hook
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  Promise.all(VALIDATORS.map(async (v) => writeFile(v.out, await generateValidator(v.schema)))).then(() =>
    console.log(`wrote ${VALIDATORS.map((v) => v.out).join(', ')}`),
  );
}
