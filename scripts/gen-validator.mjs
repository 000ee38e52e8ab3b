// Generates src/core/generated/mcp-validator.js: the ajv validator for schema/mcp.schema.json, compiled
// ahead of time (ajv standalone), so the CLI neither loads ajv nor compiles the schema at start-up.
// `node scripts/gen-validator.mjs` rewrites it; test/schema/validator.test.ts fails when the committed copy drifts.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const validatorPath = `${root}src/core/generated/mcp-validator.js`;

export async function generateValidator() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const formats = (await import('ajv-formats')).default;
  const standalone = (await import('ajv/dist/standalone/index.js')).default;
  const schema = JSON.parse(await readFile(`${root}schema/mcp.schema.json`, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, code: { source: true, esm: true, lines: true } });
  formats.default(ajv, ['uri']);
  let code = standalone.default(ajv, ajv.compile(schema));
  // ajv's ESM output still calls require() for its small runtime helpers: give it one that works in ESM
  code = code.replace(/^"use strict";/, '').replace(/\brequire\(/g, '__require(');
  return `// Generated from schema/mcp.schema.json by scripts/gen-validator.mjs. Do not edit by hand.\n// @ts-nocheck\nimport { createRequire } from 'node:module';\nconst __require = createRequire(import.meta.url);\n${code}\n`;
}

// no top-level await: the test suite loads this file through a CommonJS hook
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateValidator()
    .then((code) => writeFile(validatorPath, code))
    .then(() => console.log(`wrote ${validatorPath}`));
}
