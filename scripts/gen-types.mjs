// Generates TypeScript types from the schemas in schema/, the one source of every file shape mcpctl reads.
// `node scripts/gen-types.mjs` rewrites them; test/schema/types.test.ts fails when a committed copy drifts.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TYPES = [
  { schema: `${root}schema/mcp.schema.json`, name: 'McpFile', out: `${root}src/core/generated/mcp-types.ts` },
  { schema: `${root}schema/policy.schema.json`, name: 'PolicyFile', out: `${root}src/core/generated/policy-types.ts` },
];

export async function generateTypes(entry) {
  const { compile } = await import('json-schema-to-typescript');
  const schema = JSON.parse(await readFile(entry.schema, 'utf8'));
  return compile(schema, entry.name, {
    bannerComment: `// Generated from schema/${entry.schema.split('/').pop()} by scripts/gen-types.mjs. Do not edit by hand.`,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true },
  });
}

// no top-level await: the test suite loads this file through a CommonJS hook
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  Promise.all(TYPES.map(async (t) => writeFile(t.out, await generateTypes(t)))).then(() =>
    console.log(`wrote ${TYPES.map((t) => t.out).join(', ')}`),
  );
}
