// The GitHub Action's entry (action.yml → action/dist/index.js, bundled by scripts/bundle-action.mjs).
import { runAction } from './run.js';

process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
});
