// Generates src/core/generated/mcp-types.ts from schema/mcp.schema.json, the one source of the mcp.yaml shape.
// `node scripts/gen-types.mjs` rewrites the file; test/schema/types.test.ts fails when the committed copy drifts.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = `${root}schema/mcp.schema.json`;
export const typesPath = `${root}src/core/generated/mcp-types.ts`;

export async function generateTypes() {
  const { compile } = await import('json-schema-to-typescript');
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'McpFile', {
    bannerComment: '// Generated from schema/mcp.schema.json by scripts/gen-types.mjs. Do not edit by hand.',
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true },
  });
}

// no top-level await: the test suite loads this file through a CommonJS hook
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateTypes()
    .then((types) => writeFile(typesPath, types))
    .then(() => console.log(`wrote ${typesPath}`));
}
