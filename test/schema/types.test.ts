// The committed types and precompiled validator must be exactly what json-schema-to-typescript generates from the schema.
import { readFile } from 'node:fs/promises';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateTypes, TYPES } from '../../scripts/gen-types.mjs';
import { generateValidator, VALIDATORS } from '../../scripts/gen-validator.mjs';

for (const t of TYPES) {
  test(`${t.out.split('/').pop()} matches its schema`, async () => {
    const fresh: string = await generateTypes(t);
    const committed = await readFile(t.out, 'utf8');
    assert.fixture(committed, fresh, 'types drifted from the schema: run "npm run gen" and commit the result');
  });
}

for (const v of VALIDATORS) {
  test(`${v.out.split('/').pop()} matches its schema`, async () => {
    const fresh: string = await generateValidator(v.schema);
    const committed = await readFile(v.out, 'utf8');
    assert.ok(committed === fresh, 'the precompiled validator drifted from the schema: run "npm run gen" and commit the result');
  });
}

test('the schema is draft 2020-12 and ships with the package', async () => {
  const schema = JSON.parse(await readFile(new URL('../../schema/mcp.schema.json', import.meta.url), 'utf8'));
  assert.is(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.ok(pkg.files.includes('schema'));
});

test.run();
