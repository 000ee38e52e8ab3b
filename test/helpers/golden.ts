// Golden files: compare exact text with a committed expected file; UPDATE_GOLDEN=1 rewrites it instead.
// Review the diff of a rewrite like code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as assert from 'uvu/assert';

export const updating = process.env['UPDATE_GOLDEN'] === '1';

export function assertGolden(path: string, actual: string): void {
  if (updating) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    assert.unreachable(`missing golden file ${path}: run the test with UPDATE_GOLDEN=1 and review the new file`);
    return;
  }
  assert.fixture(
    actual,
    expected,
    `${path} differs (rerun with UPDATE_GOLDEN=1 to accept the new text, then review the diff)`,
  );
}
