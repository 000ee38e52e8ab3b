// The library's types: tsc writes the declarations of src/api.ts and what it names into dist/types
// (tsconfig.api.json), and the hand-written declarations of the generated validators are copied beside them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.api.json`], {
  stdio: 'inherit',
});
for (const f of readdirSync(`${root}src/core/generated`))
  if (f.endsWith('.d.ts')) copyFileSync(`${root}src/core/generated/${f}`, `${root}dist/types/core/generated/${f}`);
