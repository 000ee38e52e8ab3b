// The committed types and precompiled validator must be exactly what json-schema-to-typescript generates from the schema.
import { readFile } from 'node:fs/promises';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateTypes, typesPath } from '../../scripts/gen-types.mjs';
import { generateValidator, validatorPath } from '../../scripts/gen-validator.mjs';

test('src/core/types.generated.ts matches schema/mcp.schema.json', async () => {
  const fresh: string = await generateTypes();
  const committed = await readFile(typesPath, 'utf8');
  assert.fixture(committed, fresh, 'types drifted from the schema: run "npm run gen:types" and commit the result');
});

test('src/core/generated/mcp-validator.js matches schema/mcp.schema.json', async () => {
  const fresh: string = await generateValidator();
  const committed = await readFile(validatorPath, 'utf8');
  assert.ok(committed === fresh, 'the precompiled validator drifted from the schema: run "npm run gen" and commit the result');
});

test('the schema is draft 2020-12 and ships with the package', async () => {
  const schema = JSON.parse(await readFile(new URL('../../schema/mcp.schema.json', import.meta.url), 'utf8'));
  assert.is(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.ok(pkg.files.includes('schema'));
});

test.run();
